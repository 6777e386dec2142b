import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read } from '../api/client.ts';
import type { Center } from '../api/types.ts';
import { termsFor, useCenters } from './shared/queries.ts';
import { Page, QueryView } from './shared/ui.tsx';

const STEPS = ['find', 'slots', 'account', 'request', 'decision', 'cancel'] as const;

/** How to borrow a room: the steps, then each centre's rules and terms (GET /api/centers/:id/booking-rules). */
export function HowToBorrowPage() {
  const { t } = useTranslation('public');
  const centers = useCenters();
  return (
    <Page title={t('howToBorrow.title')} lead={t('howToBorrow.lead')}>
      <section aria-labelledby="borrow-steps">
        <Title order={2} id="borrow-steps" mb="sm">
          {t('howToBorrow.stepsTitle')}
        </Title>
        <List type="ordered" spacing="xs">
          {STEPS.map((step) => (
            <List.Item key={step}>{t(`howToBorrow.steps.${step}`)}</List.Item>
          ))}
        </List>
        <Group mt="md">
          <Button component={Link} to="/my/bookings/new">
            {t('howToBorrow.request')}
          </Button>
          <Button component={Link} to="/centres" variant="default">
            {t('howToBorrow.seeRooms')}
          </Button>
        </Group>
      </section>
      <section aria-labelledby="borrow-rules">
        <Title order={2} id="borrow-rules" mb="sm">
          {t('howToBorrow.rulesTitle')}
        </Title>
        <Text mb="md">{t('howToBorrow.holidays')}</Text>
        <QueryView query={centers}>{(list) => <CentreRules centers={list} />}</QueryView>
      </section>
    </Page>
  );
}

function CentreRules({ centers }: { centers: Center[] }) {
  const { t, i18n } = useTranslation('public');
  const rules = useQueries({
    queries: centers.map((center) => ({
      queryKey: ['booking-rules', center.id],
      queryFn: () => read('/api/centers/{id}/booking-rules', { params: { path: { id: center.id } } }),
      staleTime: 5 * 60_000,
    })),
  });
  return (
    <Stack gap="lg">
      {centers.map((center, index) => {
        const query = rules[index];
        return (
          <Paper key={center.id} withBorder p="md" component="section" aria-labelledby={`rules-${center.id}`}>
            <Title order={3} id={`rules-${center.id}`} mb="xs">
              {center.name}
            </Title>
            {query && (
              <QueryView query={query}>
                {(data) => (
                  <Stack gap="xs">
                    <List spacing={4}>
                      <List.Item>{t('howToBorrow.minNotice', { count: data.minNoticeHours })}</List.Item>
                      <List.Item>{t('howToBorrow.maxAdvance', { count: data.maxAdvanceDays })}</List.Item>
                      <List.Item>{t('howToBorrow.maxHours', { count: data.maxHours })}</List.Item>
                    </List>
                    <Title order={4}>{t('howToBorrow.terms')}</Title>
                    <Text lang={termsFor(data, i18n.language).lang} style={{ whiteSpace: 'pre-line' }}>
                      {termsFor(data, i18n.language).text}
                    </Text>
                  </Stack>
                )}
              </QueryView>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

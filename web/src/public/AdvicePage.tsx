import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read } from '../api/client.ts';
import { useCenters } from './shared/queries.ts';
import { Empty, Page, QueryView, Tag } from './shared/ui.tsx';

/** The advisors (GET /api/advisors, public): name, specialties, centres, bio. */
export function AdvicePage() {
  const { t, i18n } = useTranslation('public');
  const centers = useCenters();
  const advisors = useQuery({
    queryKey: ['advisors'],
    queryFn: () => read('/api/advisors', { params: { query: { limit: 200 } } }),
  });
  const specialty = (code: string) =>
    i18n.exists(`specialties.${code}`, { ns: 'public' }) ? t(`specialties.${code}`) : code.replace(/_/g, ' ');
  return (
    <Page title={t('advice.title')} lead={t('advice.lead')}>
      <QueryView query={advisors}>
        {(page) => {
          const active = page.items.filter((advisor) => advisor.active);
          return active.length === 0 ? (
            <Empty>{t('advice.none')}</Empty>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" className="plain-list">
              {active.map((advisor) => (
                <Card key={advisor.id} withBorder component="li" padding="md">
                  <Stack gap={6}>
                    <Title order={2} size="h4">
                      {advisor.name}
                    </Title>
                    <Group gap={6}>
                      <Text size="sm">{t('advice.specialties')}:</Text>
                      {advisor.specialties.map((code) => (
                        <Tag key={code} color="blue">
                          {specialty(code)}
                        </Tag>
                      ))}
                    </Group>
                    <Text size="sm">
                      {t('advice.centres')}:{' '}
                      {advisor.centerIds
                        .map((id) => centers.data?.find((center) => center.id === id)?.name)
                        .filter(Boolean)
                        .join(', ')}
                    </Text>
                    {advisor.bio && (
                      <Text size="sm" lang="pl">
                        {advisor.bio}
                      </Text>
                    )}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          );
        }}
      </QueryView>
      <Text>
        <Anchor component={Link} to="/contact">
          {t('advice.contact')}
        </Anchor>
      </Text>
    </Page>
  );
}

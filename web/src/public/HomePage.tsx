import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read } from '../api/client.ts';
import { useAuth } from '../app/auth.tsx';
import { KindAndSeats, useActivityWhen } from './shared/activities.tsx';
import { useCenters } from './shared/queries.ts';
import { Empty, Page, QueryView } from './shared/ui.tsx';

const OFFERS = [
  ['rooms', '/centres'],
  ['trainings', '/calendar'],
  ['advice', '/advice'],
  ['knowledge', '/knowledge'],
  ['volunteering', '/volunteering'],
  ['incubation', '/contact'],
] as const;

/**
 * What the centres offer, what comes next, where they are. Each part that waits for data is its
 * own component: an answer renders its part again, not the whole page.
 */
export function HomePage() {
  const { t } = useTranslation('public');
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <Offer />
      <Upcoming />
      <Centres />
      <Join />
    </Page>
  );
}

function Offer() {
  const { t } = useTranslation('public');
  return (
    <section aria-labelledby="home-offer">
      <Title order={2} id="home-offer" mb="sm">
        {t('home.offerTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" className="plain-list">
        {OFFERS.map(([key, to]) => (
          <Card key={key} withBorder component="li" padding="md">
            <Stack gap="xs" h="100%">
              <Title order={3} size="h4">
                {t(`home.${key}.title`)}
              </Title>
              <Text size="sm">{t(`home.${key}.text`)}</Text>
              <Anchor component={Link} to={to} mt="auto">
                {t(`home.${key}.link`)}
              </Anchor>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

function Upcoming() {
  const { t } = useTranslation('public');
  const when = useActivityWhen();
  const [from] = useState(() => new Date().toISOString());
  const upcoming = useQuery({
    queryKey: ['activities', { from, home: true }],
    queryFn: () => read('/api/activities', { params: { query: { from, order: 'asc', limit: 4 } } }),
  });
  return (
    <section aria-labelledby="home-upcoming">
      <Title order={2} id="home-upcoming" mb="sm">
        {t('home.upcoming')}
      </Title>
      <QueryView query={upcoming}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('calendar.none')}</Empty>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" className="plain-list">
              {page.items.map((activity) => (
                <Card key={activity.id} withBorder component="li" padding="sm">
                  <Stack gap={4}>
                    <Title order={3} size="h5">
                      <Anchor component={Link} to={`/calendar/${activity.id}`}>
                        {activity.title}
                      </Anchor>
                    </Title>
                    <Text size="sm">{when(activity)}</Text>
                    <KindAndSeats activity={activity} />
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
      <Anchor component={Link} to="/calendar" display="inline-block" mt="sm">
        {t('home.allEvents')}
      </Anchor>
    </section>
  );
}

function Centres() {
  const { t } = useTranslation('public');
  const centers = useCenters();
  return (
    <section aria-labelledby="home-centres">
      <Title order={2} id="home-centres" mb="sm">
        {t('home.centers')}
      </Title>
      <QueryView query={centers}>
        {(list) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" className="plain-list">
            {list.map((center) => (
              <Card key={center.id} withBorder component="li" padding="sm">
                <Title order={3} size="h5">
                  <Anchor component={Link} to="/centres">
                    {center.name}
                  </Anchor>
                </Title>
                <Text size="sm">{center.address}</Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </section>
  );
}

/** For the anonymous: how to join. */
function Join() {
  const { t } = useTranslation('public');
  const { user } = useAuth();
  if (user) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-join">
      <Title order={2} id="home-join" mb="xs">
        {t('home.join.title')}
      </Title>
      <Text mb="sm">{t('home.join.text')}</Text>
      <Group>
        <Button component={Link} to="/sign-up">
          {t('home.join.signUp')}
        </Button>
        <Button component={Link} to="/how-to-borrow" variant="default">
          {t('home.join.howToBorrow')}
        </Button>
      </Group>
    </Paper>
  );
}

import { Anchor, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Page as ApiPage, get } from '../api/client.ts';
import { ACTIVITY_KINDS, type Activity } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { KindAndSeats, useActivityWhen } from './shared/activities.tsx';
import { useCenters } from './shared/queries.ts';
import { localDate, middayOf } from './shared/time.ts';
import { ErrorNote, Loading, Page } from './shared/ui.tsx';

/** Upcoming activities, soonest first, by day (GET /api/activities?from=now&order=asc). */
export function CalendarPage() {
  const { t } = useTranslation('public');
  const [params, setParams] = useSearchParams();
  const centerId = params.get('centre') ?? '';
  const kind = params.get('kind') ?? '';
  const [from] = useState(() => new Date().toISOString());
  const centers = useCenters();
  const activities = useInfiniteQuery({
    queryKey: ['activities', { from, centerId, kind }],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      // A phone's first screens: more come with "show more".
      const query = new URLSearchParams({ from, order: 'asc', limit: '20' });
      if (centerId) query.set('centerId', centerId);
      if (kind) query.set('kind', kind);
      if (pageParam) query.set('cursor', pageParam);
      return get<ApiPage<Activity>>(`/api/activities?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const items = activities.data?.pages.flatMap((page) => page.items) ?? [];
  const byDay = new Map<string, Activity[]>();
  for (const activity of items) {
    const day = localDate(activity.start);
    byDay.set(day, [...(byDay.get(day) ?? []), activity]);
  }
  const centerName = (id: string) => centers.data?.find((center) => center.id === id)?.name;

  return (
    <Page title={t('calendar.title')} lead={t('calendar.lead')}>
      <Group
        component="form"
        aria-label={t('calendar.filters')}
        align="flex-end"
        onSubmit={(e) => e.preventDefault()}
      >
        <NativeSelect
          id="calendar-centre"
          label={t('calendar.centre')}
          value={centerId}
          onChange={(event) => setFilter('centre', event.currentTarget.value)}
          // A fixed width: the list of centres arriving later does not move the page (layout shift).
          w={{ base: '100%', xs: 300 }}
          data={[
            { value: '', label: t('calendar.all') },
            ...(centers.data ?? []).map((center) => ({ value: center.id, label: center.name })),
          ]}
        />
        <NativeSelect
          id="calendar-kind"
          label={t('calendar.kind')}
          value={kind}
          onChange={(event) => setFilter('kind', event.currentTarget.value)}
          w={{ base: '100%', xs: 240 }}
          data={[
            { value: '', label: t('calendar.all') },
            ...ACTIVITY_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
          ]}
        />
      </Group>
      {activities.error ? (
        <ErrorNote error={activities.error} />
      ) : activities.isPending ? (
        <Loading />
      ) : (
        <>
          <Text role="status">
            {items.length === 0
              ? t('calendar.none')
              : activities.hasNextPage
                ? null
                : t('calendar.found', { count: items.length })}
          </Text>
          {[...byDay].map(([day, list]) => (
            <section key={day} aria-labelledby={`day-${day}`}>
              <Title order={2} size="h3" id={`day-${day}`} mb="xs">
                {formatDateTime(middayOf(day), { weekday: 'long', day: 'numeric', month: 'long' })}
              </Title>
              <Stack gap="sm" component="ul" className="plain-list">
                {list.map((activity) => (
                  <ActivityCard
                    key={activity.id}
                    activity={activity}
                    centerName={centerName(activity.centerId)}
                  />
                ))}
              </Stack>
            </section>
          ))}
          {activities.hasNextPage && (
            <Group>
              <Button
                variant="default"
                onClick={() => activities.fetchNextPage()}
                loading={activities.isFetchingNextPage}
              >
                {t('calendar.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Page>
  );
}

function ActivityCard({ activity, centerName }: { activity: Activity; centerName?: string }) {
  const when = useActivityWhen();
  return (
    <Card withBorder component="li" padding="md">
      <Stack gap={6}>
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/calendar/${activity.id}`}>
            {activity.title}
          </Anchor>
        </Title>
        <Text>{when(activity)}</Text>
        {centerName && <Text size="sm">{centerName}</Text>}
        <KindAndSeats activity={activity} />
      </Stack>
    </Card>
  );
}

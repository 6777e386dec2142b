import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { read } from '../api/client.ts';
import type { Room } from '../api/types.ts';
import { useAuth } from '../app/auth.tsx';
import { formatDateTime } from '../app/i18n.ts';
import { RoomFacts } from './shared/centers.tsx';
import { holidayFor, useCenters } from './shared/queries.ts';
import { addDays, bookableSlots, daysBetween, localDate, localTime, middayOf, today } from './shared/time.ts';
import { Page, QueryView } from './shared/ui.tsx';

/** One room: its facts and its free times week by week (GET /api/rooms/:id/availability). */
export function RoomPage() {
  const { roomId = '' } = useParams();
  const { t } = useTranslation('public');
  const room = useQuery({
    queryKey: ['room', roomId],
    queryFn: () => read('/api/rooms/{id}', { params: { path: { id: roomId } } }),
  });
  return (
    <Page title={room.data?.name ?? t('centers.rooms')}>
      <QueryView query={room}>{(data) => <RoomDetails room={data} />}</QueryView>
    </Page>
  );
}

function RoomDetails({ room }: { room: Room }) {
  const { t } = useTranslation('public');
  const centers = useCenters();
  const center = centers.data?.find((candidate) => candidate.id === room.centerId);
  return (
    <>
      <Stack gap="xs">
        {center && (
          <Text>
            {t('room.centre')}:{' '}
            <Anchor component={Link} to="/centres">
              {center.name}
            </Anchor>
            , {center.address}
          </Text>
        )}
        <RoomFacts room={room} />
      </Stack>
      <FreeSlots room={room} />
      <Text size="sm">
        <Anchor href={`/api/rooms/${room.id}/calendar.ics`}>{t('room.calendarFeed')}</Anchor>
        {' – '}
        {t('room.calendarFeedHint')}
      </Text>
    </>
  );
}

function FreeSlots({ room }: { room: Room }) {
  const { t, i18n } = useTranslation('public');
  const { user } = useAuth();
  const [week, setWeek] = useState(0);
  const from = addDays(today(), week * 7);
  const to = addDays(from, 6);
  const availability = useQuery({
    queryKey: ['availability', room.id, from, to],
    queryFn: () =>
      read('/api/rooms/{id}/availability', { params: { path: { id: room.id }, query: { from, to } } }),
  });
  // The times offered are those a member may actually ask for (notice, advance window, length).
  const rules = useQuery({
    queryKey: ['booking-rules', room.centerId],
    queryFn: () => read('/api/centers/{id}/booking-rules', { params: { path: { id: room.centerId } } }),
  });
  const days = useQuery({
    queryKey: ['center-days', room.centerId, from, to],
    queryFn: () =>
      read('/api/centers/{id}/days', { params: { path: { id: room.centerId }, query: { from, to } } }),
  });
  const dayLabel = (date: string) =>
    formatDateTime(middayOf(date), { weekday: 'long', day: 'numeric', month: 'long' });
  const requestUrl = `/my/bookings/new?roomId=${room.id}`;
  return (
    <section aria-labelledby="free-slots">
      <Stack gap="sm">
        <Title order={2} id="free-slots">
          {t('room.freeSlots')}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setWeek(week - 1)} disabled={week === 0}>
            {t('room.previousWeek')}
          </Button>
          <Button variant="default" onClick={() => setWeek(week + 1)} disabled={week >= 8}>
            {t('room.nextWeek')}
          </Button>
        </Group>
        <Text aria-live="polite" fw={500}>
          {t('room.week', {
            from: formatDateTime(middayOf(from), { dateStyle: 'long' }),
            to: formatDateTime(middayOf(to), { dateStyle: 'long' }),
          })}
        </Text>
        <Text>{t('room.pickSlot')}</Text>
        <QueryView query={availability}>
          {(data) => (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" className="plain-list">
              {daysBetween(from, to).map((date) => {
                const free = bookableSlots(data.free, rules.data).filter(
                  (slot) => localDate(slot.start) === date,
                );
                const day = days.data?.days.find((candidate) => candidate.date === date);
                return (
                  <Card key={date} withBorder component="li" padding="sm">
                    <Title order={3} size="h5">
                      {dayLabel(date)}
                    </Title>
                    {day && !day.open ? (
                      <Text size="sm">
                        {day.reason === 'holiday' && day.holiday ? (
                          <span lang={holidayFor(day, i18n.language).lang}>
                            {t('room.holiday', { name: holidayFor(day, i18n.language).name })}
                          </span>
                        ) : day.reason === 'closure' ? (
                          t('room.closure', { reason: day.closureReason ?? '' })
                        ) : (
                          t('room.closedDay')
                        )}
                      </Text>
                    ) : free.length === 0 ? (
                      <Text size="sm">{t('room.noFree')}</Text>
                    ) : (
                      <List size="sm" listStyleType="none" p={0}>
                        {free.map((slot) => {
                          const start = localTime(slot.start);
                          const end = localTime(slot.end) === '00:00' ? '23:59' : localTime(slot.end);
                          const label = t('timeRange', { start, end });
                          return (
                            <List.Item key={slot.start}>
                              <Anchor
                                component={Link}
                                to={`${requestUrl}&date=${date}&start=${start}&end=${end}`}
                                aria-label={t('room.slotLabel', { day: dayLabel(date), start, end })}
                              >
                                {label}
                              </Anchor>
                            </List.Item>
                          );
                        })}
                      </List>
                    )}
                  </Card>
                );
              })}
            </SimpleGrid>
          )}
        </QueryView>
        <Group>
          <Button component={Link} to={user ? requestUrl : `/sign-in?next=${encodeURIComponent(requestUrl)}`}>
            {user ? t('room.request') : t('room.signInToRequest')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}

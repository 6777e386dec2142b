import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read } from '../../api/client.ts';
import type { Center } from '../../api/types.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { roomNames, useBeneficiaryNames, useMyCenters, useRooms } from '../lib/hooks.ts';
import { addDays, today, zonedIso } from '../lib/time.ts';
import {
  DataTable,
  ErrorMessage,
  formatTime,
  PageTitle,
  QueryState,
  RouterAnchor,
  StatusBadge,
} from '../lib/ui.tsx';
import { Headcounts } from './today/Headcounts.tsx';

/** Today at the centre: the day's bookings, activities and appointments of my centres. */
export function TodayPage() {
  const { t } = useTranslation('console');
  const centers = useMyCenters();
  const day = today();
  return (
    <Stack>
      <PageTitle>{t('today.title')}</PageTitle>
      <Text>{formatDateTime(zonedIso(day, '12:00'), { dateStyle: 'full' })}</Text>
      <QueryState query={centers}>
        {(centers.data ?? []).map((center) => (
          <CenterDay key={center.id} center={center} day={day} />
        ))}
      </QueryState>
    </Stack>
  );
}

function CenterDay({ center, day }: { center: Center; day: string }) {
  const { t } = useTranslation('console');
  const from = encodeURIComponent(zonedIso(day));
  const to = encodeURIComponent(zonedIso(addDays(day, 1)));
  const rooms = useRooms(center.id);
  const [bookings, activities, appointments, pending] = useQueries({
    queries: [
      {
        queryKey: ['bookings', 'day', center.id, day],
        queryFn: () =>
          read('/api/bookings', { params: { query: { centerId: center.id, from, to, limit: 200 } } }),
      },
      {
        queryKey: ['activities', 'day', center.id, day],
        queryFn: () =>
          read('/api/activities', {
            params: { query: { centerId: center.id, from, to, order: 'asc', limit: 200 } },
          }),
      },
      {
        queryKey: ['appointments', 'day', center.id, day],
        queryFn: () =>
          read('/api/appointments', { params: { query: { centerId: center.id, from, to, limit: 200 } } }),
      },
      {
        queryKey: ['bookings', 'pending', center.id],
        queryFn: () =>
          read('/api/bookings', {
            params: { query: { centerId: center.id, status: 'pending', limit: 200 } },
          }),
      },
    ],
  });
  const dayBookings = (bookings.data?.items ?? [])
    .filter((booking) => booking.status !== 'rejected' && booking.status !== 'cancelled')
    .sort((a, b) => a.start.localeCompare(b.start));
  const names = useBeneficiaryNames(dayBookings.map((booking) => booking.beneficiaryId));
  const roomName = roomNames(rooms.data);
  const pendingCount = pending.data?.items.length ?? 0;
  return (
    <section aria-labelledby={`today-${center.id}`}>
      <Title order={2} id={`today-${center.id}`} mb="sm">
        {center.name}
      </Title>
      {pendingCount > 0 && (
        <Alert color="yellow" variant="light" mb="sm">
          <Text size="sm" c="dark">
            {t('today.pending', { count: pendingCount })}{' '}
            <RouterAnchor to="/console/approvals">{t('today.toApprovals')}</RouterAnchor>
          </Text>
        </Alert>
      )}
      <Stack gap="lg">
        <QueryState query={bookings}>
          <DataTable
            caption={t('today.bookings', { center: center.name })}
            headers={[
              t('common.time'),
              t('common.room'),
              t('common.title'),
              t('common.beneficiary'),
              t('common.status'),
            ]}
            empty={dayBookings.length === 0}
          >
            {dayBookings.map((booking) => (
              <Table.Tr key={booking.id}>
                <Table.Td>
                  {formatTime(booking.start)}–{formatTime(booking.end)}
                </Table.Td>
                <Table.Td>{roomName[booking.roomId] ?? '—'}</Table.Td>
                <Table.Td>{booking.title}</Table.Td>
                <Table.Td>{booking.beneficiaryId ? (names[booking.beneficiaryId] ?? '…') : '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={booking.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </QueryState>
        <Headcounts center={center} />
        <QueryState query={activities}>
          <DataTable
            caption={t('today.activities', { center: center.name })}
            headers={[t('common.time'), t('common.title'), t('common.kind'), t('activities.seats'), '']}
            empty={(activities.data?.items.length ?? 0) === 0}
          >
            {activities.data?.items.map((activity) => (
              <Table.Tr key={activity.id}>
                <Table.Td>
                  {formatTime(activity.start)}–{formatTime(activity.end)}
                </Table.Td>
                <Table.Td>{activity.title}</Table.Td>
                <Table.Td>{t(`kinds.activity.${activity.kind}`)}</Table.Td>
                <Table.Td>
                  {activity.seatsTaken}
                  {activity.capacity !== null ? ` / ${activity.capacity}` : ''}
                </Table.Td>
                <Table.Td>
                  <Button
                    component={Link}
                    to={`/console/activities/${activity.id}`}
                    size="compact-sm"
                    variant="light"
                  >
                    {t('today.checkIn', { title: activity.title })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </QueryState>
        {appointments.error ? (
          <ErrorMessage error={appointments.error} />
        ) : (
          <DataTable
            caption={t('today.appointments', { center: center.name })}
            headers={[
              t('common.time'),
              t('advisors.advisor'),
              t('common.beneficiary'),
              t('common.topic'),
              t('common.status'),
            ]}
            empty={(appointments.data?.items.length ?? 0) === 0}
          >
            {[...(appointments.data?.items ?? [])]
              .sort((a, b) => a.start.localeCompare(b.start))
              .map((appointment) => (
                <Table.Tr key={appointment.id}>
                  <Table.Td>
                    {formatTime(appointment.start)}–{formatTime(appointment.end)}
                  </Table.Td>
                  <Table.Td>{appointment.advisorName}</Table.Td>
                  <Table.Td>{appointment.beneficiaryName}</Table.Td>
                  <Table.Td>{appointment.topic}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={appointment.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
          </DataTable>
        )}
      </Stack>
    </section>
  );
}

import { Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, send } from '../../api/client.ts';
import type { Booking } from '../../api/types.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { getAll } from '../lib/fetch-all.ts';
import { centerNames, roomNames, useBeneficiaryNames, useCenters, useRooms } from '../lib/hooks.ts';
import { dayRange, localDate, overlaps } from '../lib/time.ts';
import {
  ErrorMessage,
  fieldError,
  formatDay,
  formatRange,
  Notice,
  PageTitle,
  QueryState,
  StatusBadge,
} from '../lib/ui.tsx';
import { Contact } from './approvals/Contact.tsx';

/** The approvals queue: pending room requests of my centres, oldest meeting first. */
export function ApprovalsPage() {
  const { t } = useTranslation('console');
  const [notice, setNotice] = useState<string | null>(null);
  const pending = useQuery({
    queryKey: ['bookings', 'pending'],
    queryFn: () => getAll<Booking>('/api/bookings?status=pending'),
  });
  const items = [...(pending.data ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  const names = useBeneficiaryNames(items.map((booking) => booking.beneficiaryId));
  const rooms = useRooms();
  const centers = useCenters();
  return (
    <Stack>
      <PageTitle>{t('approvals.title')}</PageTitle>
      <Notice message={notice} />
      <QueryState query={pending}>
        <Text>{t('approvals.count', { count: items.length })}</Text>
        <Stack component="ul" p={0} style={{ listStyle: 'none' }}>
          {items.map((booking) => (
            <li key={booking.id}>
              <Request
                booking={booking}
                beneficiary={booking.beneficiaryId ? names[booking.beneficiaryId] : undefined}
                room={roomNames(rooms.data)[booking.roomId] ?? ''}
                center={centerNames(centers.data)[booking.centerId] ?? ''}
                onDone={setNotice}
              />
            </li>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}

function Request({
  booking,
  beneficiary,
  room,
  center,
  onDone,
}: {
  booking: Booking;
  beneficiary?: string;
  room: string;
  center: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const day = localDate(booking.start);
  const range = dayRange(day, day);
  // The same room that day: what the decision sits next to, and any clash.
  const sameDay = useQuery({
    queryKey: ['bookings', 'room-day', booking.roomId, day],
    queryFn: () =>
      getAll<Booking>(
        `/api/bookings?roomId=${booking.roomId}&from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`,
      ),
  });
  const others = (sameDay.data ?? []).filter(
    (other) => other.id !== booking.id && ['pending', 'approved', 'completed'].includes(other.status),
  );
  const conflicts = others.filter((other) => overlaps(other.start, other.end, booking.start, booking.end));
  const done = (message: string) => {
    onDone(message);
    void queryClient.invalidateQueries({ queryKey: ['bookings'] });
  };
  const approve = useMutation({
    mutationFn: () => post<Booking>(`/api/bookings/${booking.id}/approve`),
    onSuccess: () => done(t('approvals.approved', { title: booking.title })),
  });
  const reject = useMutation({
    mutationFn: () =>
      send('post', '/api/bookings/{id}/reject', { params: { path: { id: booking.id } }, body: { reason } }),
    onSuccess: () => done(t('approvals.rejected', { title: booking.title })),
  });
  const headingId = `request-${booking.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="start">
        <Title order={2} size="h3" id={headingId}>
          {booking.title}
        </Title>
        <StatusBadge status={booking.status} />
      </Group>
      <List size="sm" mt="xs" spacing={2}>
        <List.Item>
          {t('common.when')}: {formatRange(booking.start, booking.end)}
        </List.Item>
        <List.Item>
          {t('common.room')}: {room} ({center})
        </List.Item>
        <List.Item>
          {t('common.beneficiary')}: {beneficiary ?? '…'}
        </List.Item>
        <Contact requestedBy={booking.requestedBy} beneficiaryId={booking.beneficiaryId} />
        {booking.expectedAttendees !== null && (
          <List.Item>
            {t('approvals.expected')}: {booking.expectedAttendees}
          </List.Item>
        )}
        {booking.purpose && (
          <List.Item>
            {t('approvals.purpose')}: {booking.purpose}
          </List.Item>
        )}
        <List.Item>
          {t('approvals.requestedAt')}: {formatDateTime(booking.createdAt)}
        </List.Item>
      </List>
      {conflicts.length > 0 ? (
        <Text size="sm" mt="xs" fw={700} c="red.9" role="note">
          {t('approvals.conflicts', { count: conflicts.length })}:{' '}
          {conflicts.map((other) => `${formatRange(other.start, other.end)} ${other.title}`).join('; ')}
        </Text>
      ) : (
        <Text size="sm" mt="xs">
          {others.length
            ? `${t('approvals.sameDay', { day: formatDay(day) })}: ${others
                .map(
                  (other) =>
                    `${formatRange(other.start, other.end)} ${other.title} (${t(`status.${other.status}`)})`,
                )
                .join('; ')}`
            : t('approvals.noConflicts')}
        </Text>
      )}
      <ErrorMessage error={approve.error ?? reject.error} />
      <Group mt="sm">
        <Button
          onClick={() => approve.mutate()}
          loading={approve.isPending}
          aria-label={t('approvals.approveLabel', { title: booking.title })}
        >
          {t('approvals.approve')}
        </Button>
        <Button
          variant="default"
          onClick={() => setRejecting(!rejecting)}
          aria-expanded={rejecting}
          aria-label={t('approvals.rejectLabel', { title: booking.title })}
        >
          {t('approvals.reject')}
        </Button>
      </Group>
      {rejecting && (
        <form
          noValidate
          aria-label={t('approvals.rejectLabel', { title: booking.title })}
          onSubmit={(event) => {
            event.preventDefault();
            // The reason goes to the requester: the app says what is missing, not the browser.
            if (!reason.trim()) {
              setReasonMissing(true);
              document.getElementById(`reason-${booking.id}`)?.focus();
              return;
            }
            setReasonMissing(false);
            reject.mutate();
          }}
        >
          <Stack mt="sm" gap="xs">
            <Textarea
              id={`reason-${booking.id}`}
              label={t('approvals.reason')}
              description={t('approvals.reasonHelp')}
              required
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonMissing ? t('approvals.reasonMissing') : fieldError(reject.error, 'reason')}
              autosize
              minRows={2}
              data-autofocus
            />
            <Group>
              <Button type="submit" color="red" loading={reject.isPending}>
                {t('approvals.confirmReject')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

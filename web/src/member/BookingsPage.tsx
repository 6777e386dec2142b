import { Alert, Button, Checkbox, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read, send } from '../api/client.ts';
import type { Booking } from '../api/types.ts';
import { useWhen } from '../public/shared/activities.tsx';
import { useMyBeneficiaries } from '../public/shared/queries.ts';
import { Empty, Page, QueryView, StatusBadge } from '../public/shared/ui.tsx';
import { ConfirmDialog, usePlaces } from './shared.tsx';

/** The member's bookings (GET /api/bookings), upcoming and earlier; pending or approved ones can be cancelled. */
export function BookingsPage() {
  const { t } = useTranslation('member');
  const queryClient = useQueryClient();
  const when = useWhen();
  const bookings = useQuery({
    queryKey: ['my-bookings', 'all'],
    queryFn: () => read('/api/bookings', { params: { query: { limit: 200 } } }),
  });
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [reason, setReason] = useState('');
  const [following, setFollowing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useMutation({
    mutationFn: (booking: Booking) =>
      send('post', '/api/bookings/{id}/cancel', {
        params: { path: { id: booking.id } },
        body: {
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(booking.seriesId && following ? { scope: 'following' as const } : {}),
        },
      }),
    onSuccess: (booking) => {
      setMessage(t('bookings.cancelled', { title: booking.title }));
      setCancelling(null);
      void queryClient.invalidateQueries({ queryKey: ['my-bookings'] });
      void queryClient.invalidateQueries({ queryKey: ['availability'] });
    },
  });
  function open(booking: Booking) {
    cancel.reset();
    setReason('');
    setFollowing(false);
    setCancelling(booking);
  }
  const now = Date.now();
  return (
    <Page title={t('bookings.title')} lead={t('bookings.lead')}>
      <Group>
        <Button component={Link} to="/my/bookings/new">
          {t('bookings.request')}
        </Button>
      </Group>
      <div role="status">
        {message && (
          <Alert color="green" variant="light">
            {message}
          </Alert>
        )}
      </div>
      <QueryView query={bookings}>
        {(page) => {
          const upcoming = page.items
            .filter((booking) => new Date(booking.end).getTime() > now)
            .sort((a, b) => a.start.localeCompare(b.start));
          const past = page.items.filter((booking) => new Date(booking.end).getTime() <= now);
          return (
            <Stack gap="xl">
              <section aria-labelledby="bookings-upcoming">
                <Title order={2} id="bookings-upcoming" mb="sm">
                  {t('bookings.upcoming')}
                </Title>
                {upcoming.length === 0 ? (
                  <Empty>{t('bookings.none')}</Empty>
                ) : (
                  <BookingTable bookings={upcoming} onCancel={open} label={t('bookings.upcoming')} />
                )}
              </section>
              <section aria-labelledby="bookings-past">
                <Title order={2} id="bookings-past" mb="sm">
                  {t('bookings.past')}
                </Title>
                {past.length === 0 ? (
                  <Empty>{t('bookings.nonePast')}</Empty>
                ) : (
                  <BookingTable bookings={past} label={t('bookings.past')} />
                )}
              </section>
            </Stack>
          );
        }}
      </QueryView>
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('bookings.cancelTitle')}
        confirmLabel={t('bookings.confirmCancel')}
        keepLabel={t('bookings.keep')}
        onClose={() => setCancelling(null)}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
        busy={cancel.isPending}
        error={cancel.error}
      >
        {cancelling && (
          <Text>
            {cancelling.title}, {when(cancelling.start, cancelling.end)}
          </Text>
        )}
        <Textarea
          id="cancel-reason"
          label={t('bookings.cancelReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {cancelling?.seriesId && (
          <Checkbox
            label={t('bookings.cancelFollowing')}
            checked={following}
            onChange={(event) => setFollowing(event.currentTarget.checked)}
          />
        )}
      </ConfirmDialog>
    </Page>
  );
}

function BookingTable({
  bookings,
  onCancel,
  label,
}: {
  bookings: Booking[];
  onCancel?: (booking: Booking) => void;
  label: string;
}) {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const when = useWhen();
  const places = usePlaces();
  const beneficiaries = useMyBeneficiaries();
  const beneficiaryName = (id: string | null) =>
    beneficiaries.data?.find((candidate) => candidate.id === id)?.name;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bookings.when')}</Table.Th>
            <Table.Th scope="col">{t('bookings.what')}</Table.Th>
            <Table.Th scope="col">{t('bookings.where')}</Table.Th>
            <Table.Th scope="col">{t('bookings.status')}</Table.Th>
            {onCancel && <Table.Th scope="col">{t('bookings.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((booking) => {
            const room = places.room(booking.roomId);
            const center = places.center(booking.centerId);
            const cancellable = booking.status === 'pending' || booking.status === 'approved';
            return (
              <Table.Tr key={booking.id}>
                <Table.Td>{when(booking.start, booking.end)}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {booking.title}
                  {beneficiaryName(booking.beneficiaryId) && (
                    <Text size="sm" fw={400}>
                      {beneficiaryName(booking.beneficiaryId)}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  {room?.name}
                  {center && <Text size="sm">{center.name}</Text>}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={booking.status}>{tp(`bookingStatus.${booking.status}`)}</StatusBadge>
                  {booking.decisionReason && (
                    <Text size="sm">{t('bookings.reason', { reason: booking.decisionReason })}</Text>
                  )}
                </Table.Td>
                {onCancel && (
                  <Table.Td>
                    {cancellable && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onCancel(booking)}
                        aria-label={t('bookings.cancelLabel', {
                          title: booking.title,
                          when: when(booking.start, booking.end),
                        })}
                      >
                        {t('bookings.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

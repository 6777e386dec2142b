import { Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import type { Booking, Center } from '../../../api/types.ts';
import { getAll } from '../../lib/fetch-all.ts';
import { roomNames, useBeneficiaryNames, useRooms } from '../../lib/hooks.ts';
import { DataTable, ErrorMessage, formatRange, Notice, QueryState } from '../../lib/ui.tsx';

/** How far back lendings waiting for a headcount are listed. */
const DAYS_BACK = 62;

/**
 * Lendings of the centre that have ended without a headcount (still "approved"): how many people
 * came is what the funder's report counts ("N people used the rooms"), so each is recorded here
 * in one step.
 */
export function Headcounts({ center }: { center: Center }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const now = new Date();
  const from = new Date(now.getTime() - DAYS_BACK * 86_400_000).toISOString();
  const waiting = useQuery({
    queryKey: ['bookings', 'headcount', center.id],
    queryFn: () =>
      // Every page: a busy centre may have more than one page of lendings left without a headcount.
      getAll<Booking>(
        `/api/bookings?centerId=${center.id}&status=approved&from=${encodeURIComponent(from)}&to=${encodeURIComponent(now.toISOString())}`,
      ),
  });
  const rooms = useRooms(center.id);
  const ended = (waiting.data ?? [])
    .filter((booking) => new Date(booking.end) <= now)
    .sort((a, b) => a.start.localeCompare(b.start));
  const names = useBeneficiaryNames(ended.map((booking) => booking.beneficiaryId));
  const roomName = roomNames(rooms.data);
  const record = useMutation({
    mutationFn: ({ booking, attendees }: { booking: Booking; attendees: number }) =>
      send('post', '/api/bookings/{id}/attendance', {
        params: { path: { id: booking.id } },
        body: { attendees },
      }),
    onSuccess: (booking) => {
      setNotice(t('today.headcount.saved', { title: booking.title, count: booking.attendees ?? 0 }));
      void queryClient.invalidateQueries({ queryKey: ['bookings'] });
    },
  });
  return (
    <QueryState query={waiting}>
      <Notice message={notice} />
      <DataTable
        caption={t('today.headcount.caption', { center: center.name })}
        headers={[
          t('common.time'),
          t('common.room'),
          t('common.title'),
          t('common.beneficiary'),
          t('today.headcount.people'),
        ]}
        empty={ended.length === 0}
        emptyText={t('today.headcount.none')}
      >
        {ended.map((booking) => (
          <HeadcountRow
            key={booking.id}
            booking={booking}
            room={roomName[booking.roomId] ?? '—'}
            beneficiary={booking.beneficiaryId ? (names[booking.beneficiaryId] ?? '…') : '—'}
            saving={record.isPending && record.variables?.booking.id === booking.id}
            onSave={(attendees) => record.mutate({ booking, attendees })}
          />
        ))}
      </DataTable>
      <ErrorMessage error={record.error} />
    </QueryState>
  );
}

function HeadcountRow(props: {
  booking: Booking;
  room: string;
  beneficiary: string;
  saving: boolean;
  onSave: (attendees: number) => void;
}) {
  const { t } = useTranslation('console');
  const { booking } = props;
  const [value, setValue] = useState<string | number>(booking.expectedAttendees ?? '');
  const [error, setError] = useState<string | null>(null);
  const label = t('today.headcount.label', { title: booking.title });
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const attendees = typeof value === 'number' ? value : Number.NaN;
    if (!Number.isInteger(attendees) || attendees < 0) {
      setError(t('today.headcount.invalid'));
      return;
    }
    setError(null);
    props.onSave(attendees);
  };
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{formatRange(booking.start, booking.end)}</Text>
      </Table.Td>
      <Table.Td>{props.room}</Table.Td>
      <Table.Td>{booking.title}</Table.Td>
      <Table.Td>{props.beneficiary}</Table.Td>
      <Table.Td>
        <form onSubmit={save} aria-label={label}>
          <Group gap="xs" align="start" wrap="nowrap">
            <NumberInput
              aria-label={label}
              min={0}
              max={100000}
              allowDecimal={false}
              allowNegative={false}
              value={value}
              onChange={setValue}
              error={error}
              w={110}
            />
            <Button type="submit" size="sm" loading={props.saving}>
              {t('today.headcount.save')}
            </Button>
          </Group>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}

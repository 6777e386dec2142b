import { Button, Group, List, Modal, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import type { Booking, Room } from '../../../api/types.ts';
import { localDate, localTime, zonedIso } from '../../lib/time.ts';
import { ErrorMessage, fieldError, formatRange, StatusBadge } from '../../lib/ui.tsx';
import { Contact } from '../approvals/Contact.tsx';
import { type When, WhenFields } from './WhenFields.tsx';

type Action = 'approve' | 'reject' | 'cancel' | 'move' | 'attendance';

/**
 * A booking opened from the calendar: what it is and who asked, and what can be done with it
 * now — approve or reject a request, cancel, move to another time or room (checked like a new
 * booking), or record how many people came once it has started.
 */
export function BookingActions({
  booking,
  rooms,
  onClose,
  onDone,
}: {
  booking: Booking;
  rooms: Room[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [attendees, setAttendees] = useState<string | number>(booking.expectedAttendees ?? '');
  const [roomId, setRoomId] = useState(booking.roomId);
  const [when, setWhen] = useState<When>({
    date: localDate(booking.start),
    start: localTime(booking.start),
    end: localTime(booking.end),
  });
  const { date, start, end } = when;
  const [missing, setMissing] = useState<string | null>(null);
  const path = { params: { path: { id: booking.id } } };
  const act = useMutation({
    mutationFn: (action: Action) => {
      switch (action) {
        case 'approve':
          return send('post', '/api/bookings/{id}/approve', { ...path, body: {} });
        case 'reject':
          return send('post', '/api/bookings/{id}/reject', { ...path, body: { reason: reason.trim() } });
        case 'cancel':
          return send('post', '/api/bookings/{id}/cancel', {
            ...path,
            body: reason.trim() ? { reason: reason.trim() } : {},
          });
        case 'move':
          return send('post', '/api/bookings/{id}/move', {
            ...path,
            body: { roomId, start: zonedIso(date, start), end: zonedIso(date, end) },
          });
        case 'attendance':
          return send('post', '/api/bookings/{id}/attendance', {
            ...path,
            body: { attendees: Number(attendees) },
          });
      }
    },
    onSuccess: (_answer, action) => {
      void queryClient.invalidateQueries({ queryKey: ['bookings'] });
      onDone(t(`desk.done.${action}`, { title: booking.title }));
    },
  });
  const run = (action: Action) => {
    if (action === 'reject' && !reason.trim()) {
      setMissing(t('approvals.reasonMissing'));
      return;
    }
    if (action === 'attendance' && (attendees === '' || Number(attendees) < 0)) {
      setMissing(t('today.headcount.invalid'));
      return;
    }
    setMissing(null);
    act.mutate(action);
  };
  const open = booking.status === 'pending' || booking.status === 'approved';
  const started = new Date(booking.start) <= new Date();
  return (
    <Modal
      opened
      onClose={onClose}
      title={booking.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('desk.close') }}
    >
      <Stack gap="sm">
        <Group>
          <StatusBadge status={booking.status} />
          <Text size="sm">{formatRange(booking.start, booking.end)}</Text>
        </Group>
        <List size="sm" spacing={2}>
          <List.Item>
            {t('common.room')}: {rooms.find((room) => room.id === booking.roomId)?.name ?? '—'}
          </List.Item>
          {booking.expectedAttendees !== null && (
            <List.Item>
              {t('approvals.expected')}: {booking.expectedAttendees}
            </List.Item>
          )}
          {booking.attendees !== null && (
            <List.Item>
              {t('today.headcount.people')}: {booking.attendees}
            </List.Item>
          )}
          {booking.purpose && (
            <List.Item>
              {t('approvals.purpose')}: {booking.purpose}
            </List.Item>
          )}
          <Contact requestedBy={booking.requestedBy} beneficiaryId={booking.beneficiaryId} />
        </List>
        {open && (
          <TextInput
            label={t('desk.reason')}
            description={t('approvals.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={
              missing && missing === t('approvals.reasonMissing') ? missing : fieldError(act.error, 'reason')
            }
          />
        )}
        <Group>
          {booking.status === 'pending' && (
            <>
              <Button onClick={() => run('approve')} loading={act.isPending && act.variables === 'approve'}>
                {t('approvals.approve')}
              </Button>
              <Button
                variant="default"
                onClick={() => run('reject')}
                loading={act.isPending && act.variables === 'reject'}
              >
                {t('approvals.reject')}
              </Button>
            </>
          )}
          {open && (
            <Button
              color="red"
              variant="light"
              onClick={() => run('cancel')}
              loading={act.isPending && act.variables === 'cancel'}
            >
              {t('desk.cancel')}
            </Button>
          )}
        </Group>
        {open && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm" mb={4}>
              {t('desk.moveTitle')}
            </Text>
            <Group align="end" wrap="wrap">
              <NativeSelect
                label={t('common.room')}
                value={roomId}
                onChange={(event) => setRoomId(event.currentTarget.value)}
                data={rooms.map((room) => ({ value: room.id, label: room.name }))}
                error={fieldError(act.error, 'roomId')}
              />
              <WhenFields
                value={when}
                onChange={setWhen}
                errors={{ start: fieldError(act.error, 'start'), end: fieldError(act.error, 'end') }}
              />
              <Button
                variant="default"
                onClick={() => run('move')}
                loading={act.isPending && act.variables === 'move'}
              >
                {t('desk.move')}
              </Button>
            </Group>
          </fieldset>
        )}
        {booking.status === 'approved' && started && (
          <Group align="end">
            <NumberInput
              label={t('today.headcount.people')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={attendees}
              onChange={setAttendees}
              error={missing === t('today.headcount.invalid') ? missing : fieldError(act.error, 'attendees')}
              w={160}
            />
            <Button
              onClick={() => run('attendance')}
              loading={act.isPending && act.variables === 'attendance'}
            >
              {t('today.headcount.save')}
            </Button>
          </Group>
        )}
        <ErrorMessage error={act.error} />
        <Group>
          <Button variant="default" onClick={onClose}>
            {t('desk.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import type { Room } from '../../../api/types.ts';
import { BeneficiaryPicker } from '../../lib/pickers.tsx';
import { zonedIso } from '../../lib/time.ts';
import { ErrorMessage, fieldError } from '../../lib/ui.tsx';
import { QuickBeneficiary } from './QuickBeneficiary.tsx';
import { type When, WhenFields } from './WhenFields.tsx';

export type Draft = { roomId: string; date: string; start: string; end: string };

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * A booking made at the desk (a phone call, a walk-in, a weekly group, last month's paper
 * record): for a beneficiary from the registry, once or weekly, with the staff's override of
 * opening hours and capacity. Approved at once; the server checks the rules and clashes.
 */
export function NewBooking({
  draft,
  rooms,
  onClose,
  onDone,
}: {
  draft: Draft;
  rooms: Room[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [roomId, setRoomId] = useState(draft.roomId);
  const [when, setWhen] = useState<When>({ date: draft.date, start: draft.start, end: draft.end });
  const { date, start, end } = when;
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [attendees, setAttendees] = useState<string | number>('');
  const [weeks, setWeeks] = useState<string | number>(1);
  const [override, setOverride] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () => {
      const count = Number(weeks);
      const weekday = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()];
      return send('post', '/api/bookings', {
        body: {
          roomId,
          beneficiaryId,
          title: title.trim(),
          start: zonedIso(date, start),
          end: zonedIso(date, end),
          ...(attendees !== '' ? { expectedAttendees: Number(attendees) } : {}),
          ...(count > 1 ? { recurrence: { rrule: `FREQ=WEEKLY;BYDAY=${weekday};COUNT=${count}` } } : {}),
          ...(override ? { override: true } : {}),
        },
      });
    },
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: ['bookings'] });
      const count = 'bookings' in answer ? answer.bookings.length : 1;
      onDone(t('desk.created', { title: title.trim(), count }));
    },
  });
  const error = (path: string) => missing[path] ?? fieldError(create.error, path);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!beneficiaryId) found.beneficiaryId = t('desk.required');
    if (!title.trim()) found.title = t('desk.required');
    if (!date) found.start = t('desk.required');
    if (start && end && end <= start) found.end = t('desk.endBeforeStart');
    setMissing(found);
    if (Object.keys(found).length === 0) create.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('desk.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('desk.close') }}
    >
      <form onSubmit={submit} noValidate aria-label={t('desk.newTitle')}>
        <Stack gap="sm">
          <NativeSelect
            label={t('common.room')}
            value={roomId}
            onChange={(event) => setRoomId(event.currentTarget.value)}
            data={rooms.map((room) => ({ value: room.id, label: `${room.name} (${room.capacity})` }))}
            error={error('roomId')}
          />
          <Group grow align="start">
            <WhenFields
              value={when}
              onChange={setWhen}
              errors={{ start: error('start'), end: error('end') }}
            />
          </Group>
          <BeneficiaryPicker
            value={beneficiaryId}
            onChange={setBeneficiaryId}
            error={error('beneficiaryId')}
          />
          <QuickBeneficiary
            onAdded={(id, name) => {
              setBeneficiaryId(id);
              setAdded(name);
            }}
          />
          {added && (
            <Text size="sm" role="status">
              {t('desk.added', { name: added })}
            </Text>
          )}
          <TextInput
            label={t('desk.meetingTitle')}
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={error('title')}
            required
          />
          <Group grow align="start">
            <NumberInput
              label={t('desk.expected')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={attendees}
              onChange={setAttendees}
              error={error('expectedAttendees')}
            />
            <NumberInput
              label={t('desk.weeks')}
              description={t('desk.weeksHint')}
              min={1}
              max={52}
              allowDecimal={false}
              allowNegative={false}
              value={weeks}
              onChange={setWeeks}
              error={error('recurrence.rrule')}
            />
          </Group>
          <Checkbox
            label={t('desk.override')}
            checked={override}
            onChange={(event) => setOverride(event.currentTarget.checked)}
          />
          <ErrorMessage error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('desk.book')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('desk.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

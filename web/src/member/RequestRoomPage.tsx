import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, read, send } from '../api/client.ts';
import type { Booking } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { useWhen } from '../public/shared/activities.tsx';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from '../public/shared/forms.tsx';
import { useCenters, useMyBeneficiaries, useRooms } from '../public/shared/queries.ts';
import {
  addDays,
  bookableSlots,
  daysBetween,
  isDate,
  isTime,
  localDate,
  localToInstant,
  middayOf,
  today,
} from '../public/shared/time.ts';
import { Loading, Page } from '../public/shared/ui.tsx';
import { FreeSlots } from './request-room/FreeSlots.tsx';
import { RequestSent } from './request-room/RequestSent.tsx';
import { TermsFieldset } from './request-room/TermsFieldset.tsx';
import { WhenFieldset } from './request-room/WhenFieldset.tsx';

const FIELDS = [
  'roomId',
  'date',
  'start',
  'end',
  'beneficiaryId',
  'title',
  'purpose',
  'expectedAttendees',
  'recurrence',
  'termsAccepted',
] as const;
type Field = (typeof FIELDS)[number];

type Conflict = { start: string; end: string };

/**
 * Request a room: centre and room, the week's free times, a time, who for, the purpose, the
 * number of people and the centre's terms; then POST /api/bookings. A clash (409) and a broken
 * rule (422) are shown next to the fields they concern.
 */
export function RequestRoomPage() {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const when = useWhen();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const centers = useCenters();
  const rooms = useRooms();
  const beneficiaries = useMyBeneficiaries();

  const [roomId, setRoomId] = useState(params.get('roomId') ?? '');
  const [chosenCenter, setChosenCenter] = useState('');
  const [date, setDate] = useState(params.get('date') ?? '');
  const [start, setStart] = useState(params.get('start') ?? '');
  const [end, setEnd] = useState(params.get('end') ?? '');
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [title, setTitle] = useState('');
  const [titlePublic, setTitlePublic] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [attendees, setAttendees] = useState<number | string>('');
  const [repeat, setRepeat] = useState(false);
  const [count, setCount] = useState<number | string>(4);
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Booking[] | null>(null);

  const room = rooms.data?.find((candidate) => candidate.id === roomId);
  const centerId = room?.centerId ?? chosenCenter;
  const centerRooms = (rooms.data ?? []).filter(
    (candidate) => candidate.centerId === centerId && candidate.active,
  );
  const members = beneficiaries.data ?? [];
  const who = beneficiaryId || members[0]?.id || '';

  const rules = useQuery({
    queryKey: ['booking-rules', centerId],
    queryFn: () => read('/api/centers/{id}/booking-rules', { params: { path: { id: centerId } } }),
    enabled: !!centerId,
    staleTime: 5 * 60_000,
  });
  const weekFrom = isDate(date) && date > today() ? date : today();
  const weekTo = addDays(weekFrom, 6);
  const availability = useQuery({
    queryKey: ['availability', roomId, weekFrom, weekTo],
    queryFn: () =>
      read('/api/rooms/{id}/availability', {
        params: { path: { id: roomId }, query: { from: weekFrom, to: weekTo } },
      }),
    enabled: !!roomId,
  });

  const labels: Record<Field, string> = {
    roomId: t('request.room'),
    date: t('request.date'),
    start: t('request.start'),
    end: t('request.end'),
    beneficiaryId: t('request.beneficiary'),
    title: t('request.meetingTitle'),
    purpose: t('request.purpose'),
    expectedAttendees: t('request.attendees'),
    recurrence: t('request.repeatCount'),
    termsAccepted: t('request.accept'),
  };
  const dayLabel = (day: string) =>
    formatDateTime(middayOf(day), { weekday: 'long', day: 'numeric', month: 'long' });

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (!roomId) found.roomId = t('request.required');
    if (!isDate(date)) found.date = t('request.invalidDate');
    if (!isTime(start)) found.start = t('request.invalidTime');
    if (!isTime(end)) found.end = t('request.invalidTime');
    else if (isTime(start) && end <= start) found.end = t('request.endBeforeStart');
    if (!who) found.beneficiaryId = t('request.required');
    if (!title.trim()) found.title = t('request.required');
    if (!purpose.trim()) found.purpose = t('request.required');
    if (!accepted) found.termsAccepted = t('request.mustAccept');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setConflicts([]);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][middayOf(date).getUTCDay()];
    const body = {
      roomId,
      beneficiaryId: who,
      title: title.trim(),
      titlePublic,
      purpose: purpose.trim(),
      start: localToInstant(date, start).toISOString(),
      end: localToInstant(date, end).toISOString(),
      termsAccepted: accepted,
      ...(attendees !== '' ? { expectedAttendees: Number(attendees) } : {}),
      ...(repeat && Number(count) > 1
        ? { recurrence: { rrule: `FREQ=WEEKLY;BYDAY=${weekday};COUNT=${Number(count)}` } }
        : {}),
    };
    setBusy(true);
    try {
      const answer = await send('post', '/api/bookings', { body });
      setSent('bookings' in answer ? answer.bookings : [answer]);
      void queryClient.invalidateQueries({ queryKey: ['my-bookings'] });
      void queryClient.invalidateQueries({ queryKey: ['availability'] });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        const list = ((caught.details as { conflicts?: Conflict[] } | null)?.conflicts ?? []).map(
          (conflict) => ({
            start: conflict.start,
            end: conflict.end,
          }),
        );
        setConflicts(list);
        setErrors({ start: t('request.conflictField') });
        void availability.refetch();
      } else {
        const mapped = apiFieldErrors(caught, FIELDS);
        setErrors(mapped);
      }
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <RequestSent
        sent={sent}
        onAnother={() => {
          setSent(null);
          setTitle('');
          setPurpose('');
          setAccepted(false);
        }}
      />
    );
  }

  if (beneficiaries.isPending || rooms.isPending || centers.isPending) {
    return (
      <Page title={t('request.title')}>
        <Loading />
      </Page>
    );
  }

  if (members.length === 0) {
    return (
      <Page title={t('request.title')}>
        <Text>{t('request.needBeneficiary')}</Text>
        <Group>
          <Button
            component={Link}
            to={`/my/organizations/new?next=${encodeURIComponent('/my/bookings/new')}`}
          >
            {t('organizations.add')}
          </Button>
        </Group>
      </Page>
    );
  }

  const summaryTitle = conflicts.length > 0 ? t('request.conflictTitle') : undefined;
  const freeByDay = daysBetween(weekFrom, weekTo).map((day) => ({
    day,
    free: bookableSlots(availability.data?.free ?? [], rules.data).filter(
      (slot) => localDate(slot.start) === day,
    ),
  }));

  return (
    <Page title={t('request.title')} lead={t('request.lead')}>
      <form onSubmit={submit} noValidate aria-label={t('request.title')}>
        <Stack gap="lg" maw={760}>
          <ErrorSummary errors={errors} labels={labels} idPrefix="request" title={summaryTitle}>
            {conflicts.length > 0 && (
              <List size="sm" mt="xs">
                {conflicts.map((conflict) => (
                  <List.Item key={conflict.start}>
                    {t('request.conflictAt', { when: when(conflict.start, conflict.end) })}
                  </List.Item>
                ))}
              </List>
            )}
          </ErrorSummary>
          <Fieldset legend={t('request.room')}>
            <Stack>
              <NativeSelect
                id="request-centre"
                label={t('request.centre')}
                value={centerId}
                onChange={(event) => {
                  setChosenCenter(event.currentTarget.value);
                  setRoomId('');
                }}
                data={[
                  { value: '', label: t('request.chooseCentre'), disabled: true },
                  ...(centers.data ?? []).map((candidate) => ({
                    value: candidate.id,
                    label: candidate.name,
                  })),
                ]}
              />
              <NativeSelect
                id="request-roomId"
                label={labels.roomId}
                value={roomId}
                onChange={(event) => setRoomId(event.currentTarget.value)}
                disabled={!centerId}
                required
                error={errors.roomId}
                description={
                  room
                    ? t('request.roomInfo', {
                        capacity: tp('centers.capacity', { count: room.capacity }),
                        autoApprove: room.autoApprove ? t('request.autoApprove') : t('request.needsApproval'),
                      })
                    : undefined
                }
                data={[
                  { value: '', label: t('request.chooseRoom'), disabled: true },
                  ...centerRooms.map((candidate) => ({
                    value: candidate.id,
                    label: `${candidate.name} (${tp('centers.capacity', { count: candidate.capacity })})`,
                  })),
                ]}
              />
            </Stack>
          </Fieldset>

          {roomId && (
            <FreeSlots
              freeByDay={freeByDay}
              pending={availability.isPending}
              date={date}
              start={start}
              dayLabel={dayLabel}
              onPick={(day, from, until) => {
                setDate(day);
                setStart(from);
                setEnd(until);
              }}
            />
          )}

          <WhenFieldset
            labels={labels}
            errors={errors}
            date={date}
            start={start}
            end={end}
            repeat={repeat}
            count={count}
            onDate={setDate}
            onStart={setStart}
            onEnd={setEnd}
            onRepeat={setRepeat}
            onCount={setCount}
          />

          <Fieldset legend={t('request.purpose')}>
            <Stack>
              <NativeSelect
                id="request-beneficiaryId"
                label={labels.beneficiaryId}
                value={who}
                onChange={(event) => setBeneficiaryId(event.currentTarget.value)}
                error={errors.beneficiaryId}
                data={members.map((beneficiary) => ({
                  value: beneficiary.id,
                  label: `${beneficiary.name} (${tp(`beneficiaryKinds.${beneficiary.kind}`)})`,
                }))}
              />
              <TextInput
                id="request-title"
                label={labels.title}
                description={t('request.titleHint')}
                value={title}
                maxLength={200}
                onChange={(event) => setTitle(event.currentTarget.value)}
                required
                error={errors.title}
              />
              <Checkbox
                id="request-titlePublic"
                label={t('request.titlePublic')}
                checked={titlePublic}
                onChange={(event) => setTitlePublic(event.currentTarget.checked)}
              />
              <Textarea
                id="request-purpose"
                label={labels.purpose}
                description={t('request.purposeHint')}
                value={purpose}
                onChange={(event) => setPurpose(event.currentTarget.value)}
                autosize
                minRows={3}
                maxLength={2000}
                required
                error={errors.purpose}
              />
              <NumberInput
                id="request-expectedAttendees"
                label={labels.expectedAttendees}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                value={attendees}
                onChange={setAttendees}
                error={errors.expectedAttendees}
                maw={260}
              />
            </Stack>
          </Fieldset>

          <TermsFieldset
            rules={rules.data}
            centerId={centerId}
            label={labels.termsAccepted}
            accepted={accepted}
            onAccept={setAccepted}
            error={errors.termsAccepted}
          />

          <Group>
            <Button type="submit" loading={busy}>
              {t('request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

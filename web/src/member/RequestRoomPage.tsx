import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, get, post } from '../api/client.ts';
import type { RoomAvailability as Availability, Booking, BookingRules, BookingSeries } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { useWhen } from '../public/shared/activities.tsx';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from '../public/shared/forms.tsx';
import { useCenters, useMyBeneficiaries, useRooms } from '../public/shared/queries.ts';
import {
  addDays,
  daysBetween,
  fromNow,
  isDate,
  isTime,
  localDate,
  localTime,
  localToInstant,
  middayOf,
  today,
} from '../public/shared/time.ts';
import { Loading, Page } from '../public/shared/ui.tsx';

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
    queryFn: () => get<BookingRules>(`/api/centers/${centerId}/booking-rules`),
    enabled: !!centerId,
    staleTime: 5 * 60_000,
  });
  const weekFrom = isDate(date) && date > today() ? date : today();
  const weekTo = addDays(weekFrom, 6);
  const availability = useQuery({
    queryKey: ['availability', roomId, weekFrom, weekTo],
    queryFn: () => get<Availability>(`/api/rooms/${roomId}/availability?from=${weekFrom}&to=${weekTo}`),
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
      const answer = await post<Booking | BookingSeries>('/api/bookings', body);
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
    const first = sent[0];
    return (
      <Page title={t('request.title')}>
        <div role="status">
          <Alert color="green" variant="light">
            <Stack gap={4}>
              {first && (
                <Text>
                  {first.status === 'approved'
                    ? t('request.sentApproved', { title: first.title, when: when(first.start, first.end) })
                    : t('request.sentPending', { title: first.title, when: when(first.start, first.end) })}
                </Text>
              )}
              {sent.length > 1 && <Text>{t('request.sentSeries', { count: sent.length })}</Text>}
            </Stack>
          </Alert>
        </div>
        <Group>
          <Button component={Link} to="/my/bookings">
            {t('request.toBookings')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setSent(null);
              setTitle('');
              setPurpose('');
              setAccepted(false);
            }}
          >
            {t('request.another')}
          </Button>
        </Group>
      </Page>
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
    free: fromNow(availability.data?.free ?? []).filter((slot) => localDate(slot.start) === day),
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
            <section aria-labelledby="request-free">
              <Title order={2} size="h4" id="request-free" mb="xs">
                {t('request.freeTitle')}
              </Title>
              {availability.isPending ? (
                <Loading />
              ) : (
                <SimpleGrid
                  cols={{ base: 1, sm: 2, md: 3 }}
                  component="ul"
                  className="plain-list"
                  spacing="xs"
                >
                  {freeByDay.map(({ day, free }) => (
                    <li key={day}>
                      <Text fw={600} size="sm">
                        {dayLabel(day)}
                      </Text>
                      {free.length === 0 ? (
                        <Text size="sm">{tp('room.noFree')}</Text>
                      ) : (
                        <Group gap={4}>
                          {free.map((slot) => {
                            const from = localTime(slot.start);
                            const until = localTime(slot.end);
                            return (
                              <Button
                                key={slot.start}
                                size="compact-sm"
                                variant={date === day && start === from ? 'filled' : 'light'}
                                aria-label={t('request.useSlot', {
                                  day: dayLabel(day),
                                  start: from,
                                  end: until,
                                })}
                                onClick={() => {
                                  setDate(day);
                                  setStart(from);
                                  setEnd(until);
                                }}
                              >
                                {tp('timeRange', { start: from, end: until })}
                              </Button>
                            );
                          })}
                        </Group>
                      )}
                    </li>
                  ))}
                </SimpleGrid>
              )}
            </section>
          )}

          <Fieldset legend={t('request.when')}>
            <Stack>
              <Text size="sm">{t('request.timeHint')}</Text>
              <Group align="flex-start" wrap="wrap">
                <TextInput
                  id="request-date"
                  type="date"
                  label={labels.date}
                  value={date}
                  min={today()}
                  onChange={(event) => setDate(event.currentTarget.value)}
                  required
                  error={errors.date}
                />
                <TextInput
                  id="request-start"
                  type="time"
                  label={labels.start}
                  value={start}
                  step={900}
                  onChange={(event) => setStart(event.currentTarget.value)}
                  required
                  error={errors.start}
                />
                <TextInput
                  id="request-end"
                  type="time"
                  label={labels.end}
                  value={end}
                  step={900}
                  onChange={(event) => setEnd(event.currentTarget.value)}
                  required
                  error={errors.end}
                />
              </Group>
              <Checkbox
                id="request-repeat"
                label={t('request.repeat')}
                checked={repeat}
                onChange={(event) => setRepeat(event.currentTarget.checked)}
              />
              {repeat && (
                <NumberInput
                  id="request-recurrence"
                  label={labels.recurrence}
                  description={t('request.repeatHint')}
                  min={2}
                  max={52}
                  allowDecimal={false}
                  allowNegative={false}
                  value={count}
                  onChange={setCount}
                  error={errors.recurrence}
                  maw={220}
                />
              )}
            </Stack>
          </Fieldset>

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

          <Fieldset legend={t('request.terms')}>
            <Stack>
              {rules.data ? (
                <>
                  {/* A long text scrolls in its own box, reachable by keyboard (WCAG 2.1.1). */}
                  <Paper
                    withBorder
                    p="sm"
                    bg="gray.0"
                    lang="pl"
                    tabIndex={0}
                    role="region"
                    aria-label={t('request.terms')}
                    mah={200}
                    style={{ overflowY: 'auto' }}
                  >
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {rules.data.terms}
                    </Text>
                  </Paper>
                  <List size="sm">
                    <List.Item>{tp('howToBorrow.minNotice', { count: rules.data.minNoticeHours })}</List.Item>
                    <List.Item>
                      {tp('howToBorrow.maxAdvance', { count: rules.data.maxAdvanceDays })}
                    </List.Item>
                    <List.Item>{tp('howToBorrow.maxHours', { count: rules.data.maxHours })}</List.Item>
                  </List>
                </>
              ) : centerId ? (
                <Loading />
              ) : null}
              <Checkbox
                id="request-termsAccepted"
                label={labels.termsAccepted}
                checked={accepted}
                onChange={(event) => setAccepted(event.currentTarget.checked)}
                error={errors.termsAccepted}
              />
            </Stack>
          </Fieldset>

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

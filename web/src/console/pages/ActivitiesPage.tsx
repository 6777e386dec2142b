import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { get, post } from '../../api/client.ts';
import {
  ACTIVITY_KINDS,
  type Activity,
  type ActivityDetail,
  type CheckIn,
  type Registration,
} from '../../api/types.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { getAll } from '../lib/fetch-all.ts';
import { centerNames, roomNames, useMyCenters, useRooms } from '../lib/hooks.ts';
import { BeneficiaryPicker, CenterSelect } from '../lib/pickers.tsx';
import { today, zonedIso } from '../lib/time.ts';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  formatRange,
  Notice,
  PageTitle,
  QueryState,
  RouterAnchor,
  StatusBadge,
} from '../lib/ui.tsx';

/** The programme of my centres: list, and a new activity. */
export function ActivitiesPage() {
  const { t } = useTranslation('console');
  const centers = useMyCenters();
  const [centerId, setCenterId] = useState('');
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [creating, setCreating] = useState(false);
  const now = new Date().toISOString();
  const list = useQuery({
    queryKey: ['activities', 'console', centerId, when],
    queryFn: () =>
      getAll<Activity>(
        `/api/activities?${centerId ? `centerId=${centerId}&` : ''}${
          when === 'upcoming' ? `from=${encodeURIComponent(now)}&order=asc` : `to=${encodeURIComponent(now)}`
        }`,
        3,
      ),
  });
  const mine = new Set((centers.data ?? []).map((center) => center.id));
  const items = (list.data ?? []).filter((activity) => mine.has(activity.centerId));
  const names = centerNames(centers.data);
  return (
    <Stack>
      <PageTitle
        actions={
          <Button onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {t('activities.new')}
          </Button>
        }
      >
        {t('activities.title')}
      </PageTitle>
      {creating && <NewActivity onCancel={() => setCreating(false)} />}
      <Group align="end">
        <CenterSelect value={centerId} onChange={setCenterId} allowAll />
        <div>
          <Text size="sm" fw={500} id="activities-when">
            {t('activities.when')}
          </Text>
          <SegmentedControl
            aria-labelledby="activities-when"
            value={when}
            onChange={(value) => setWhen(value as 'upcoming' | 'past')}
            data={[
              { value: 'upcoming', label: t('activities.upcoming') },
              { value: 'past', label: t('activities.past') },
            ]}
          />
        </div>
      </Group>
      <QueryState query={list}>
        <DataTable
          caption={t('activities.caption', { count: items.length })}
          headers={[
            t('common.when'),
            t('common.title'),
            t('common.kind'),
            t('common.center'),
            t('activities.seats'),
            t('activities.waitlist'),
            t('common.status'),
          ]}
          empty={items.length === 0}
        >
          {items.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Td>{formatRange(activity.start, activity.end)}</Table.Td>
              <Table.Td>
                <RouterAnchor to={`/console/activities/${activity.id}`}>{activity.title}</RouterAnchor>
                {!activity.published && (
                  <Text span size="xs">
                    {' '}
                    ({t('activities.draft')})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`kinds.activity.${activity.kind}`)}</Table.Td>
              <Table.Td>{names[activity.centerId] ?? ''}</Table.Td>
              <Table.Td>
                {activity.seatsTaken}
                {activity.capacity !== null ? ` / ${activity.capacity}` : ''}
              </Table.Td>
              <Table.Td>{activity.waitlisted}</Table.Td>
              <Table.Td>
                <StatusBadge status={activity.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
    </Stack>
  );
}

function NewActivity({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const centers = useMyCenters();
  const [centerId, setCenterId] = useState('');
  const effectiveCenter = centerId || centers.data?.[0]?.id || '';
  const rooms = useRooms(effectiveCenter || undefined);
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => post<Activity>('/api/activities', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      navigate(`/console/activities/${created.id}`);
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim();
    const date = value('date');
    create.mutate({
      centerId: effectiveCenter,
      kind: value('kind'),
      title: value('title'),
      description: value('description') || null,
      start: date && value('startTime') ? zonedIso(date, value('startTime')) : '',
      end: date && value('endTime') ? zonedIso(date, value('endTime')) : '',
      roomId: value('roomId') || null,
      capacity: value('capacity') ? Number(value('capacity')) : undefined,
      published: form.get('published') === 'on',
      override: form.get('override') === 'on',
    });
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-activity">
      <Title order={2} id="new-activity" mb="sm">
        {t('activities.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorMessage error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CenterSelect value={effectiveCenter} onChange={setCenterId} />
            <NativeSelect
              name="kind"
              label={t('common.kind')}
              data={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.activity.${kind}`) }))}
            />
            <TextInput
              name="title"
              label={t('common.title')}
              required
              error={fieldError(create.error, 'title')}
            />
            <NativeSelect
              name="roomId"
              label={t('common.room')}
              data={[
                { value: '', label: t('activities.noRoom') },
                ...(rooms.data ?? [])
                  .filter((room) => room.active)
                  .map((room) => ({ value: room.id, label: `${room.name} (${room.capacity})` })),
              ]}
            />
            <TextInput
              name="date"
              type="date"
              label={t('common.date')}
              required
              defaultValue={today()}
              error={fieldError(create.error, 'start')}
            />
            <Group grow>
              <TextInput
                name="startTime"
                type="time"
                label={t('common.from')}
                required
                defaultValue="10:00"
              />
              <TextInput
                name="endTime"
                type="time"
                label={t('common.to')}
                required
                defaultValue="12:00"
                error={fieldError(create.error, 'end')}
              />
            </Group>
            <NumberInput
              name="capacity"
              label={t('activities.capacity')}
              description={t('activities.capacityHelp')}
              min={1}
              allowDecimal={false}
              error={fieldError(create.error, 'capacity')}
            />
            <Textarea name="description" label={t('activities.description')} autosize minRows={2} />
          </SimpleGrid>
          <Checkbox name="published" label={t('activities.published')} defaultChecked />
          <Checkbox name="override" label={t('activities.override')} />
          <FormActions submitLabel={t('activities.create')} busy={create.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    </Card>
  );
}

/** One activity: registrations with the waiting list, check-in and attendance, the list to print, cancelling. */
export function ActivityPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const activity = useQuery({
    queryKey: ['activity', id],
    queryFn: () => get<ActivityDetail>(`/api/activities/${id}`),
  });
  const rooms = useRooms(activity.data?.centerId);
  const centers = useMyCenters();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['activity', id] });
    void queryClient.invalidateQueries({ queryKey: ['registrations', id] });
    void queryClient.invalidateQueries({ queryKey: ['check-in', id] });
    void queryClient.invalidateQueries({ queryKey: ['activities'] });
  };
  const item = activity.data;
  return (
    <Stack>
      <Anchor component={Link} to="/console/activities" size="sm">
        {t('activities.back')}
      </Anchor>
      <QueryState query={activity}>
        {item && (
          <>
            <PageTitle>{item.title}</PageTitle>
            <Notice message={notice} />
            <List size="sm" spacing={2}>
              <List.Item>
                {t('common.kind')}: {t(`kinds.activity.${item.kind}`)}
              </List.Item>
              <List.Item>
                {t('common.when')}: {formatRange(item.start, item.end)}
                {(item.sessions?.length ?? 0) > 1
                  ? ` (${t('activities.sessions', { count: item.sessions?.length })})`
                  : ''}
              </List.Item>
              <List.Item>
                {t('common.center')}: {centerNames(centers.data)[item.centerId] ?? ''}
                {item.roomId ? `, ${roomNames(rooms.data)[item.roomId] ?? ''}` : ''}
              </List.Item>
              <List.Item>
                {t('activities.seats')}: {item.seatsTaken}
                {item.capacity !== null ? ` / ${item.capacity}` : ` (${t('activities.unlimited')})`};{' '}
                {t('activities.waitlistCount', { count: item.waitlisted })}
              </List.Item>
              <List.Item>
                {t('common.status')}: <StatusBadge status={item.status} />
                {!item.published && ` (${t('activities.draft')})`}
                {item.cancelReason ? ` — ${item.cancelReason}` : ''}
              </List.Item>
              {item.feedback?.count ? (
                <List.Item>
                  {t('activities.feedback', {
                    count: item.feedback.count,
                    average: item.feedback.average?.toFixed(1),
                  })}
                </List.Item>
              ) : null}
            </List>
            <CheckInSection activity={item} onChange={refresh} onNotice={setNotice} />
            <RegistrationsSection activity={item} onChange={refresh} onNotice={setNotice} />
            {item.status !== 'cancelled' && (
              <CancelActivity activity={item} onDone={refresh} onNotice={setNotice} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

type SectionProps = { activity: ActivityDetail; onChange: () => void; onNotice: (message: string) => void };

function CheckInSection({ activity, onChange, onNotice }: SectionProps) {
  const { t } = useTranslation('console');
  const sessions = activity.sessions ?? [];
  const [sessionId, setSessionId] = useState('');
  const [walkIns, setWalkIns] = useState<number | string>('');
  const query = sessionId ? `?sessionId=${sessionId}` : '';
  const checkIn = useQuery({
    queryKey: ['check-in', activity.id, sessionId],
    queryFn: () => get<CheckIn>(`/api/activities/${activity.id}/check-in${query}`),
  });
  const view = checkIn.data;
  const session = view?.session;
  const mark = useMutation({
    mutationFn: (body: { registrationId: string; seats?: number; name: string }) =>
      post<CheckIn>(`/api/activities/${activity.id}/check-in`, {
        registrationId: body.registrationId,
        seats: body.seats,
        sessionId: session?.id,
      }),
    onSuccess: (_, body) => {
      onNotice(
        body.seats === 0
          ? t('checkIn.undone', { name: body.name })
          : t('checkIn.marked', { name: body.name }),
      );
      onChange();
    },
  });
  const record = useMutation({
    mutationFn: () =>
      post<CheckIn>(`/api/activities/${activity.id}/attendance`, {
        sessionId: session?.id,
        attended: (view?.registrations ?? [])
          .filter((registration) => (registration.attendedSeats ?? 0) > 0)
          .map((registration) => ({
            registrationId: registration.registrationId,
            seats: registration.attendedSeats,
          })),
        walkIns: Number(walkIns || session?.walkIns || 0),
      }),
    onSuccess: (answer) => {
      onNotice(t('checkIn.recorded', { count: answer.totals.participants }));
      onChange();
    },
  });
  const registered = (view?.registrations ?? []).filter(
    (registration) => registration.status === 'registered',
  );
  return (
    <Card withBorder component="section" aria-labelledby="check-in">
      <Title order={2} size="h3" id="check-in" mb="xs">
        {t('checkIn.title')}
      </Title>
      <Group align="end" mb="sm">
        {sessions.length > 1 && (
          <NativeSelect
            label={t('checkIn.session')}
            value={sessionId || session?.id || ''}
            onChange={(event) => setSessionId(event.currentTarget.value)}
            data={sessions.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.ordinal}. ${formatRange(candidate.start, candidate.end)}`,
            }))}
          />
        )}
        <Button
          component="a"
          variant="default"
          href={`/api/activities/${activity.id}/attendance.pdf${session ? `?sessionId=${session.id}` : ''}`}
          target="_blank"
          rel="noopener"
        >
          {t('checkIn.pdf')}
        </Button>
      </Group>
      <QueryState query={checkIn}>
        {view && session && (
          <>
            <Text size="sm" mb="xs">
              {t('checkIn.sessionInfo', { range: formatRange(session.start, session.end) })}
              {session.attendanceRecordedAt ? ` ${t('checkIn.alreadyRecorded')}` : ''}
            </Text>
            <DataTable
              caption={t('checkIn.caption', { title: activity.title })}
              headers={[t('common.beneficiary'), t('checkIn.seats'), t('checkIn.present'), '']}
              empty={registered.length === 0}
            >
              {registered.map((registration) => {
                const present = (registration.attendedSeats ?? 0) > 0;
                return (
                  <Table.Tr key={registration.registrationId}>
                    <Table.Th scope="row">{registration.beneficiaryName}</Table.Th>
                    <Table.Td>{registration.seats}</Table.Td>
                    <Table.Td>
                      {present
                        ? t('checkIn.presentSeats', { count: registration.attendedSeats ?? 0 })
                        : registration.noShow
                          ? t('checkIn.noShow')
                          : t('checkIn.notYet')}
                    </Table.Td>
                    <Table.Td>
                      {present ? (
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() =>
                            mark.mutate({
                              registrationId: registration.registrationId,
                              seats: 0,
                              name: registration.beneficiaryName,
                            })
                          }
                          aria-label={t('checkIn.undoLabel', { name: registration.beneficiaryName })}
                        >
                          {t('checkIn.undo')}
                        </Button>
                      ) : (
                        <Button
                          size="compact-sm"
                          onClick={() =>
                            mark.mutate({
                              registrationId: registration.registrationId,
                              name: registration.beneficiaryName,
                            })
                          }
                          aria-label={t('checkIn.markLabel', { name: registration.beneficiaryName })}
                        >
                          {t('checkIn.mark')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </DataTable>
            <Text size="sm" mt="xs" aria-live="polite">
              {t('checkIn.totals', {
                attended: view.totals.attendedSeats,
                registered: view.totals.registeredSeats,
                walkIns: view.totals.walkIns,
                participants: view.totals.participants,
              })}
            </Text>
            <ErrorMessage error={mark.error ?? record.error} />
            <form
              onSubmit={(event) => {
                event.preventDefault();
                record.mutate();
              }}
            >
              <Group align="end" mt="sm">
                <NumberInput
                  label={t('checkIn.walkIns')}
                  min={0}
                  allowDecimal={false}
                  value={walkIns === '' ? session.walkIns : walkIns}
                  onChange={setWalkIns}
                  error={fieldError(record.error, 'walkIns')}
                  w={200}
                />
                <Button type="submit" loading={record.isPending}>
                  {t('checkIn.record')}
                </Button>
              </Group>
            </form>
          </>
        )}
      </QueryState>
    </Card>
  );
}

function RegistrationsSection({ activity, onChange, onNotice }: SectionProps) {
  const { t } = useTranslation('console');
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [seats, setSeats] = useState<number | string>(1);
  const registrations = useQuery({
    queryKey: ['registrations', activity.id],
    queryFn: () => getAll<Registration>(`/api/activities/${activity.id}/registrations`),
  });
  const register = useMutation({
    mutationFn: () =>
      post<Registration>(`/api/activities/${activity.id}/registrations`, {
        beneficiaryId,
        seats: Number(seats) || 1,
      }),
    onSuccess: (registration) => {
      onNotice(
        registration.status === 'waitlisted'
          ? t('registrations.waitlisted', {
              name: registration.beneficiaryName,
              position: registration.position,
            })
          : t('registrations.registered', { name: registration.beneficiaryName }),
      );
      setBeneficiaryId('');
      onChange();
    },
  });
  const cancel = useMutation({
    mutationFn: (registration: Registration) =>
      post<Registration & { promoted: string[] }>(
        `/api/activities/${activity.id}/registrations/${registration.id}/cancel`,
      ),
    onSuccess: (answer) => {
      onNotice(t('registrations.cancelled', { name: answer.beneficiaryName, count: answer.promoted.length }));
      onChange();
    },
  });
  const items = registrations.data ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="registrations">
      <Title order={2} size="h3" id="registrations" mb="xs">
        {t('registrations.title')}
      </Title>
      <QueryState query={registrations}>
        <DataTable
          caption={t('registrations.caption', { title: activity.title })}
          headers={[
            t('common.beneficiary'),
            t('checkIn.seats'),
            t('common.status'),
            t('registrations.position'),
            t('registrations.at'),
            '',
          ]}
          empty={items.length === 0}
        >
          {items.map((registration) => (
            <Table.Tr key={registration.id}>
              <Table.Td>{registration.beneficiaryName}</Table.Td>
              <Table.Td>{registration.seats}</Table.Td>
              <Table.Td>
                <StatusBadge status={registration.status} />
              </Table.Td>
              <Table.Td>{registration.position ?? '—'}</Table.Td>
              <Table.Td>{formatDateTime(registration.createdAt)}</Table.Td>
              <Table.Td>
                {registration.status !== 'cancelled' && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => cancel.mutate(registration)}
                    aria-label={t('registrations.cancelLabel', { name: registration.beneficiaryName })}
                  >
                    {t('common.cancelAction')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
      {activity.status !== 'cancelled' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            register.mutate();
          }}
        >
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('registrations.add')}
          </Title>
          <Group align="end">
            <BeneficiaryPicker
              value={beneficiaryId}
              onChange={setBeneficiaryId}
              error={fieldError(register.error, 'beneficiaryId')}
            />
            <NumberInput
              label={t('checkIn.seats')}
              min={1}
              allowDecimal={false}
              value={seats}
              onChange={setSeats}
              w={120}
              error={fieldError(register.error, 'seats')}
            />
            <Button type="submit" disabled={!beneficiaryId} loading={register.isPending}>
              {t('registrations.register')}
            </Button>
          </Group>
        </form>
      )}
      <ErrorMessage error={register.error ?? cancel.error} />
    </Card>
  );
}

function CancelActivity({
  activity,
  onDone,
  onNotice,
}: {
  activity: Activity;
  onDone: () => void;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation('console');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      post<Activity>(`/api/activities/${activity.id}/cancel`, { reason: reason || undefined }),
    onSuccess: () => {
      setOpen(false);
      onNotice(t('activities.cancelled'));
      onDone();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="cancel-activity">
      <Title order={2} size="h3" id="cancel-activity" mb="xs">
        {t('activities.cancelTitle')}
      </Title>
      {!open ? (
        <Button color="red" variant="outline" onClick={() => setOpen(true)} w="fit-content">
          {t('activities.cancel')}
        </Button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            cancel.mutate();
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t('activities.cancelWarning', { count: activity.seatsTaken + activity.waitlisted })}
            </Text>
            <Textarea
              label={t('activities.cancelReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" color="red" loading={cancel.isPending}>
                {t('activities.confirmCancel')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.back')}
              </Button>
            </Group>
            <ErrorMessage error={cancel.error} />
          </Stack>
        </form>
      )}
    </Card>
  );
}

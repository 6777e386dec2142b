import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, type Page, patch, post } from '../../api/client.ts';
import type { Appointment, Engagement, EngagementDetail, Goal } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { getAll } from '../lib/fetch-all.ts';
import { useAdvisors } from '../lib/hooks.ts';
import {
  DataTable,
  ErrorMessage,
  fieldError,
  formatRange,
  Notice,
  PageTitle,
  QueryState,
  StatusBadge,
} from '../lib/ui.tsx';
import { AdvisorCalendar } from './AdvisorsPage.tsx';

/** The signed-in advisor's profile (whoever has one acts as that advisor). */
function useMyAdvisor() {
  const { user } = useAuth();
  const advisors = useAdvisors();
  return { ...advisors, advisor: advisors.data?.find((advisor) => advisor.userId === user?.id) };
}

function NoProfile() {
  const { t } = useTranslation('console');
  return (
    <Alert color="yellow" variant="light" title={t('advisor.noProfileTitle')}>
      <Text size="sm" c="dark">
        {t('advisor.noProfile')}
      </Text>
    </Alert>
  );
}

/** Own availability: add and remove windows. */
export function MyAvailabilityPage() {
  const { t } = useTranslation('console');
  const mine = useMyAdvisor();
  return (
    <Stack>
      <PageTitle>{t('advisor.availabilityTitle')}</PageTitle>
      <QueryState query={mine}>
        {mine.advisor ? <AdvisorCalendar advisor={mine.advisor} /> : <NoProfile />}
      </QueryState>
    </Stack>
  );
}

/** Own appointments: complete with notes, cancel, no-show. */
export function MyAppointmentsPage() {
  const { t } = useTranslation('console');
  const mine = useMyAdvisor();
  const [which, setWhich] = useState<'booked' | 'all'>('booked');
  const [notice, setNotice] = useState<string | null>(null);
  const appointments = useQuery({
    queryKey: ['appointments', 'mine', mine.advisor?.id, which],
    enabled: !!mine.advisor,
    queryFn: () =>
      getAll<Appointment>(
        `/api/appointments?advisorId=${mine.advisor?.id}${which === 'booked' ? '&status=booked' : ''}`,
        3,
      ),
  });
  const items = [...(appointments.data ?? [])].sort((a, b) =>
    which === 'booked' ? a.start.localeCompare(b.start) : b.start.localeCompare(a.start),
  );
  return (
    <Stack>
      <PageTitle>{t('advisor.appointmentsTitle')}</PageTitle>
      <Notice message={notice} />
      <QueryState query={mine}>
        {!mine.advisor ? (
          <NoProfile />
        ) : (
          <>
            <div>
              <Text size="sm" fw={500} id="appointments-which">
                {t('advisor.show')}
              </Text>
              <SegmentedControl
                aria-labelledby="appointments-which"
                value={which}
                onChange={(value) => setWhich(value as 'booked' | 'all')}
                data={[
                  { value: 'booked', label: t('advisor.booked') },
                  { value: 'all', label: t('advisor.all') },
                ]}
              />
            </div>
            <QueryState query={appointments}>
              {items.length === 0 && <Text>{t('common.empty')}</Text>}
              <Stack>
                {items.map((appointment) => (
                  <AppointmentCard key={appointment.id} appointment={appointment} onNotice={setNotice} />
                ))}
              </Stack>
            </QueryState>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function AppointmentCard({
  appointment,
  onNotice,
}: {
  appointment: Appointment;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'none' | 'complete' | 'cancel' | 'notes'>('none');
  const [text, setText] = useState(appointment.notes ?? '');
  const done = (message: string) => {
    onNotice(message);
    setMode('none');
    void queryClient.invalidateQueries({ queryKey: ['appointments'] });
  };
  const action = useMutation({
    mutationFn: (kind: 'complete' | 'cancel' | 'no-show' | 'notes') =>
      kind === 'notes'
        ? patch<Appointment>(`/api/appointments/${appointment.id}`, { notes: text })
        : post<Appointment>(
            `/api/appointments/${appointment.id}/${kind}`,
            kind === 'complete'
              ? { notes: text || undefined }
              : kind === 'cancel'
                ? { reason: text || undefined }
                : {},
          ),
    onSuccess: (_, kind) => done(t(`advisor.done.${kind}`, { topic: appointment.topic })),
  });
  const id = `appointment-${appointment.id}`;
  const started = new Date(appointment.start) <= new Date();
  return (
    <Card withBorder component="article" aria-labelledby={id}>
      <Group justify="space-between">
        <Title order={2} size="h4" id={id}>
          {formatRange(appointment.start, appointment.end)} · {appointment.beneficiaryName}
        </Title>
        <StatusBadge status={appointment.status} />
      </Group>
      <Text size="sm">
        {t(`kinds.appointment.${appointment.kind}`)}: {appointment.topic}
      </Text>
      {appointment.notes && (
        <Text size="sm" mt="xs">
          {t('advisor.notes')}: {appointment.notes}
        </Text>
      )}
      <Group mt="sm">
        {appointment.status === 'booked' && (
          <>
            <Button
              size="compact-sm"
              onClick={() => setMode('complete')}
              disabled={!started}
              aria-expanded={mode === 'complete'}
            >
              {t('advisor.complete')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => action.mutate('no-show')}
              disabled={!started}
            >
              {t('advisor.noShow')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setMode('cancel')}
              aria-expanded={mode === 'cancel'}
            >
              {t('common.cancelAction')}
            </Button>
          </>
        )}
        {appointment.status === 'completed' && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setMode('notes')}
            aria-expanded={mode === 'notes'}
          >
            {t('advisor.editNotes')}
          </Button>
        )}
      </Group>
      {!started && appointment.status === 'booked' && (
        <Text size="xs" mt={4}>
          {t('advisor.notStarted')}
        </Text>
      )}
      {mode !== 'none' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            action.mutate(mode);
          }}
        >
          <Stack gap="xs" mt="sm">
            <Textarea
              label={mode === 'cancel' ? t('advisor.cancelReason') : t('advisor.notes')}
              description={mode === 'cancel' ? undefined : t('advisor.notesPrivate')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={3}
              error={fieldError(action.error, mode === 'cancel' ? 'reason' : 'notes')}
            />
            <Group>
              <Button type="submit" loading={action.isPending} color={mode === 'cancel' ? 'red' : undefined}>
                {t(`advisor.confirm.${mode}`)}
              </Button>
              <Button variant="default" onClick={() => setMode('none')}>
                {t('common.back')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ErrorMessage error={action.error} />
    </Card>
  );
}

/** Coaching and mentoring engagements with their goals. */
export function EngagementsPage() {
  const { t } = useTranslation('console');
  const mine = useMyAdvisor();
  const [chosen, setChosen] = useState('');
  const engagements = useQuery({
    queryKey: ['engagements', mine.advisor?.id],
    enabled: !!mine.advisor,
    queryFn: () => get<Page<Engagement>>(`/api/engagements?advisorId=${mine.advisor?.id}&limit=200`),
  });
  const items = engagements.data?.items ?? [];
  const current = chosen || items[0]?.id || '';
  return (
    <Stack>
      <PageTitle>{t('advisor.engagementsTitle')}</PageTitle>
      <QueryState query={mine}>
        {!mine.advisor ? (
          <NoProfile />
        ) : (
          <QueryState query={engagements}>
            <DataTable
              caption={t('advisor.engagementsCaption')}
              headers={[t('common.beneficiary'), t('common.kind'), t('common.title'), t('common.status'), '']}
              empty={items.length === 0}
            >
              {items.map((engagement) => (
                <Table.Tr key={engagement.id}>
                  <Table.Th scope="row" fw={500}>
                    {engagement.beneficiaryName}
                  </Table.Th>
                  <Table.Td>{t(`kinds.appointment.${engagement.kind}`)}</Table.Td>
                  <Table.Td>{engagement.title ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={engagement.status} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant={engagement.id === current ? 'filled' : 'default'}
                      aria-pressed={engagement.id === current}
                      onClick={() => setChosen(engagement.id)}
                    >
                      {t('advisor.goals')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {current && <EngagementGoals id={current} />}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}

function EngagementGoals({ id }: { id: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const engagement = useQuery({
    queryKey: ['engagement', id],
    queryFn: () => get<EngagementDetail>(`/api/engagements/${id}`),
  });
  const update = (answer: EngagementDetail, message: string) => {
    queryClient.setQueryData(['engagement', id], answer);
    void queryClient.invalidateQueries({ queryKey: ['engagements'] });
    setNotice(message);
  };
  const addGoal = useMutation({
    mutationFn: () => post<EngagementDetail>(`/api/engagements/${id}/goals`, { title }),
    onSuccess: (answer) => {
      setTitle('');
      update(answer, t('advisor.goalAdded'));
    },
  });
  const close = useMutation({
    mutationFn: () => post<EngagementDetail>(`/api/engagements/${id}/close`),
    onSuccess: (answer) => update(answer, t('advisor.closed')),
  });
  const item = engagement.data;
  return (
    <Card withBorder component="section" aria-labelledby="goals">
      <Title order={2} size="h3" id="goals" mb="xs">
        {t('advisor.goalsOf', { name: item?.beneficiaryName ?? '' })}
      </Title>
      <Notice message={notice} />
      <QueryState query={engagement}>
        {item && (
          <Stack>
            <DataTable
              caption={t('advisor.goalsCaption')}
              headers={[t('common.title'), t('advisor.progress'), t('common.status'), '']}
              empty={(item.goals?.length ?? 0) === 0}
            >
              {item.goals?.map((goal) => (
                <GoalRow
                  key={goal.id}
                  goal={goal}
                  engagementId={id}
                  closed={item.status === 'closed'}
                  onSaved={(a) => update(a, t('advisor.goalSaved'))}
                />
              ))}
            </DataTable>
            <DataTable
              caption={t('advisor.sessionsCaption')}
              headers={[t('common.when'), t('common.topic'), t('common.status')]}
              empty={(item.sessions?.length ?? 0) === 0}
            >
              {item.sessions?.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>{formatRange(session.start, session.end)}</Table.Td>
                  <Table.Td>{session.topic}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={session.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {item.status === 'active' && (
              <>
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    addGoal.mutate();
                  }}
                >
                  <Group align="end">
                    <TextInput
                      label={t('advisor.newGoal')}
                      value={title}
                      onChange={(event) => setTitle(event.currentTarget.value)}
                      required
                      error={fieldError(addGoal.error, 'title')}
                      w={360}
                    />
                    <Button type="submit" loading={addGoal.isPending}>
                      {t('common.add')}
                    </Button>
                  </Group>
                </form>
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => close.mutate()}
                  loading={close.isPending}
                >
                  {t('advisor.close')}
                </Button>
              </>
            )}
            <ErrorMessage error={addGoal.error ?? close.error} />
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

function GoalRow({
  goal,
  engagementId,
  closed,
  onSaved,
}: {
  goal: Goal;
  engagementId: string;
  closed: boolean;
  onSaved: (answer: EngagementDetail) => void;
}) {
  const { t } = useTranslation('console');
  const [progress, setProgress] = useState<number | string>(goal.progress);
  const [status, setStatus] = useState(goal.status);
  const save = useMutation({
    mutationFn: () =>
      patch<EngagementDetail>(`/api/engagements/${engagementId}/goals/${goal.id}`, {
        progress: Number(progress),
        status,
      }),
    onSuccess: onSaved,
  });
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {goal.title}
      </Table.Th>
      <Table.Td>
        <NumberInput
          label={t('advisor.progressOf', { title: goal.title })}
          styles={{
            label: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
          }}
          min={0}
          max={100}
          suffix=" %"
          value={progress}
          onChange={setProgress}
          disabled={closed}
          w={110}
          error={fieldError(save.error, 'progress')}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          label={t('advisor.statusOf', { title: goal.title })}
          styles={{
            label: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
          }}
          value={status}
          disabled={closed}
          onChange={(event) => setStatus(event.currentTarget.value as Goal['status'])}
          data={(['open', 'achieved', 'dropped'] as const).map((value) => ({
            value,
            label: t(`status.${value}`),
          }))}
        />
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" onClick={() => save.mutate()} disabled={closed} loading={save.isPending}>
          {t('common.save')}
        </Button>
        <ErrorMessage error={save.error} />
      </Table.Td>
    </Table.Tr>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { read, send } from '../api/client.ts';
import type { ActivityDetail as Activity, Registration } from '../api/types.ts';
import { useAuth } from '../app/auth.tsx';
import { formatDateTime } from '../app/i18n.ts';
import { KindAndSeats, useWhen } from './shared/activities.tsx';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from './shared/forms.tsx';
import { useCenters, useMyBeneficiaries, useRooms } from './shared/queries.ts';
import { ErrorNote, Page, QueryView, StatusBadge } from './shared/ui.tsx';

/** One activity: when, where, seats, and registration for signed-in members. */
/** The choice of registering oneself as a private person, whose record is made on the way. */
const MYSELF = 'myself';

export function ActivityPage() {
  const { activityId = '' } = useParams();
  const { t } = useTranslation('public');
  const activity = useQuery({
    queryKey: ['activity', activityId],
    queryFn: () => read('/api/activities/{id}', { params: { path: { id: activityId } } }),
  });
  return (
    <Page title={activity.data?.title ?? t('calendar.title')}>
      <QueryView query={activity}>{(data) => <ActivityDetails activity={data} />}</QueryView>
      <Text>
        <Anchor component={Link} to="/calendar">
          {t('activity.back')}
        </Anchor>
      </Text>
    </Page>
  );
}

function ActivityDetails({ activity }: { activity: Activity }) {
  const { t } = useTranslation('public');
  const when = useWhen();
  const centers = useCenters();
  const rooms = useRooms(activity.centerId);
  const center = centers.data?.find((candidate) => candidate.id === activity.centerId);
  const room = rooms.data?.find((candidate) => candidate.id === activity.roomId);
  const sessions = activity.sessions ?? [];
  return (
    <Stack gap="md">
      <KindAndSeats activity={activity} />
      {activity.status === 'cancelled' && (
        <Alert color="red" title={t('calendar.cancelled')}>
          {t('activity.cancelledBecause', { reason: activity.cancelReason ?? '' })}
        </Alert>
      )}
      <dl className="facts">
        <dt>{t('activity.when')}</dt>
        <dd>
          {sessions.length > 1 ? (
            <List size="sm">
              {sessions.map((session) => (
                <List.Item key={session.id}>{when(session.start, session.end)}</List.Item>
              ))}
            </List>
          ) : (
            when(activity.start, activity.end)
          )}
        </dd>
        <dt>{t('activity.where')}</dt>
        <dd>
          {room ? (
            <>
              <Anchor component={Link} to={`/rooms/${room.id}`}>
                {room.name}
              </Anchor>
              {', '}
            </>
          ) : null}
          {center ? `${center.name}, ${center.address}` : ''}
        </dd>
        {activity.audience && (
          <>
            <dt>{t('activity.audience')}</dt>
            <dd>{activity.audience}</dd>
          </>
        )}
        <dt>{t('activity.seats')}</dt>
        <dd>
          {activity.capacity === null
            ? t('calendar.unlimited')
            : `${t('activity.capacity', { count: activity.capacity })} (${t('activity.taken', {
                count: activity.seatsTaken,
              })}${activity.waitlisted > 0 ? `; ${t('activity.waiting', { count: activity.waitlisted })}` : ''})`}
        </dd>
        <dt>{t('activity.registrationPeriod')}</dt>
        <dd>
          {activity.registrationOpensAt && new Date(activity.registrationOpensAt) > new Date()
            ? t('activity.registrationOpens', { date: formatDateTime(activity.registrationOpensAt) })
            : t('activity.registrationCloses', { date: formatDateTime(activity.registrationClosesAt) })}
        </dd>
      </dl>
      {activity.description && (
        <section aria-labelledby="activity-about">
          <Title order={2} id="activity-about" mb="xs">
            {t('activity.about')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{activity.description}</Text>
        </section>
      )}
      <Registrations activity={activity} />
    </Stack>
  );
}

function registrationOpen(activity: Activity) {
  const now = new Date();
  return (
    activity.status === 'scheduled' &&
    (!activity.registrationOpensAt || new Date(activity.registrationOpensAt) <= now) &&
    new Date(activity.registrationClosesAt) > now
  );
}

function Registrations({ activity }: { activity: Activity }) {
  const { t } = useTranslation('public');
  const { user } = useAuth();
  const location = useLocation();
  return (
    <section aria-labelledby="activity-registration">
      <Stack gap="sm">
        <Title order={2} id="activity-registration">
          {t('activity.register')}
        </Title>
        {!user ? (
          <Group>
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t('activity.signInToRegister')}
            </Button>
          </Group>
        ) : (
          <>
            <MyRegistrations activity={activity} />
            {registrationOpen(activity) ? (
              <RegisterForm activity={activity} />
            ) : (
              <Text>{t('activity.notOpen')}</Text>
            )}
          </>
        )}
      </Stack>
    </section>
  );
}

function MyRegistrations({ activity }: { activity: Activity }) {
  const { t } = useTranslation('public');
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const registrations = useQuery({
    queryKey: ['registrations', activity.id],
    queryFn: () =>
      read('/api/activities/{id}/registrations', {
        params: { path: { id: activity.id }, query: { limit: 200 } },
      }),
  });
  const cancel = useMutation({
    mutationFn: (registration: Registration) =>
      send('post', '/api/activities/{id}/registrations/{regId}/cancel', {
        params: { path: { id: activity.id, regId: registration.id } },
        body: {},
      }),
    onSuccess: (registration) => {
      setMessage(t('activity.cancelled', { name: registration.beneficiaryName }));
      void queryClient.invalidateQueries({ queryKey: ['registrations'] });
      void queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
      void queryClient.invalidateQueries({ queryKey: ['my-registrations'] });
    },
  });
  const active = (registrations.data?.items ?? []).filter(
    (registration) => registration.status !== 'cancelled',
  );
  return (
    <>
      <div role="status">
        {message && (
          <Alert color="green" variant="light">
            {message}
          </Alert>
        )}
      </div>
      {cancel.error && <ErrorNote error={cancel.error} />}
      {active.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            {t('activity.yourRegistrations')}
          </Title>
          <Stack gap="xs" component="ul" className="plain-list">
            {active.map((registration) => (
              <Group component="li" key={registration.id} justify="space-between" wrap="wrap">
                <Group gap="xs">
                  <Text fw={500}>{registration.beneficiaryName}</Text>
                  <StatusBadge status={registration.status}>
                    {t(`registrationStatus.${registration.status}`)}
                  </StatusBadge>
                  {registration.status === 'waitlisted' && registration.position !== null && (
                    <Text size="sm">{t('activity.position', { position: registration.position })}</Text>
                  )}
                  <Text size="sm">{t('people', { count: registration.seats })}</Text>
                </Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => cancel.mutate(registration)}
                  loading={cancel.isPending && cancel.variables?.id === registration.id}
                >
                  {t('activity.cancelRegistration', { name: registration.beneficiaryName })}
                </Button>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
    </>
  );
}

function RegisterForm({ activity }: { activity: Activity }) {
  const { t } = useTranslation('public');
  const queryClient = useQueryClient();
  const location = useLocation();
  const { user } = useAuth();
  const beneficiaries = useMyBeneficiaries();
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [seats, setSeats] = useState('1');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = { beneficiaryId: t('activity.who'), seats: t('activity.seatsField') };

  if (beneficiaries.isPending) return null;
  const list = beneficiaries.data ?? [];
  // Registering oneself needs no form first: the record of a private person is made on the way.
  const hasSelf = list.some((beneficiary) => beneficiary.kind === 'individual');
  async function registerMyself() {
    setBusy(true);
    setErrors({});
    try {
      const me = await send('post', '/api/beneficiaries', {
        body: { kind: 'individual', name: user?.name ?? '' },
      });
      await register(me.id);
      void queryClient.invalidateQueries({ queryKey: ['my-beneficiaries'] });
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['beneficiaryId', 'seats']));
    } finally {
      setBusy(false);
    }
  }
  if (list.length === 0) {
    return (
      <Stack gap="xs">
        <div role="status">
          {result && (
            <Alert color="green" variant="light" maw={560}>
              {result}
            </Alert>
          )}
        </div>
        <Text>{t('activity.needBeneficiary')}</Text>
        {errors[''] && <Text c="red.9">{errors['']}</Text>}
        <Group>
          <Button onClick={registerMyself} loading={busy}>
            {t('activity.registerMyself', { name: user?.name ?? '' })}
          </Button>
          <Button
            component={Link}
            to={`/my/organizations/new?next=${encodeURIComponent(location.pathname)}`}
            variant="light"
          >
            {t('activity.addBeneficiary')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const chosen = beneficiaryId || list[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen === MYSELF) {
      await registerMyself();
      return;
    }
    setBusy(true);
    setResult(null);
    setErrors({});
    try {
      await register(chosen);
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['beneficiaryId', 'seats']));
    } finally {
      setBusy(false);
    }
  }

  async function register(id: string) {
    const registration = await send('post', '/api/activities/{id}/registrations', {
      params: { path: { id: activity.id } },
      body: {
        beneficiaryId: id,
        seats: Number(seats) || 1,
      },
    });
    setResult(
      registration.status === 'waitlisted'
        ? t('activity.waitlisted', { name: registration.beneficiaryName, position: registration.position })
        : t('activity.registered', { name: registration.beneficiaryName }),
    );
    void queryClient.invalidateQueries({ queryKey: ['registrations', activity.id] });
    void queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
    void queryClient.invalidateQueries({ queryKey: ['my-registrations'] });
  }

  return (
    <Stack gap="sm">
      <div role="status">
        {result && (
          <Alert color="green" variant="light" maw={560}>
            {result}
          </Alert>
        )}
      </div>
      <Paper withBorder p="md" maw={560}>
        <form onSubmit={submit} noValidate aria-label={t('activity.register')}>
          <Stack>
            <ErrorSummary errors={errors} labels={labels} idPrefix="register" />
            <NativeSelect
              id="register-beneficiaryId"
              label={labels.beneficiaryId}
              value={chosen}
              onChange={(event) => setBeneficiaryId(event.currentTarget.value)}
              data={[
                ...list.map((beneficiary) => ({
                  value: beneficiary.id,
                  label: `${beneficiary.name} (${t(`beneficiaryKinds.${beneficiary.kind}`)})`,
                })),
                ...(hasSelf
                  ? []
                  : [{ value: MYSELF, label: t('activity.myselfOption', { name: user?.name ?? '' }) }]),
              ]}
              error={errors.beneficiaryId}
            />
            <TextInput
              id="register-seats"
              type="number"
              inputMode="numeric"
              label={labels.seats}
              description={t('activity.seatsHint')}
              min={1}
              max={activity.capacity ?? 1000}
              step={1}
              value={seats}
              onChange={(event) => setSeats(event.currentTarget.value)}
              error={errors.seats}
              maw={200}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('activity.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post, send } from '../../../api/client.ts';
import type { ActivityDetail, CheckIn } from '../../../api/types.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import { ErrorMessage, fieldError, formatRange, QueryState } from '../../lib/ui.tsx';

export type SectionProps = {
  activity: ActivityDetail;
  onChange: () => void;
  onNotice: (message: string) => void;
};

export function CheckInSection({ activity, onChange, onNotice }: SectionProps) {
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
      send('post', '/api/activities/{id}/check-in', {
        params: { path: { id: activity.id } },
        body: {
          registrationId: body.registrationId,
          seats: body.seats,
          sessionId: session?.id,
        },
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
  const [search, setSearch] = useState('');
  const registered = (view?.registrations ?? []).filter(
    (registration) => registration.status === 'registered',
  );
  // A name typed at the door finds the person whatever the case or Polish letters.
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .toLowerCase();
  const shown = registered.filter((registration) =>
    fold(registration.beneficiaryName).includes(fold(search.trim())),
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
            {!view.open && (
              <Alert color="yellow" variant="light" mb="xs">
                <Text size="sm" c="dark">
                  {t('checkIn.opensAt', { when: formatDateTime(view.opensAt) })}
                </Text>
              </Alert>
            )}
            <TextInput
              type="search"
              label={t('checkIn.search')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              mb="xs"
              maw={360}
            />
            {shown.length === 0 ? (
              <Text size="sm">{registered.length === 0 ? t('common.empty') : t('checkIn.noMatch')}</Text>
            ) : (
              <Stack
                component="ul"
                gap={6}
                aria-label={t('checkIn.caption', { title: activity.title })}
                p={0}
                m={0}
              >
                {shown.map((registration) => {
                  const present = (registration.attendedSeats ?? 0) > 0;
                  return (
                    <Paper
                      component="li"
                      key={registration.registrationId}
                      withBorder
                      p="xs"
                      style={{ listStyle: 'none' }}
                    >
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <div style={{ minWidth: 0, flex: '1 1 12rem' }}>
                          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                            {registration.beneficiaryName}
                          </Text>
                          <Text size="sm">
                            {t('checkIn.seats')}: {registration.seats} ·{' '}
                            {present
                              ? t('checkIn.presentSeats', { count: registration.attendedSeats ?? 0 })
                              : registration.noShow
                                ? t('checkIn.noShow')
                                : t('checkIn.notYet')}
                          </Text>
                        </div>
                        {present ? (
                          <Button
                            size="md"
                            variant="default"
                            disabled={!view.open}
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
                            size="md"
                            disabled={!view.open}
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
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
            )}
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
                <Button type="submit" size="md" loading={record.isPending} disabled={!view.open}>
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

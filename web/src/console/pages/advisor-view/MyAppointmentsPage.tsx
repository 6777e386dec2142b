import { Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, send } from '../../../api/client.ts';
import type { Appointment } from '../../../api/types.ts';
import { getAll } from '../../lib/fetch-all.ts';
import {
  ErrorMessage,
  fieldError,
  formatRange,
  Notice,
  PageTitle,
  QueryState,
  StatusBadge,
} from '../../lib/ui.tsx';
import { NoProfile, useMyAdvisor } from './my-advisor.tsx';

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

export function AppointmentCard({
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
        ? send('patch', '/api/appointments/{id}', {
            params: { path: { id: appointment.id } },
            body: { notes: text },
          })
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

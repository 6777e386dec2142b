import { Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post, read } from '../../api/client.ts';
import type { Advisor, Appointment, AdvisorAvailability as Availability } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { getAll } from '../lib/fetch-all.ts';
import { centerNames, useAdvisors, useCenters } from '../lib/hooks.ts';
import { addDays, dayRange, today, zonedIso } from '../lib/time.ts';
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

/** Advisors' calendars: each advisor's availability windows and appointments. */
export function AdvisorsPage() {
  const { t } = useTranslation('console');
  const { user, has } = useAuth();
  const advisors = useAdvisors();
  const mine = (advisors.data ?? []).filter(
    (advisor) =>
      advisor.active && (has('admin') || advisor.centerIds.some((id) => user?.centerIds.includes(id))),
  );
  const [chosen, setChosen] = useState('');
  const advisor = mine.find((candidate) => candidate.id === chosen) ?? mine[0];
  return (
    <Stack>
      <PageTitle>{t('advisors.title')}</PageTitle>
      <QueryState query={advisors}>
        {mine.length === 0 ? (
          <Text>{t('advisors.none')}</Text>
        ) : (
          <>
            <DataTable
              caption={t('advisors.caption')}
              headers={[t('common.name'), t('advisors.specialties'), t('common.center'), '']}
            >
              {mine.map((candidate) => (
                <AdvisorRow
                  key={candidate.id}
                  advisor={candidate}
                  current={candidate.id === advisor?.id}
                  onChoose={setChosen}
                />
              ))}
            </DataTable>
            {advisor && <AdvisorCalendar advisor={advisor} staff />}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function AdvisorRow({
  advisor,
  current,
  onChoose,
}: {
  advisor: Advisor;
  current: boolean;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation('console');
  const centers = useCenters();
  const names = centerNames(centers.data);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {advisor.name}
      </Table.Th>
      <Table.Td>
        {advisor.specialties.map((s) => t(`specialties.${s}`, { defaultValue: s })).join(', ')}
      </Table.Td>
      <Table.Td>{advisor.centerIds.map((id) => names[id]).join(', ')}</Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant={current ? 'filled' : 'default'}
          aria-pressed={current}
          onClick={() => onChoose(advisor.id)}
          aria-label={t('advisors.showCalendar', { name: advisor.name })}
        >
          {t('advisors.calendar')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** An advisor's windows (add, remove) and appointments over four weeks; shared by staff and the advisor. */
export function AdvisorCalendar({ advisor, staff }: { advisor: Advisor; staff?: boolean }) {
  const { t } = useTranslation('console');
  const [from, setFrom] = useState(today());
  const to = addDays(from, 27);
  const range = dayRange(from, to);
  const availability = useQuery({
    queryKey: ['availability', advisor.id, from],
    queryFn: () =>
      read('/api/advisors/{id}/availability', {
        params: { path: { id: advisor.id }, query: { from: range.from, to: range.to } },
      }),
  });
  const appointments = useQuery({
    queryKey: ['appointments', 'advisor', advisor.id, from],
    enabled: !!staff,
    queryFn: () =>
      getAll<Appointment>(
        `/api/appointments?advisorId=${advisor.id}&from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`,
      ),
  });
  return (
    <Stack>
      <Title order={2}>
        {staff ? t('advisors.calendarOf', { name: advisor.name }) : t('advisor.windows')}
      </Title>
      <TextInput
        type="date"
        label={t('advisors.from')}
        description={t('advisors.fourWeeks')}
        value={from}
        onChange={(event) => event.currentTarget.value && setFrom(event.currentTarget.value)}
        w={220}
      />
      <AvailabilityEditor advisor={advisor} availability={availability} />
      {staff && (
        <QueryState query={appointments}>
          <DataTable
            caption={t('advisors.appointmentsCaption', { name: advisor.name })}
            headers={[
              t('common.when'),
              t('common.beneficiary'),
              t('common.kind'),
              t('common.topic'),
              t('common.status'),
            ]}
            empty={(appointments.data?.length ?? 0) === 0}
          >
            {[...(appointments.data ?? [])]
              .sort((a, b) => a.start.localeCompare(b.start))
              .map((appointment) => (
                <Table.Tr key={appointment.id}>
                  <Table.Td>{formatRange(appointment.start, appointment.end)}</Table.Td>
                  <Table.Td>{appointment.beneficiaryName}</Table.Td>
                  <Table.Td>{t(`kinds.appointment.${appointment.kind}`)}</Table.Td>
                  <Table.Td>{appointment.topic}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={appointment.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
          </DataTable>
        </QueryState>
      )}
    </Stack>
  );
}

function AvailabilityEditor({
  advisor,
  availability,
}: {
  advisor: Advisor;
  availability: { data?: Availability; isPending: boolean; error: unknown };
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const centers = useCenters();
  const names = centerNames(centers.data);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['availability', advisor.id] });
  const add = useMutation({
    mutationFn: (body: { start: string; end: string; centerId: string }) =>
      post(`/api/advisors/${advisor.id}/availability`, body),
    onSuccess: () => {
      setNotice(t('advisor.windowAdded'));
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (windowId: string) => del(`/api/advisors/${advisor.id}/availability/${windowId}`),
    onSuccess: () => {
      setNotice(t('advisor.windowRemoved'));
      void refresh();
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = String(form.get('date') ?? '');
    const start = String(form.get('start') ?? '');
    const end = String(form.get('end') ?? '');
    add.mutate({
      centerId: String(form.get('centerId') ?? ''),
      start: date && start ? zonedIso(date, start) : '',
      end: date && end ? zonedIso(date, end) : '',
    });
  }
  const windows = [...(availability.data?.windows ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <Card withBorder component="section" aria-labelledby={`windows-${advisor.id}`}>
      <Title order={3} size="h4" id={`windows-${advisor.id}`} mb="xs">
        {t('advisor.windows')}
      </Title>
      <Notice message={notice} />
      <QueryState query={availability}>
        <DataTable
          caption={t('advisor.windowsCaption', { name: advisor.name })}
          headers={[t('common.when'), t('common.center'), t('advisor.busy'), '']}
          empty={windows.length === 0}
        >
          {windows.map((window) => {
            const busy = (availability.data?.busy ?? []).filter(
              (slot) => slot.start < window.end && window.start < slot.end,
            );
            return (
              <Table.Tr key={window.id}>
                <Table.Td>{formatRange(window.start, window.end)}</Table.Td>
                <Table.Td>{names[window.centerId] ?? ''}</Table.Td>
                <Table.Td>
                  {busy.length ? busy.map((slot) => formatRange(slot.start, slot.end)).join('; ') : '—'}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => remove.mutate(window.id)}
                    aria-label={t('advisor.removeWindow', { when: formatRange(window.start, window.end) })}
                  >
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      </QueryState>
      <form onSubmit={submit} noValidate>
        <Title order={4} size="h5" mt="md" mb="xs">
          {t('advisor.addWindow')}
        </Title>
        <Group align="end" wrap="wrap">
          <NativeSelect
            name="centerId"
            label={t('common.center')}
            data={advisor.centerIds.map((id) => ({ value: id, label: names[id] ?? id }))}
            error={fieldError(add.error, 'centerId')}
          />
          <TextInput name="date" type="date" label={t('common.date')} required defaultValue={today()} />
          <TextInput
            name="start"
            type="time"
            label={t('common.from')}
            required
            defaultValue="10:00"
            error={fieldError(add.error, 'start')}
          />
          <TextInput
            name="end"
            type="time"
            label={t('common.to')}
            required
            defaultValue="14:00"
            error={fieldError(add.error, 'end')}
          />
          <Button type="submit" loading={add.isPending}>
            {t('common.add')}
          </Button>
        </Group>
        <ErrorMessage error={add.error ?? remove.error} />
      </form>
    </Card>
  );
}

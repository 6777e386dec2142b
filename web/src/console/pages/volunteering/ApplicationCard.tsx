import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, read } from '../../../api/client.ts';
import type { Application } from '../../../api/types.ts';
import { today } from '../../lib/time.ts';
import { DataTable, ErrorMessage, fieldError, formatDay, QueryState, StatusBadge } from '../../lib/ui.tsx';

export function ApplicationCard({
  application,
  onDone,
}: {
  application: Application;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [showHours, setShowHours] = useState(false);
  const decide = useMutation({
    mutationFn: (verb: 'accept' | 'decline' | 'complete') =>
      post<Application>(
        `/api/applications/${application.id}/${verb}`,
        verb === 'decline' ? { reason: reason || undefined } : {},
      ),
    onSuccess: (_, verb) => {
      setDeclining(false);
      onDone(t(`volunteering.decided.${verb}`, { name: application.volunteerName }));
    },
  });
  const hours = useQuery({
    queryKey: ['hours', application.id],
    enabled: showHours,
    queryFn: () => read('/api/applications/{id}/hours', { params: { path: { id: application.id } } }),
  });
  const log = useMutation({
    mutationFn: (body: { date: string; hours: number; note?: string }) =>
      post(`/api/applications/${application.id}/hours`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['hours', application.id] });
      onDone(t('volunteering.hoursLogged', { name: application.volunteerName }));
    },
  });
  const id = `application-${application.id}`;
  const placed = application.status === 'accepted' || application.status === 'completed';
  return (
    <Card withBorder component="article" aria-labelledby={id}>
      <Group justify="space-between">
        <Title order={3} size="h4" id={id}>
          {application.volunteerName}
        </Title>
        <StatusBadge status={application.status} />
      </Group>
      {application.message && <Text size="sm">{application.message}</Text>}
      <Text size="sm">{t('volunteering.totalHours', { count: application.totalHours })}</Text>
      {application.decisionReason && (
        <Text size="sm">
          {t('volunteering.reason')}: {application.decisionReason}
        </Text>
      )}
      <Group mt="xs">
        {application.status === 'applied' && (
          <>
            <Button size="compact-sm" onClick={() => decide.mutate('accept')} loading={decide.isPending}>
              {t('volunteering.accept')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setDeclining(!declining)}
              aria-expanded={declining}
            >
              {t('volunteering.decline')}
            </Button>
          </>
        )}
        {application.status === 'accepted' && (
          <Button size="compact-sm" variant="default" onClick={() => decide.mutate('complete')}>
            {t('volunteering.complete')}
          </Button>
        )}
        {placed && (
          <>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setShowHours(!showHours)}
              aria-expanded={showHours}
            >
              {t('volunteering.hours')}
            </Button>
            <Anchor
              size="sm"
              href={`/api/applications/${application.id}/agreement.pdf`}
              target="_blank"
              rel="noopener"
            >
              {t('volunteering.agreement')}
            </Anchor>
            <Anchor
              size="sm"
              href={`/api/applications/${application.id}/certificate.pdf`}
              target="_blank"
              rel="noopener"
            >
              {t('volunteering.certificate')}
            </Anchor>
          </>
        )}
      </Group>
      {declining && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate('decline');
          }}
        >
          <Group align="end" mt="xs">
            <TextInput
              label={t('volunteering.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              w={360}
            />
            <Button type="submit" color="red">
              {t('volunteering.confirmDecline')}
            </Button>
          </Group>
        </form>
      )}
      <ErrorMessage error={decide.error} />
      {showHours && (
        <Stack mt="sm" gap="xs">
          <QueryState query={hours}>
            <DataTable
              caption={t('volunteering.hoursCaption', { name: application.volunteerName })}
              headers={[t('common.date'), t('volunteering.hoursCount'), t('volunteering.note')]}
              empty={(hours.data?.items.length ?? 0) === 0}
            >
              {hours.data?.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDay(entry.date)}</Table.Td>
                  <Table.Td>{entry.hours}</Table.Td>
                  <Table.Td>{entry.note ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </QueryState>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              log.mutate({
                date: String(form.get('date')),
                hours: Number(String(form.get('hours')).replace(',', '.')),
                note: String(form.get('note') ?? '') || undefined,
              });
            }}
            noValidate
          >
            <Group align="end" wrap="wrap">
              <TextInput
                name="date"
                type="date"
                label={t('common.date')}
                defaultValue={today()}
                required
                error={fieldError(log.error, 'date')}
              />
              <TextInput
                name="hours"
                label={t('volunteering.hoursCount')}
                description={t('volunteering.hoursHelp')}
                inputMode="decimal"
                required
                error={fieldError(log.error, 'hours')}
                w={160}
              />
              <TextInput name="note" label={t('volunteering.note')} />
              <Button type="submit" loading={log.isPending}>
                {t('volunteering.logHours')}
              </Button>
            </Group>
            <ErrorMessage error={log.error} />
          </form>
        </Stack>
      )}
    </Card>
  );
}

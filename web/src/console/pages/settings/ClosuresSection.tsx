import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read, send } from '../../../api/client.ts';
import type { Center } from '../../../api/types.ts';
import { today } from '../../lib/time.ts';
import { DataTable, formatDay, Notice, QueryState } from '../../lib/ui.tsx';
import {
  type FieldErrors,
  FormErrors,
  isCalendarDate,
  RequestError,
  SettingsSection,
  serverFieldErrors,
} from './shared.tsx';

const FIELDS = ['from', 'to', 'reason'] as const;
const MAX_REASON = 200;

type Closure = { id: string; from: string; to: string; reason: string };

/** Closures from today on (renovation, training days): the list, removing one, adding one. */
export function ClosuresSection({ center }: { center: Center }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const from = today();
  const closures = useQuery({
    queryKey: ['closures', center.id, from],
    queryFn: () =>
      read('/api/centers/{id}/closures', {
        params: { path: { id: center.id }, query: { from, limit: 200 } },
      }),
    select: (page) => page.items,
  });
  const refresh = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: ['closures', center.id] });
    void queryClient.invalidateQueries({ queryKey: ['days'] });
  };
  const remove = useMutation({
    mutationFn: (closure: Closure) =>
      send('delete', '/api/centers/{id}/closures/{closureId}', {
        params: { path: { id: center.id, closureId: closure.id } },
      }),
    onSuccess: (_, closure) => refresh(t('settings.closures.removed', { reason: closure.reason })),
  });
  const period = (closure: Closure) =>
    closure.from === closure.to
      ? formatDay(closure.from)
      : `${formatDay(closure.from)} – ${formatDay(closure.to)}`;

  return (
    <SettingsSection id="settings-closures" title={t('settings.closures.title')}>
      <Stack>
        <Text size="sm">{t('settings.closures.help')}</Text>
        <Notice message={notice} />
        <RequestError error={remove.error} />
        <QueryState query={closures}>
          {(closures.data?.length ?? 0) === 0 ? (
            <Text size="sm">{t('settings.closures.none')}</Text>
          ) : (
            <DataTable
              caption={t('settings.closures.caption')}
              headers={[t('settings.closures.period'), t('settings.closures.reason'), '']}
            >
              {closures.data?.map((closure) => (
                <Table.Tr key={closure.id}>
                  <Table.Td>{period(closure)}</Table.Td>
                  <Table.Td>{closure.reason}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={remove.isPending && remove.variables?.id === closure.id}
                      aria-label={t('settings.closures.removeOne', {
                        reason: closure.reason,
                        period: period(closure),
                      })}
                      onClick={() => remove.mutate(closure)}
                    >
                      {t('common.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </QueryState>
        <NewClosure
          centerId={center.id}
          onAdded={(closure) => refresh(t('settings.closures.added', { reason: closure.reason }))}
        />
      </Stack>
    </SettingsSection>
  );
}

function NewClosure({ centerId, onAdded }: { centerId: string; onAdded: (closure: Closure) => void }) {
  const { t } = useTranslation('console');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutation({
    mutationFn: (body: { from: string; to: string; reason: string }) =>
      send('post', '/api/centers/{id}/closures', { params: { path: { id: centerId } }, body }),
    onSuccess: (closure) => {
      setFrom('');
      setTo('');
      setReason('');
      onAdded(closure);
    },
    onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
  });
  const labels = {
    from: t('settings.closures.from'),
    to: t('settings.closures.to'),
    reason: t('settings.closures.reason'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    const until = to || from;
    if (!isCalendarDate(from)) found.from = t('settings.invalidDate');
    if (to && !isCalendarDate(to)) found.to = t('settings.invalidDate');
    else if (isCalendarDate(from) && until < from) found.to = t('settings.closures.toBeforeFrom');
    if (!reason.trim()) found.reason = t('settings.required');
    else if (reason.trim().length > MAX_REASON) found.reason = t('settings.tooLong', { max: MAX_REASON });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    add.mutate({ from, to: until, reason: reason.trim() });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-closure">
      <Stack gap="sm">
        <Title order={3} size="h4" id="new-closure">
          {t('settings.closures.new')}
        </Title>
        <FormErrors errors={errors} labels={labels} idPrefix="closure" />
        <RequestError error={add.error} />
        <Group align="flex-start">
          <TextInput
            id="closure-from"
            type="date"
            label={labels.from}
            value={from}
            required
            error={errors.from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            id="closure-to"
            type="date"
            label={labels.to}
            description={t('settings.closures.toHelp')}
            value={to}
            min={from || undefined}
            error={errors.to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </Group>
        <TextInput
          id="closure-reason"
          label={labels.reason}
          description={t('settings.closures.reasonHelp')}
          value={reason}
          required
          maxLength={MAX_REASON}
          error={errors.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Button type="submit" loading={add.isPending} w="fit-content">
          {t('settings.closures.add')}
        </Button>
      </Stack>
    </form>
  );
}

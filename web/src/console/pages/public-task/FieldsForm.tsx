import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, read, send } from '../../../api/client.ts';
import { ErrorMessage, fieldError, Notice } from '../../lib/ui.tsx';
import { ExpensesEditor } from './ExpensesEditor.tsx';
import type { Fields, Report } from './types.ts';

type TextField = Exclude<keyof Fields, 'expenses' | 'agreementDate'>;
const FIELD_ORDER: (keyof Fields)[] = [
  'agreementNumber',
  'agreementDate',
  'results',
  'actions',
  'deviations',
  'expenses',
  'otherIncome',
  'recipientPayments',
  'additionalInfo',
];

/**
 * What people write: the agreement's number and date, the narrative of Part I, the costs of
 * Part II, Part III. Only the fields changed here are sent, with the revision this page knows, so
 * an edit made elsewhere meanwhile is never overwritten unseen (409: load again).
 */
export function FieldsForm({ report }: { report: Report }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Fields>(report.fields);
  const [type, setType] = useState(report.type);
  const [notice, setNotice] = useState<string | null>(null);
  const changed = FIELD_ORDER.filter(
    (name) => JSON.stringify(fields[name]) !== JSON.stringify(report.fields[name]),
  );
  const save = useMutation({
    mutationFn: () =>
      send('patch', '/api/public-task-reports/{id}', {
        params: { path: { id: report.id } },
        body: {
          ...Object.fromEntries(
            changed.map((name) => {
              const value = fields[name];
              return [name, typeof value === 'string' && !value.trim() ? null : value];
            }),
          ),
          ...(type !== report.type ? { type } : {}),
          revision: report.revision,
        },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['public-task-report', report.id], saved);
      queryClient.invalidateQueries({ queryKey: ['public-task-reports'] });
      setFields(saved.fields);
      setNotice(t('publicTask.fields.saved'));
    },
  });
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: ['public-task-report', report.id],
      queryFn: () => read('/api/public-task-reports/{id}', { params: { path: { id: report.id } } }),
      staleTime: 0,
    });
    setFields(fresh.fields);
    setType(fresh.type);
    save.reset();
  };
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const set = (name: keyof Fields, value: Fields[keyof Fields]) => {
    setNotice(null);
    setFields((current) => ({ ...current, [name]: value }));
  };
  const text = (name: TextField, options: { help?: string; rows?: number } = {}) => (
    <Textarea
      label={t(`publicTask.fields.${name}`)}
      description={options.help}
      value={fields[name] ?? ''}
      onChange={(event) => set(name, event.currentTarget.value)}
      error={fieldError(save.error, name)}
      autosize
      minRows={options.rows ?? 3}
    />
  );
  const empty = (name: keyof Fields) => {
    const value = fields[name];
    return Array.isArray(value) ? value.length === 0 : !value?.trim();
  };
  return (
    <Card
      withBorder
      component="form"
      aria-labelledby="to-write"
      onSubmit={(event) => {
        event.preventDefault();
        setNotice(null);
        save.mutate();
      }}
    >
      <Stack>
        <Title order={2} size="h3" id="to-write">
          {t('publicTask.fields.title')}
        </Title>
        <Text size="sm">{t('publicTask.fields.lead')}</Text>
        <section aria-labelledby="checklist">
          <Title order={3} size="h5" id="checklist" mb={4}>
            {t('publicTask.fields.checklist')}
          </Title>
          <List size="sm">
            {FIELD_ORDER.map((name) => (
              <List.Item key={name}>
                {t(`publicTask.fields.${name}`)}:{' '}
                <strong>{empty(name) ? t('publicTask.fields.empty') : t('publicTask.fields.written')}</strong>
              </List.Item>
            ))}
          </List>
        </section>
        <Title order={3} size="h4">
          {t('publicTask.fields.header')}
        </Title>
        <Group align="flex-start">
          <TextInput
            label={t('publicTask.fields.agreementNumber')}
            value={fields.agreementNumber ?? ''}
            onChange={(event) => set('agreementNumber', event.currentTarget.value)}
            error={fieldError(save.error, 'agreementNumber')}
          />
          <TextInput
            type="date"
            label={t('publicTask.fields.agreementDate')}
            value={fields.agreementDate ?? ''}
            onChange={(event) => set('agreementDate', event.currentTarget.value || null)}
            error={fieldError(save.error, 'agreementDate')}
          />
          <NativeSelect
            label={t('publicTask.fields.type')}
            value={type}
            onChange={(event) => setType(event.currentTarget.value as Report['type'])}
            data={[
              { value: 'partial', label: t('publicTask.type.partial') },
              { value: 'final', label: t('publicTask.type.final') },
            ]}
          />
        </Group>
        <Title order={3} size="h4">
          {t('publicTask.fields.partOne')}
        </Title>
        {text('results', { help: t('publicTask.fields.resultsHelp'), rows: 5 })}
        {text('actions', { help: t('publicTask.fields.actionsHelp'), rows: 5 })}
        {text('deviations')}
        <Title order={3} size="h4">
          {t('publicTask.fields.partTwo')}
        </Title>
        <ExpensesEditor
          expenses={fields.expenses}
          totals={report.totals}
          onChange={(expenses) => set('expenses', expenses)}
        />
        {text('otherIncome', { rows: 2 })}
        {text('recipientPayments', { rows: 2 })}
        <Title order={3} size="h4">
          {t('publicTask.fields.partThree')}
        </Title>
        {text('additionalInfo', { rows: 4 })}
        <Notice message={notice} />
        {stale ? (
          <Alert color="red" role="alert" title={t('errors.conflictTitle')}>
            <Text size="sm">{t('publicTask.fields.stale')}</Text>
            <Button variant="default" mt="sm" onClick={reload}>
              {t('publicTask.fields.reload')}
            </Button>
          </Alert>
        ) : (
          <ErrorMessage error={save.error} />
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('publicTask.fields.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

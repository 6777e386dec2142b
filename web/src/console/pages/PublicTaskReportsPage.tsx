import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { read, send } from '../../api/client.ts';
import type { Item } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { formatDateTime } from '../../app/i18n.ts';
import { centerNames, useCenters } from '../lib/hooks.ts';
import { today } from '../lib/time.ts';
import {
  DataTable,
  ErrorMessage,
  fieldError,
  formatDay,
  PageTitle,
  QueryState,
  RouterAnchor,
} from '../lib/ui.tsx';

export { PublicTaskReportPage } from './public-task/ReportPage.tsx';

type Agreement = Item<'/api/agreements'>;
type Draft = Item<'/api/public-task-reports'>;

/** "Sprawozdanie częściowe, 1 sty 2026 – 31 mar 2026": how a draft is named on screen. */
export function useReportName() {
  const { t } = useTranslation('console');
  return (report: Pick<Draft, 'type' | 'from' | 'to'>) =>
    t('publicTask.reportName', {
      type: t(`publicTask.type.${report.type}`),
      from: formatDay(report.from),
      to: formatDay(report.to),
    });
}

/**
 * The statutory reports on the public task: each funding agreement the user may read with its
 * drafts (what is left to write in each, both files), and for staff a new draft for a period.
 */
export function PublicTaskReportsPage() {
  const { t } = useTranslation('console');
  const agreements = useQuery({ queryKey: ['agreements'], queryFn: () => read('/api/agreements', {}) });
  const drafts = useQuery({
    queryKey: ['public-task-reports'],
    queryFn: () => read('/api/public-task-reports', { params: { query: { limit: 200 } } }),
  });
  const items = agreements.data?.items ?? [];
  return (
    <Stack>
      <PageTitle>{t('publicTask.title')}</PageTitle>
      <Text size="sm">{t('publicTask.lead')}</Text>
      <QueryState query={agreements}>
        {items.length === 0 && <Text>{t('publicTask.noAgreements')}</Text>}
        <QueryState query={drafts}>
          {items.map((agreement) => (
            <AgreementCard
              key={agreement.id}
              agreement={agreement}
              drafts={(drafts.data?.items ?? []).filter((draft) => draft.agreementId === agreement.id)}
            />
          ))}
        </QueryState>
      </QueryState>
    </Stack>
  );
}

function AgreementCard({ agreement, drafts }: { agreement: Agreement; drafts: Draft[] }) {
  const { t } = useTranslation('console');
  const { has } = useAuth();
  const centers = useCenters();
  const name = useReportName();
  const headingId = `agreement-${agreement.id}`;
  // Coordinators see their own centres' agreements only; a network agreement is the admin's.
  const writes = has('admin') || (has('coordinator') && agreement.centerId !== null);
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('publicTask.agreement', { title: agreement.title })}
      </Title>
      <Text size="sm" mb="sm">
        {t('publicTask.agreementMeta', {
          funder: agreement.funder,
          center: agreement.centerId
            ? (centerNames(centers.data)[agreement.centerId] ?? '')
            : t('publicTask.network'),
          from: formatDay(agreement.from),
          to: formatDay(agreement.to),
        })}
      </Text>
      <DataTable
        caption={t('publicTask.drafts', { title: agreement.title })}
        headers={[
          t('publicTask.column.report'),
          t('publicTask.column.updated'),
          t('publicTask.column.toWrite'),
          t('publicTask.column.files'),
        ]}
        empty={drafts.length === 0}
        emptyText={t('publicTask.noDrafts')}
      >
        {drafts.map((draft) => (
          <Table.Tr key={draft.id}>
            <Table.Td>
              <RouterAnchor to={`/console/public-task-reports/${draft.id}`}>{name(draft)}</RouterAnchor>
            </Table.Td>
            <Table.Td>{formatDateTime(String(draft.updatedAt))}</Table.Td>
            <Table.Td>
              {draft.toWrite.length === 0
                ? t('publicTask.allWritten')
                : t('publicTask.leftToWrite', { count: draft.toWrite.length })}
            </Table.Td>
            <Table.Td>
              <Group gap="sm" wrap="nowrap">
                <Anchor href={`/api/public-task-reports/${draft.id}.pdf`} download>
                  {t('publicTask.download.pdfOf', { name: name(draft) })}
                </Anchor>
                <Anchor href={`/api/public-task-reports/${draft.id}.docx`} download>
                  {t('publicTask.download.docxOf', { name: name(draft) })}
                </Anchor>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {writes && <NewDraft agreement={agreement} />}
    </Card>
  );
}

/** A new draft for a period of the agreement (by default from its start to today, within it). */
function NewDraft({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(agreement.from);
  // Calendar days sort as text: today, or the agreement's end when that comes first.
  const [to, setTo] = useState([today(), agreement.to].sort()[0] as string);
  const [type, setType] = useState<'partial' | 'final'>('partial');
  const create = useMutation({
    mutationFn: () =>
      send('post', '/api/public-task-reports', { body: { agreementId: agreement.id, from, to, type } }),
    onSuccess: async (report) => {
      await queryClient.invalidateQueries({ queryKey: ['public-task-reports'] });
      navigate(`/console/public-task-reports/${report.id}`);
    },
  });
  const formId = `new-${agreement.id}`;
  return (
    <form
      aria-labelledby={formId}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Title order={3} size="h4" id={formId} mt="md" mb="xs">
        {t('publicTask.new.title')}
      </Title>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('publicTask.new.from')}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
          error={fieldError(create.error, 'from')}
          required
        />
        <TextInput
          type="date"
          label={t('publicTask.new.to')}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={fieldError(create.error, 'to')}
          required
        />
        <NativeSelect
          label={t('publicTask.new.type')}
          value={type}
          onChange={(event) => setType(event.currentTarget.value as 'partial' | 'final')}
          data={[
            { value: 'partial', label: t('publicTask.type.partial') },
            { value: 'final', label: t('publicTask.type.final') },
          ]}
        />
        <Button type="submit" loading={create.isPending}>
          {t('publicTask.new.submit')}
        </Button>
      </Group>
      <ErrorMessage error={create.error} />
    </form>
  );
}

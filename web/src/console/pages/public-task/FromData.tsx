import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import { DataTable, ErrorMessage, formatDay, formatNumber, Notice } from '../../lib/ui.tsx';
import type { Report } from './types.ts';

const days = (from: string | null, to: string | null) =>
  !from || !to ? '—' : from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;

/**
 * Part I as the data answer it: the agreement's indicators against what was achieved, the actions
 * carried out, the beneficiaries by kind and district; staff compute it again from today's data.
 * The names of figures and actions are the report's own (Polish), as they stand in the files.
 */
export function FromData({ report, writes }: { report: Report; writes: boolean }) {
  const { t, i18n } = useTranslation('console');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useMutation({
    mutationFn: () =>
      send('post', '/api/public-task-reports/{id}/refresh', {
        params: { path: { id: report.id } },
        body: {},
      }),
    onSuccess: (fresh) => {
      queryClient.setQueryData(['public-task-report', report.id], fresh);
      setNotice(t('publicTask.fromData.refreshed'));
    },
  });
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, i18n.language, 2));
  const { indicators, actions, beneficiaries } = report.data;
  return (
    <Card withBorder component="section" aria-labelledby="from-data">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="from-data">
            {t('publicTask.fromData.title')}
          </Title>
          {writes && (
            <Button variant="default" onClick={() => refresh.mutate()} loading={refresh.isPending}>
              {t('publicTask.fromData.refresh')}
            </Button>
          )}
        </Group>
        <Text size="sm">
          {t('publicTask.fromData.lead', { at: formatDateTime(String(report.computedAt)) })}
        </Text>
        <Notice message={notice} />
        <ErrorMessage error={refresh.error} />
        <DataTable
          caption={t('publicTask.fromData.indicators')}
          headers={[
            t('publicTask.fromData.indicator'),
            t('publicTask.fromData.target'),
            t('publicTask.fromData.value'),
            t('publicTask.fromData.percent'),
            t('publicTask.fromData.source'),
          ]}
          empty={indicators.length === 0}
          emptyText={t('publicTask.fromData.noIndicators')}
        >
          {indicators.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td>{number(row.target)}</Table.Td>
              <Table.Td>{number(row.value)}</Table.Td>
              <Table.Td>{row.percent === null ? '—' : `${number(row.percent)}%`}</Table.Td>
              <Table.Td>{row.source}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        <DataTable
          caption={t('publicTask.fromData.actions')}
          headers={[
            t('publicTask.fromData.action'),
            t('publicTask.fromData.when'),
            t('publicTask.fromData.places'),
            t('publicTask.fromData.count'),
            t('publicTask.fromData.participants'),
          ]}
          empty={actions.length === 0}
          emptyText={t('publicTask.fromData.noActions')}
        >
          {actions.map((action) => (
            <Table.Tr key={action.key}>
              <Table.Th scope="row" fw={500}>
                {action.name}
              </Table.Th>
              <Table.Td>{days(action.from, action.to)}</Table.Td>
              <Table.Td>{action.places.join('; ') || '—'}</Table.Td>
              <Table.Td>
                {number(action.count)} {action.unit}
              </Table.Td>
              <Table.Td>{number(action.participants)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        <DataTable
          caption={t('publicTask.fromData.beneficiaries')}
          headers={[t('publicTask.fromData.kind'), t('publicTask.fromData.count')]}
        >
          {beneficiaries.byKind.map((row) => (
            <Table.Tr key={row.kind}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td>{number(row.count)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('publicTask.fromData.total')}</Table.Th>
            <Table.Td>{number(beneficiaries.total)}</Table.Td>
          </Table.Tr>
        </DataTable>
        <DataTable
          caption={t('publicTask.fromData.districts')}
          headers={[
            t('publicTask.fromData.district'),
            t('publicTask.fromData.organizations'),
            t('publicTask.fromData.informalGroups'),
            t('publicTask.fromData.individuals'),
            t('publicTask.fromData.total'),
          ]}
          empty={beneficiaries.byDistrict.length === 0}
        >
          {beneficiaries.byDistrict.map((row) => (
            <Table.Tr key={row.district ?? 'none'}>
              <Table.Th scope="row" fw={500}>
                {row.district ? `${row.district}. ${row.name}` : row.name}
              </Table.Th>
              <Table.Td>{number(row.organizations)}</Table.Td>
              <Table.Td>{number(row.informalGroups)}</Table.Td>
              <Table.Td>{number(row.individuals)}</Table.Td>
              <Table.Td>{number(row.total)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Stack>
    </Card>
  );
}

import { Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../../api/client.ts';
import type { Indicators } from '../../../api/types.ts';
import { useMyCenters } from '../../lib/hooks.ts';
import { DataTable, formatDay, formatNumber, QueryState } from '../../lib/ui.tsx';

/** Each agreement's targets against what was done in the period chosen (labels in the app's language). */
export function IndicatorsSection({ centerId, from, to }: { centerId: string; from: string; to: string }) {
  const { t, i18n } = useTranslation('console');
  const centers = useMyCenters();
  const indicators = useQuery({
    queryKey: ['report', 'indicators', centerId, from, to, i18n.language],
    queryFn: () =>
      get<Indicators>(
        `/api/reports/indicators?from=${from}&to=${to}${centerId ? `&centerId=${centerId}` : ''}`,
      ),
  });
  const name = (id: string | null) =>
    id ? (centers.data?.find((center) => center.id === id)?.name ?? '') : t('reports.network');
  return (
    <section aria-labelledby="indicators">
      <Title order={2} id="indicators" mb="xs">
        {t('reports.indicators')}
      </Title>
      <QueryState query={indicators}>
        {(indicators.data?.items.length ?? 0) === 0 && <Text>{t('reports.noAgreements')}</Text>}
        <Stack>
          {indicators.data?.items.map(({ agreement, period, indicators: rows }) => (
            <DataTable
              key={agreement.id}
              caption={t('reports.agreementCaption', {
                title: agreement.title,
                funder: agreement.funder,
                center: name(agreement.centerId),
                from: formatDay(agreement.from),
                to: formatDay(agreement.to),
                periodFrom: formatDay(period.from),
                periodTo: formatDay(period.to),
              })}
              headers={[
                t('reports.indicator'),
                t('reports.target'),
                t('reports.actual'),
                t('reports.percent'),
              ]}
              empty={rows.length === 0}
            >
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {row.label}
                  </Table.Th>
                  <Table.Td>{formatNumber(row.target, i18n.language, 1)}</Table.Td>
                  <Table.Td>{formatNumber(row.actual, i18n.language, 1)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" w={56}>
                        {row.percent === null ? '—' : `${formatNumber(row.percent, i18n.language, 0)}%`}
                      </Text>
                      <Progress value={Math.min(row.percent ?? 0, 100)} w={120} aria-hidden color="blue.9" />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          ))}
        </Stack>
      </QueryState>
    </section>
  );
}

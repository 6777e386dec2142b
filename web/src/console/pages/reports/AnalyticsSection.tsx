import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../../api/client.ts';
import type { Analytics } from '../../../api/types.ts';
import { districtLabel } from '../../../public/shared/queries.ts';
import { DataTable, formatDay, formatNumber, QueryState } from '../../lib/ui.tsx';

/** Buckets of the heatmap (share of the busiest hour): a light tint with dark text, or a dark shade with white text (both above 4.5:1). */
export function heat(rate: number | null): { background: string; color: string } {
  if (rate === null) return { background: 'var(--mantine-color-gray-2)', color: '#000' };
  if (rate === 0) return { background: '#ffffff', color: '#000' };
  if (rate <= 0.2) return { background: '#e7f5ff', color: '#000' };
  if (rate <= 0.4) return { background: '#a5d8ff', color: '#000' };
  if (rate <= 0.6) return { background: '#74c0fc', color: '#000' };
  if (rate <= 0.8) return { background: '#1864ab', color: '#fff' };
  return { background: '#0b3d91', color: '#fff' };
}

export function AnalyticsSection({ params }: { params: string }) {
  const { t, i18n } = useTranslation('console');
  const analytics = useQuery({
    queryKey: ['report', 'analytics', params],
    queryFn: () => get<Analytics>(`/api/reports/analytics?${params}`),
  });
  const data = analytics.data;
  const hours = [...new Set((data?.occupancy ?? []).map((cell) => cell.hour))].sort((a, b) => a - b);
  const cell = (weekday: number, hour: number) =>
    data?.occupancy.find((candidate) => candidate.weekday === weekday && candidate.hour === hour);
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  // The shade is relative to the busiest hour, so the pattern shows even in a quiet period; the text gives the value.
  const maxRate = Math.max(0.0001, ...(data?.occupancy ?? []).map((cell) => cell.rate ?? 0));
  const maxDistrict = Math.max(1, ...(data?.districts ?? []).map((row) => row.beneficiaries));
  const percent = (rate: number | null | undefined) =>
    rate === null || rate === undefined ? '—' : `${formatNumber(rate * 100, i18n.language, 0)}%`;
  const month = (value: string) => formatDay(`${value.slice(0, 7)}-01`, { month: 'long', year: 'numeric' });
  return (
    <section aria-labelledby="analytics">
      <Title order={2} id="analytics" mb="xs">
        {t('reports.analytics')}
      </Title>
      <QueryState query={analytics}>
        {data && (
          <Stack gap="lg">
            <div>
              <Title order={3} size="h4" mb="xs">
                {t('reports.occupancy')}
              </Title>
              <Text size="sm" mb="xs">
                {t('reports.occupancyHelp')}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table captionSide="top" withTableBorder withColumnBorders layout="fixed" fz="xs">
                  <Table.Caption>{t('reports.occupancyCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col" w={110}>
                        {t('reports.weekday')}
                      </Table.Th>
                      {hours.map((hour) => (
                        <Table.Th scope="col" key={hour} style={{ textAlign: 'center' }}>
                          {`${String(hour).padStart(2, '0')}:00`}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {weekdays.map((weekday) => (
                      <Table.Tr key={weekday}>
                        <Table.Th scope="row">{t(`weekdays.${weekday}`)}</Table.Th>
                        {hours.map((hour) => {
                          const value = cell(weekday, hour);
                          const rate = value ? value.rate : null;
                          return (
                            <Table.Td
                              key={hour}
                              p={4}
                              style={{ ...heat(rate === null ? null : rate / maxRate), textAlign: 'center' }}
                            >
                              {percent(rate)}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
            <Text size="sm">
              {t('reports.unmet', {
                refused: data.unmetDemand.refused,
                rejected: data.unmetDemand.rejected,
                withdrawn: data.unmetDemand.withdrawn,
              })}
            </Text>
            <DataTable
              caption={t('reports.districts')}
              headers={[t('reports.district'), t('reports.beneficiaries'), '']}
              empty={data.districts.length === 0}
            >
              {data.districts.map((row) => (
                <Table.Tr key={row.district ?? 'none'}>
                  <Table.Th scope="row" fw={500}>
                    {row.district !== null && row.name
                      ? districtLabel(row.district, row.name)
                      : t('reports.noDistrict')}
                  </Table.Th>
                  <Table.Td>{formatNumber(row.beneficiaries, i18n.language)}</Table.Td>
                  <Table.Td w="40%">
                    <Box
                      aria-hidden
                      h={12}
                      w={`${(row.beneficiaries / maxDistrict) * 100}%`}
                      bg="blue.9"
                      style={{ borderRadius: 2 }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            <DataTable
              caption={t('reports.trends')}
              headers={[
                t('reports.month'),
                t('reports.figures.lendings'),
                t('reports.figures.roomPeople'),
                t('reports.figures.appointments'),
                t('reports.attendances'),
              ]}
              empty={data.trends.length === 0}
            >
              {data.trends.map((row) => (
                <Table.Tr key={row.month}>
                  <Table.Th scope="row" fw={500}>
                    {month(row.month)}
                  </Table.Th>
                  <Table.Td>{formatNumber(row.lendings, i18n.language)}</Table.Td>
                  <Table.Td>{formatNumber(row.people, i18n.language)}</Table.Td>
                  <Table.Td>{formatNumber(row.appointments, i18n.language)}</Table.Td>
                  <Table.Td>{formatNumber(row.attendances, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </Stack>
        )}
      </QueryState>
    </section>
  );
}

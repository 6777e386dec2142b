import {
  Box,
  Button,
  Card,
  CopyButton,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.ts';
import type { Analytics, Indicators, Summary } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { useMyCenters } from '../lib/hooks.ts';
import { CenterSelect } from '../lib/pickers.tsx';
import { startOfYear, today } from '../lib/time.ts';
import { DataTable, ErrorMessage, formatDay, formatNumber, PageTitle, QueryState } from '../lib/ui.tsx';

type Column = { key: string; label: string; summary?: Summary };

/**
 * The funder's reports: the figures for a period and centre (side by side for every centre),
 * the narrative for a council committee, indicators against the funding agreements, demand
 * analytics (occupancy heatmap, districts, monthly trends), and the files to download.
 */
export function ReportsPage() {
  const { t, i18n } = useTranslation('console');
  const { has } = useAuth();
  const centers = useMyCenters();
  const [from, setFrom] = useState(startOfYear(today()));
  const [to, setTo] = useState(today());
  const [centerId, setCenterId] = useState('');
  const period = `from=${from}&to=${to}`;
  const params = `${period}${centerId ? `&centerId=${centerId}` : ''}`;
  const compared = centerId ? (centers.data ?? []).filter((c) => c.id === centerId) : (centers.data ?? []);
  // A total column when several centres stand side by side: the network, or a coordinator's centres.
  const withTotal = !centerId && compared.length !== 1;
  const summaries = useQueries({
    queries: [
      ...compared.map((center) => ({
        queryKey: ['report', 'summary', center.id, from, to],
        queryFn: () => get<Summary>(`/api/reports/summary?${period}&centerId=${center.id}`),
      })),
      ...(!withTotal
        ? []
        : [
            {
              queryKey: ['report', 'summary', 'all', from, to],
              queryFn: () => get<Summary>(`/api/reports/summary?${period}`),
            },
          ]),
    ],
  });
  const columns: Column[] = [
    ...compared.map((center, index) => ({
      key: center.id,
      label: center.name,
      summary: summaries[index]?.data,
    })),
    ...(!withTotal
      ? []
      : [
          {
            key: 'all',
            label: has('admin', 'observer') ? t('reports.network') : t('reports.myCenters'),
            summary: summaries[compared.length]?.data,
          },
        ]),
  ];
  const summaryError = summaries.find((query) => query.error)?.error;
  const valid = from <= to;
  return (
    <Stack>
      <PageTitle>{t('reports.title')}</PageTitle>
      <Card
        withBorder
        component="form"
        aria-label={t('reports.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            type="date"
            label={t('reports.from')}
            value={from}
            onChange={(event) => event.currentTarget.value && setFrom(event.currentTarget.value)}
            error={valid ? undefined : t('reports.badPeriod')}
          />
          <TextInput
            type="date"
            label={t('reports.to')}
            value={to}
            onChange={(event) => event.currentTarget.value && setTo(event.currentTarget.value)}
          />
          <CenterSelect value={centerId} onChange={setCenterId} allowAll />
        </Group>
      </Card>
      {valid && (
        <>
          <Card withBorder component="section" aria-labelledby="downloads">
            <Title order={2} size="h3" id="downloads" mb="xs">
              {t('reports.downloads')}
            </Title>
            <Group>
              {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={`/api/reports/summary.${format}?${params}`}
                  download
                  variant="default"
                >
                  {t(`reports.download.${format}`)}
                </Button>
              ))}
            </Group>
          </Card>
          <section aria-labelledby="summary">
            <Title order={2} id="summary" mb="xs">
              {t('reports.summary')}
            </Title>
            {summaryError ? (
              <ErrorMessage error={summaryError} />
            ) : (
              <SummaryTable columns={columns} from={from} to={to} />
            )}
          </section>
          <Narrative params={params} defaultLanguage={i18n.language === 'en' ? 'en' : 'pl'} />
          <IndicatorsSection centerId={centerId} />
          <AnalyticsSection params={params} />
        </>
      )}
    </Stack>
  );
}

function SummaryTable({ columns, from, to }: { columns: Column[]; from: string; to: string }) {
  const { t, i18n } = useTranslation('console');
  const n = (value: number | undefined, digits = 0) =>
    value === undefined ? '…' : formatNumber(value, i18n.language, digits);
  const rows: [string, (summary: Summary) => number, number?][] = [
    [t('reports.figures.beneficiaries'), (s) => s.beneficiaries.total],
    [t('reports.figures.organizations'), (s) => s.beneficiaries.organizations],
    [t('reports.figures.informalGroups'), (s) => s.beneficiaries.informalGroups],
    [t('reports.figures.individuals'), (s) => s.beneficiaries.individuals],
    [t('reports.figures.lendings'), (s) => s.rooms.lendings],
    [t('reports.figures.roomPeople'), (s) => s.rooms.people],
    [t('reports.figures.roomHours'), (s) => s.rooms.hours, 1],
    [t('reports.figures.activities'), (s) => s.activities.count],
    [t('reports.figures.participants'), (s) => s.activities.participants],
    [t('reports.figures.appointments'), (s) => s.advice.appointments],
    [t('reports.figures.adviceHours'), (s) => s.advice.hours, 1],
    [t('reports.figures.offers'), (s) => s.volunteering.offers],
    [t('reports.figures.placements'), (s) => s.volunteering.placements],
    [t('reports.figures.volunteerHours'), (s) => s.volunteering.hours, 2],
    [t('reports.figures.initiatives'), (s) => s.incubation.initiatives],
  ];
  return (
    <Table.ScrollContainer minWidth={500}>
      <Table captionSide="top" withTableBorder striped>
        <Table.Caption>
          {t('reports.summaryCaption', { from: formatDay(from), to: formatDay(to) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.figure')}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.key} style={{ textAlign: 'right' }}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, pick, digits]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.key} style={{ textAlign: 'right' }}>
                  {n(column.summary ? pick(column.summary) : undefined, digits)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Narrative({ params, defaultLanguage }: { params: string; defaultLanguage: 'pl' | 'en' }) {
  const { t } = useTranslation('console');
  const [lang, setLang] = useState<'pl' | 'en'>(defaultLanguage);
  const narrative = useQuery({
    queryKey: ['report', 'narrative', params, lang],
    queryFn: () => get<{ text: string }>(`/api/reports/narrative?${params}&lang=${lang}`),
  });
  return (
    <Card withBorder component="section" aria-labelledby="narrative">
      <Title order={2} size="h3" id="narrative" mb="xs">
        {t('reports.narrative')}
      </Title>
      <Group align="end" mb="xs">
        <div>
          <Text size="sm" fw={500} id="narrative-language">
            {t('reports.narrativeLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="narrative-language"
            value={lang}
            onChange={(value) => setLang(value as 'pl' | 'en')}
            data={[
              { value: 'pl', label: 'Polski' },
              { value: 'en', label: 'English' },
            ]}
          />
        </div>
        <CopyButton value={narrative.data?.text ?? ''}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'filled' : 'default'} disabled={!narrative.data}>
              {copied ? t('reports.copied') : t('reports.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <QueryState query={narrative}>
        <Textarea
          label={t('reports.narrativeText')}
          value={narrative.data?.text ?? ''}
          readOnly
          autosize
          minRows={3}
          lang={lang}
        />
      </QueryState>
    </Card>
  );
}

function IndicatorsSection({ centerId }: { centerId: string }) {
  const { t, i18n } = useTranslation('console');
  const centers = useMyCenters();
  const indicators = useQuery({
    queryKey: ['report', 'indicators', centerId],
    queryFn: () => get<Indicators>(`/api/reports/indicators${centerId ? `?centerId=${centerId}` : ''}`),
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
          {indicators.data?.items.map(({ agreement, indicators: rows }) => (
            <DataTable
              key={agreement.id}
              caption={t('reports.agreementCaption', {
                title: agreement.title,
                funder: agreement.funder,
                center: name(agreement.centerId),
                from: formatDay(agreement.from),
                to: formatDay(agreement.to),
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

/** Buckets of the heatmap (share of the busiest hour): a light tint with dark text, or a dark shade with white text (both above 4.5:1). */
function heat(rate: number | null): { background: string; color: string } {
  if (rate === null) return { background: 'var(--mantine-color-gray-2)', color: '#000' };
  if (rate === 0) return { background: '#ffffff', color: '#000' };
  if (rate <= 0.2) return { background: '#e7f5ff', color: '#000' };
  if (rate <= 0.4) return { background: '#a5d8ff', color: '#000' };
  if (rate <= 0.6) return { background: '#74c0fc', color: '#000' };
  if (rate <= 0.8) return { background: '#1864ab', color: '#fff' };
  return { background: '#0b3d91', color: '#fff' };
}

function AnalyticsSection({ params }: { params: string }) {
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
                    {row.name ? `${row.district}. ${row.name}` : t('reports.noDistrict')}
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

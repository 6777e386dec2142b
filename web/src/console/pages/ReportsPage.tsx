import { Button, Card, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, read } from '../../api/client.ts';
import type { Summary } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { useMyCenters } from '../lib/hooks.ts';
import { CenterSelect } from '../lib/pickers.tsx';
import { startOfYear, today } from '../lib/time.ts';
import { ErrorMessage, formatDay, formatNumber, PageTitle } from '../lib/ui.tsx';
import { AnalyticsSection } from './reports/AnalyticsSection.tsx';
import { IndicatorsSection } from './reports/IndicatorsSection.tsx';
import { Narrative } from './reports/Narrative.tsx';
import { PRESETS, presetPeriod } from './reports/periods.ts';

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
  // The period of a funding agreement is one click too.
  const agreements = useQuery({ queryKey: ['agreements'], queryFn: () => read('/api/agreements', {}) });
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
        <Group gap={6} mt="sm" wrap="wrap" role="group" aria-label={t('reports.presets.label')}>
          {PRESETS.map((key) => {
            const preset = presetPeriod(key, today());
            const chosen = preset.from === from && preset.to === to;
            return (
              <Button
                key={key}
                size="compact-sm"
                variant={chosen ? 'filled' : 'default'}
                aria-pressed={chosen}
                onClick={() => {
                  setFrom(preset.from);
                  setTo(preset.to);
                }}
              >
                {t(`reports.presets.${key}`)}
              </Button>
            );
          })}
          {(agreements.data?.items ?? [])
            .filter((agreement) => !centerId || agreement.centerId === centerId)
            .map((agreement) => {
              const chosen = agreement.from === from && agreement.to === to;
              return (
                <Button
                  key={agreement.id}
                  size="compact-sm"
                  variant={chosen ? 'filled' : 'default'}
                  aria-pressed={chosen}
                  onClick={() => {
                    setFrom(String(agreement.from));
                    setTo(String(agreement.to));
                  }}
                >
                  {t('reports.presets.agreement', { title: agreement.title })}
                </Button>
              );
            })}
        </Group>
      </Card>
      {valid && (
        <>
          <Card withBorder component="section" aria-labelledby="downloads">
            <Title order={2} size="h3" id="downloads" mb="xs">
              {t('reports.downloads')}
            </Title>
            <Group>
              {(['csv', 'xlsx', 'pdf', 'rfc4180'] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={
                    format === 'rfc4180'
                      ? `/api/reports/summary.csv?${params}&format=rfc4180`
                      : `/api/reports/summary.${format}?${params}`
                  }
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
          <IndicatorsSection centerId={centerId} from={from} to={to} />
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

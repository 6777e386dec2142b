import { Card, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../../api/client.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { centerNames, useCenters } from '../lib/hooks.ts';
import {
  DataTable,
  formatNumber,
  MoreButton,
  PageTitle,
  QueryState,
  RouterAnchor,
  WordBadge,
} from '../lib/ui.tsx';
import { STATUS_COLORS } from './imports/ImportPage.tsx';
import { IMPORT_KINDS, type ImportKind } from './imports/kinds.ts';
import { UploadForm } from './imports/UploadForm.tsx';

export { ImportPage } from './imports/ImportPage.tsx';

/**
 * Bringing a centre's spreadsheets in: the kind, the file, a dry run that explains every row, then
 * the commit; and the imports done before, each opening its document.
 */
export function ImportsPage() {
  const { t } = useTranslation('console');
  return (
    <Stack>
      <PageTitle>{t('imports.title')}</PageTitle>
      <Text size="sm">{t('imports.lead')}</Text>
      <Card withBorder component="section" aria-labelledby="new-import">
        <Title order={2} size="h3" id="new-import" mb="xs">
          {t('imports.new')}
        </Title>
        <UploadForm />
      </Card>
      <PastImports />
    </Stack>
  );
}

function PastImports() {
  const { t, i18n } = useTranslation('console');
  const centers = useCenters();
  const names = centerNames(centers.data);
  const [kind, setKind] = useState('');
  const list = useInfiniteQuery({
    queryKey: ['imports', kind],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      read('/api/imports', {
        params: {
          query: {
            limit: 50,
            ...(kind ? { kind: kind as ImportKind } : {}),
            ...(pageParam ? { cursor: pageParam } : {}),
          },
        },
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, i18n.language));
  return (
    <section aria-labelledby="past-imports">
      <Title order={2} size="h3" id="past-imports" mb="xs">
        {t('imports.past.title')}
      </Title>
      <NativeSelect
        label={t('imports.past.kind')}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value)}
        data={[
          { value: '', label: t('common.all') },
          ...IMPORT_KINDS.map((value) => ({ value, label: t(`imports.kind.${value}`) })),
        ]}
        w={320}
        mb="sm"
      />
      <QueryState query={list}>
        <DataTable
          caption={t('imports.past.caption')}
          headers={[
            t('imports.past.file'),
            t('imports.past.checked'),
            t('imports.form.kind'),
            t('common.center'),
            t('common.status'),
            t('imports.count.rows'),
            t('imports.count.toCreate'),
            t('imports.count.duplicates'),
            t('imports.count.errors'),
            t('imports.past.created'),
          ]}
          empty={items.length === 0}
          emptyText={kind ? t('imports.past.noneOfKind') : t('imports.past.none')}
        >
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td style={{ minWidth: 180, overflowWrap: 'break-word' }}>
                <RouterAnchor to={`/console/imports/${item.id}`}>{item.filename}</RouterAnchor>
              </Table.Td>
              <Table.Td>{formatDateTime(String(item.createdAt))}</Table.Td>
              <Table.Td>{t(`imports.kind.${item.kind}`)}</Table.Td>
              <Table.Td>{item.centerId ? (names[item.centerId] ?? '') : t('imports.past.registry')}</Table.Td>
              <Table.Td>
                <WordBadge color={STATUS_COLORS[item.status]}>{t(`imports.status.${item.status}`)}</WordBadge>
              </Table.Td>
              <Table.Td>{number(item.rows)}</Table.Td>
              <Table.Td>{number(item.toCreate)}</Table.Td>
              <Table.Td>{number(item.duplicateCount)}</Table.Td>
              <Table.Td>{number(item.errorCount)}</Table.Td>
              <Table.Td>{number(item.created)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        <MoreButton list={list}>{t('imports.past.more')}</MoreButton>
      </QueryState>
    </section>
  );
}

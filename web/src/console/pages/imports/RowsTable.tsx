import { Button, Group, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBeneficiaryNames } from '../../lib/hooks.ts';
import { DataTable, formatNumber, RouterAnchor, WordBadge } from '../../lib/ui.tsx';
import type { ImportDocument, ImportDuplicate, ImportItem, ImportRowError } from './kinds.ts';

const PAGE = 50;
const ACTIONS = ['create', 'duplicate', 'error'] as const;
export const ACTION_COLORS: Record<ImportItem['action'], string> = {
  create: 'green',
  duplicate: 'yellow',
  error: 'red',
};

/** An error's message in the console's language, at its column. */
export function useErrorText() {
  const { t, i18n } = useTranslation('console');
  return (error: ImportRowError) =>
    t('imports.rows.errorAt', {
      column: error.column,
      message: i18n.language === 'en' ? error.message : error.messagePl,
    });
}

/**
 * Every row of the file and what the commit does with it, filtered by outcome and shown a page
 * at a time: what it would create, which record it duplicates and why, or its errors.
 */
export function RowsTable({ document }: { document: ImportDocument }) {
  const { t, i18n } = useTranslation('console');
  const errorText = useErrorText();
  const [action, setAction] = useState('');
  const [page, setPage] = useState(0);
  const errorsOf = new Map<number, ImportRowError[]>();
  for (const error of document.errors) errorsOf.set(error.row, [...(errorsOf.get(error.row) ?? []), error]);
  const duplicateOf = new Map(document.duplicates.map((duplicate) => [duplicate.row, duplicate]));
  const counts = Object.fromEntries(
    ACTIONS.map((each) => [each, document.items.filter((item) => item.action === each).length]),
  );
  const shown = action ? document.items.filter((item) => item.action === action) : document.items;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * PAGE, (current + 1) * PAGE);
  // Lendings and attendance name their beneficiary by id: its name, read once for the page.
  const names = useBeneficiaryNames(
    document.kind === 'bookings' || document.kind === 'attendance'
      ? visible.map((item) => text(item.values.beneficiaryId))
      : [],
  );
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('imports.rows.filter')}
        value={action}
        onChange={(event) => {
          setAction(event.currentTarget.value);
          setPage(0);
        }}
        data={[
          { value: '', label: t('imports.rows.all', { count: document.items.length }) },
          ...ACTIONS.map((each) => ({
            value: each,
            label: t(`imports.rows.only.${each}`, { count: counts[each] }),
          })),
        ]}
        w={320}
      />
      <DataTable
        caption={
          shown.length === 0
            ? t('imports.rows.caption', { count: 0 })
            : t('imports.rows.captionRange', {
                from: number(current * PAGE + 1),
                to: number(current * PAGE + visible.length),
                count: shown.length,
              })
        }
        headers={[
          t('imports.rows.row'),
          t('imports.rows.action'),
          t('imports.rows.values'),
          t('imports.rows.details'),
        ]}
        empty={visible.length === 0}
        emptyText={document.items.length === 0 ? t('imports.rows.noRows') : t('imports.rows.noneOfKind')}
      >
        {visible.map((item) => (
          <Table.Tr key={item.row}>
            <Table.Td>{number(item.row)}</Table.Td>
            <Table.Td>
              <WordBadge color={ACTION_COLORS[item.action]}>
                {t(`imports.${document.status === 'committed' ? 'done' : 'action'}.${item.action}`)}
              </WordBadge>
            </Table.Td>
            <Table.Td>
              <RowValues
                kind={document.kind}
                values={item.values}
                beneficiary={names[text(item.values.beneficiaryId)]}
              />
            </Table.Td>
            <Table.Td>
              {item.action === 'error' && (
                <List size="sm" spacing={2}>
                  {(errorsOf.get(item.row) ?? []).map((error) => (
                    <List.Item key={`${error.field}-${error.message}`}>{errorText(error)}</List.Item>
                  ))}
                </List>
              )}
              {item.action === 'duplicate' && (
                <DuplicateText
                  duplicate={duplicateOf.get(item.row)}
                  kind={document.kind}
                  values={item.values}
                />
              )}
              {item.action === 'create' && <Text size="sm">{t(`imports.creates.${document.kind}`)}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {pages > 1 && (
        <nav aria-label={t('imports.rows.pages')}>
          <Group gap="xs">
            <Button
              variant="default"
              size="compact-sm"
              disabled={current === 0}
              onClick={() => setPage(current - 1)}
            >
              {t('imports.rows.previous')}
            </Button>
            <Text size="sm">{t('imports.rows.pageOf', { page: current + 1, pages })}</Text>
            <Button
              variant="default"
              size="compact-sm"
              disabled={current >= pages - 1}
              onClick={() => setPage(current + 1)}
            >
              {t('imports.rows.next')}
            </Button>
          </Group>
        </nav>
      )}
    </Stack>
  );
}

type Values = ImportItem['values'];
const text = (value: Values[string] | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** What a row holds, in a line: a name, or a lending's day and room, or an attendance. */
function RowValues({
  kind,
  values,
  beneficiary,
}: {
  kind: ImportDocument['kind'];
  values: Values;
  beneficiary?: string;
}) {
  const { t } = useTranslation('console');
  const parts =
    kind === 'beneficiaries'
      ? [
          text(values.name),
          values.kind ? t(`kinds.beneficiary.${values.kind}`) : '',
          values.krs ? `KRS ${values.krs}` : '',
          text(values.email),
        ]
      : kind === 'volunteers'
        ? [text(values.name), text(values.email), text(values.skills).split(',').join(', ')]
        : kind === 'bookings'
          ? [
              `${text(values.date)} ${text(values.from)}–${text(values.to)}`.trim(),
              text(values.room),
              beneficiary ?? '',
              text(values.title),
              values.attendees !== null && values.attendees !== undefined
                ? t('imports.rows.people', { count: Number(values.attendees) })
                : '',
            ]
          : [
              text(values.activity),
              text(values.date),
              beneficiary ?? '',
              values.seats ? t('imports.rows.seats', { count: Number(values.seats) }) : '',
              values.walkIns ? t('imports.rows.walkIns', { count: Number(values.walkIns) }) : '',
            ];
  const line = parts.filter((part) => part && part !== '–').join(' · ');
  return <Text size="sm">{line || '—'}</Text>;
}

/** Which record a duplicate repeats, why, and a link to it where the console has a page. */
function DuplicateText({
  duplicate,
  kind,
  values,
}: {
  duplicate: ImportDuplicate | undefined;
  kind: ImportDocument['kind'];
  values: Values;
}) {
  const { t } = useTranslation('console');
  if (!duplicate) return null;
  const reason = t(`imports.reason.${duplicate.reason}`);
  if (duplicate.duplicateOfRow !== null)
    return <Text size="sm">{t('imports.rows.repeatsRow', { row: duplicate.duplicateOfRow, reason })}</Text>;
  const link =
    duplicate.existingId && (kind === 'beneficiaries' || kind === 'volunteers')
      ? `/console/registry/${duplicate.existingId}`
      : kind === 'attendance' && values.activityId
        ? `/console/activities/${values.activityId}`
        : null;
  return (
    <Text size="sm">
      {t(`imports.rows.existing.${kind}`, { reason })}
      {link && (
        <>
          {' '}
          <RouterAnchor to={link}>{t(`imports.rows.open.${kind}`)}</RouterAnchor>
        </>
      )}
    </Text>
  );
}

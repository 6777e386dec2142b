import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIELDS, type ImportKind } from './kinds.ts';

export type ColumnPair = { header: string; field: string };

/** The pairs as the API's `columns` mapping (header -> field), leaving out unfinished ones. */
export function columnsOf(pairs: ColumnPair[]): Record<string, string> {
  return Object.fromEntries(
    pairs.filter((pair) => pair.header.trim() && pair.field).map((pair) => [pair.header.trim(), pair.field]),
  );
}

/**
 * When the file's headers are not the ones Civitas recognises: each pair says which column of the
 * file holds which field. Plain fields and selects, one numbered pair per line.
 */
export function ColumnsEditor({
  kind,
  pairs,
  onChange,
}: {
  kind: ImportKind;
  pairs: ColumnPair[];
  onChange: (pairs: ColumnPair[]) => void;
}) {
  const { t } = useTranslation('console');
  const set = (index: number, change: Partial<ColumnPair>) =>
    onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...change } : pair)));
  return (
    <Stack gap="xs">
      <Text size="sm">{t('imports.columns.help')}</Text>
      {pairs.map((pair, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pairs have no identity but their place
        <Group key={index} align="end" wrap="wrap">
          <TextInput
            label={t('imports.columns.header', { n: index + 1 })}
            value={pair.header}
            onChange={(event) => set(index, { header: event.currentTarget.value })}
            w={260}
          />
          <NativeSelect
            label={t('imports.columns.field', { n: index + 1 })}
            value={pair.field}
            onChange={(event) => set(index, { field: event.currentTarget.value })}
            data={[
              { value: '', label: t('common.choose') },
              ...FIELDS[kind].map((field) => ({ value: field, label: t(`imports.field.${field}`) })),
            ]}
          />
          <Button
            variant="subtle"
            onClick={() => onChange(pairs.filter((_, i) => i !== index))}
            aria-label={t('imports.columns.removeOne', { n: index + 1 })}
          >
            {t('common.remove')}
          </Button>
        </Group>
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() => onChange([...pairs, { header: '', field: '' }])}
      >
        {t('imports.columns.add')}
      </Button>
    </Stack>
  );
}

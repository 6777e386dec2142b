import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, type Page } from '../../api/client.ts';
import type { Beneficiary, BeneficiaryKind } from '../../api/types.ts';
import { useMyCenters } from './hooks.ts';

/** A centre chooser (native select: keyboard and screen readers know it). */
export function CenterSelect({
  value,
  onChange,
  allowAll,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  allowAll?: boolean;
  label?: string;
}) {
  const { t } = useTranslation('console');
  const centers = useMyCenters();
  return (
    <NativeSelect
      label={label ?? t('common.center')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        ...(allowAll ? [{ value: '', label: t('common.allCenters') }] : []),
        ...(centers.data ?? []).map((center) => ({ value: center.id, label: center.name })),
      ]}
    />
  );
}

/**
 * Choosing a beneficiary from the registry: type part of the name, then pick from the matches.
 * Two plain fields instead of a combobox, so it works the same by keyboard and screen reader.
 */
export function BeneficiaryPicker({
  value,
  onChange,
  kinds,
  label,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  kinds?: BeneficiaryKind[];
  label?: string;
  error?: string;
}) {
  const { t } = useTranslation('console');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const results = useQuery({
    queryKey: ['beneficiaries', 'picker', q],
    queryFn: () =>
      get<Page<Beneficiary>>(`/api/beneficiaries?limit=50${q ? `&q=${encodeURIComponent(q)}` : ''}`),
  });
  const items = (results.data?.items ?? []).filter(
    (item) => !item.erased && (!kinds || kinds.includes(item.kind)),
  );
  const name = label ?? t('common.beneficiary');
  return (
    <Stack gap={4}>
      <TextInput
        label={t('common.searchBeneficiary', { name })}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        type="search"
      />
      <NativeSelect
        label={name}
        value={value}
        error={error}
        required
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[
          { value: '', label: t('common.choose') },
          ...items.map((item) => ({
            value: item.id,
            label: `${item.name} (${t(`kinds.beneficiary.${item.kind}`)})`,
          })),
        ]}
      />
    </Stack>
  );
}

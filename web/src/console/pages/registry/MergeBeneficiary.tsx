import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, type Page, send } from '../../../api/client.ts';
import type { Beneficiary } from '../../../api/types.ts';
import { DataTable, ErrorMessage } from '../../lib/ui.tsx';

type Named = { id: string; name: string };

/** Merging one record into another, once someone has said what moves and confirmed. */
export function useMerge(onMerged: (kept: Beneficiary, from: Named) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, into }: { from: Named; into: Named }) =>
      send('post', '/api/beneficiaries/{id}/merge', {
        params: { path: { id: from.id } },
        body: { into: into.id },
      }),
    onSuccess: (kept, { from }) => {
      queryClient.setQueryData(['beneficiary', kept.id], kept);
      void queryClient.invalidateQueries({ queryKey: ['beneficiaries'] });
      void queryClient.invalidateQueries({ queryKey: ['duplicate-pairs'] });
      void queryClient.invalidateQueries({ queryKey: ['representatives', kept.id] });
      onMerged(kept, from);
    },
  });
}

/** The confirmation: which record goes into which, and everything that moves with it. */
export function MergeConfirm({
  from,
  into,
  merge,
  onCancel,
}: {
  from: Named;
  into: Named;
  merge: ReturnType<typeof useMerge>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('console');
  const title = t('registryUpkeep.confirmTitle', { from: from.name, into: into.name });
  return (
    <Alert color="red" mt="sm" role="alertdialog" aria-label={title}>
      <Text fw={700}>{title}</Text>
      <Text size="sm" mt="xs">
        {t('registryUpkeep.whatMoves', { from: from.name, into: into.name })}
      </Text>
      <Group mt="sm">
        <Button color="red" loading={merge.isPending} onClick={() => merge.mutate({ from, into })}>
          {t('registryUpkeep.mergeNow')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ErrorMessage error={merge.error} />
    </Alert>
  );
}

/** "Merge into…": find the record that stays, then confirm. */
export function MergeBeneficiary({ item, onMerged }: { item: Named; onMerged: (kept: Beneficiary) => void }) {
  const { t } = useTranslation('console');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [into, setInto] = useState<Named | null>(null);
  const merge = useMerge((kept) => onMerged(kept));
  const found = useQuery({
    queryKey: ['beneficiaries', 'merge-into', q],
    enabled: q.length >= 2,
    queryFn: () => get<Page<Beneficiary>>(`/api/beneficiaries?limit=10&q=${encodeURIComponent(q)}`),
  });
  const candidates = (found.data?.items ?? []).filter((candidate) => candidate.id !== item.id);
  return (
    <Card withBorder component="section" aria-labelledby="merge-into">
      <Title order={2} size="h3" id="merge-into" mb="xs">
        {t('registryUpkeep.mergeTitle')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">{t('registryUpkeep.mergeHelp')}</Text>
        <TextInput
          type="search"
          label={t('registryUpkeep.mergeSearch')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setInto(null);
            // A refusal was about the record chosen before: it does not stand under the next one.
            merge.reset();
          }}
          w={360}
        />
        {q.length >= 2 && found.isSuccess && (
          <DataTable
            caption={t('registryUpkeep.candidates', { count: candidates.length })}
            headers={[t('common.name'), t('common.kind'), '']}
            empty={candidates.length === 0}
          >
            {candidates.map((candidate) => (
              <Table.Tr key={candidate.id}>
                <Table.Td>{candidate.name}</Table.Td>
                <Table.Td>{t(`kinds.beneficiary.${candidate.kind}`)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setInto(candidate)}
                    aria-label={t('registryUpkeep.mergeInto', { name: candidate.name })}
                  >
                    {t('registryUpkeep.choose')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
        {into && <MergeConfirm from={item} into={into} merge={merge} onCancel={() => setInto(null)} />}
      </Stack>
    </Card>
  );
}

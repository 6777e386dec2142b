import { Button, Card, Group, Table, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read, send } from '../../../api/client.ts';
import type { DuplicatePair } from '../../../api/types.ts';
import { DataTable, ErrorMessage, Notice, QueryState, RouterAnchor } from '../../lib/ui.tsx';
import { MergeConfirm, useMerge } from './MergeBeneficiary.tsx';

/** Likely duplicates in the registry, each pair with why, to merge or to mark as two. */
export function DuplicatesSection() {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const pairs = useQuery({
    queryKey: ['duplicate-pairs'],
    queryFn: () => read('/api/beneficiaries/duplicates'),
  });
  const items = (pairs.data?.items ?? []).filter((item): item is DuplicatePair => 'reasons' in item);
  const merge = useMerge((kept, from) => {
    setMerging(null);
    setNotice(t('registryUpkeep.pairMerged', { from: from.name, into: kept.name }));
  });
  const dismiss = useMutation({
    mutationFn: (pair: DuplicatePair) =>
      send('post', '/api/beneficiaries/duplicates/dismiss', { body: { a: pair.a.id, b: pair.b.id } }),
    onSuccess: (_, pair) => {
      setNotice(t('registryUpkeep.dismissed', { a: pair.a.name, b: pair.b.name }));
      void queryClient.invalidateQueries({ queryKey: ['duplicate-pairs'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="likely-duplicates">
      <Title order={2} size="h3" id="likely-duplicates" mb="xs">
        {t('registryUpkeep.duplicatesTitle')}
      </Title>
      <Notice message={notice} />
      <ErrorMessage error={dismiss.error} />
      <QueryState query={pairs}>
        <DataTable
          caption={t('registryUpkeep.duplicatesCaption', { count: items.length })}
          headers={[t('registryUpkeep.kept'), t('registryUpkeep.duplicate'), t('registryUpkeep.reasons'), '']}
          empty={items.length === 0}
        >
          {items.map((pair) => (
            <Table.Tr key={`${pair.a.id}-${pair.b.id}`}>
              <Table.Td>
                <RouterAnchor to={`/console/registry/${pair.a.id}`}>{pair.a.name}</RouterAnchor>
              </Table.Td>
              <Table.Td>
                <RouterAnchor to={`/console/registry/${pair.b.id}`}>{pair.b.name}</RouterAnchor>
              </Table.Td>
              <Table.Td>
                {pair.reasons.map((reason) => t(`registryUpkeep.reason.${reason}`)).join(', ')}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setMerging(pair)}
                    aria-label={t('registryUpkeep.mergePair', { from: pair.b.name, into: pair.a.name })}
                  >
                    {t('registryUpkeep.merge')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    loading={dismiss.isPending && dismiss.variables === pair}
                    onClick={() => dismiss.mutate(pair)}
                    aria-label={t('registryUpkeep.notDuplicateOf', { a: pair.a.name, b: pair.b.name })}
                  >
                    {t('registryUpkeep.notDuplicate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
      {merging && (
        <MergeConfirm from={merging.b} into={merging.a} merge={merge} onCancel={() => setMerging(null)} />
      )}
    </Card>
  );
}

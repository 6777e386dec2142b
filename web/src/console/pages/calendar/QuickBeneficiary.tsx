import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import { ErrorMessage, fieldError } from '../../lib/ui.tsx';

const KINDS = ['organization', 'informal_group', 'individual'] as const;

/**
 * Someone not yet in the registry, added on the spot at the desk (a walk-in, a phone call): the
 * name and kind now, the rest in the registry later. The registry's duplicate check still runs.
 */
export function QuickBeneficiary({ onAdded }: { onAdded: (id: string, name: string) => void }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('informal_group');
  const add = useMutation({
    mutationFn: () => send('post', '/api/beneficiaries', { body: { kind, name: name.trim() } }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['beneficiaries'] });
      onAdded(created.id, created.name);
      setOpen(false);
      setName('');
    },
  });
  if (!open) {
    return (
      <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setOpen(true)}>
        {t('desk.addBeneficiary')}
      </Button>
    );
  }
  return (
    <Group align="end" wrap="wrap">
      <TextInput
        label={t('desk.newBeneficiaryName')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={fieldError(add.error, 'name')}
        maxLength={300}
      />
      <NativeSelect
        label={t('common.kind')}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as (typeof KINDS)[number])}
        data={KINDS.map((each) => ({ value: each, label: t(`kinds.beneficiary.${each}`) }))}
      />
      <Button variant="default" onClick={() => add.mutate()} loading={add.isPending} disabled={!name.trim()}>
        {t('desk.addToRegistry')}
      </Button>
      <ErrorMessage error={add.error && !fieldError(add.error, 'name') ? add.error : null} />
    </Group>
  );
}

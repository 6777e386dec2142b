import { Card, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import type { BeneficiaryDetail, BeneficiaryKind } from '../../../api/types.ts';
import { districtLabel } from '../../../public/shared/queries.ts';
import { useDistricts } from '../../lib/hooks.ts';
import { ErrorMessage, FormActions, fieldError } from '../../lib/ui.tsx';

const KINDS: BeneficiaryKind[] = ['organization', 'informal_group', 'individual'];

/** Every field of a beneficiary, edited in one form; an empty field clears it. */
export function EditBeneficiary({
  item,
  onDone,
}: {
  item: BeneficiaryDetail;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const [kind, setKind] = useState<BeneficiaryKind>(item.kind);
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      send('patch', '/api/beneficiaries/{id}', { params: { path: { id: item.id } }, body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['beneficiary', item.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['beneficiaries'] });
      onDone(true);
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    const organization = kind === 'organization';
    save.mutate({
      kind,
      name: text('name') ?? '',
      email: text('email'),
      phone: text('phone'),
      district: text('district') ? Number(text('district')) : null,
      krs: organization ? text('krs') : null,
      nip: text('nip'),
      regon: text('regon'),
      legalForm: organization ? text('legalForm') : null,
    });
  }
  const field = (name: 'email' | 'phone' | 'krs' | 'nip' | 'regon' | 'legalForm') => ({
    name,
    defaultValue: item[name] ?? '',
    error: fieldError(save.error, name),
  });
  return (
    <Card withBorder component="section" aria-labelledby="edit-beneficiary">
      <Title order={2} size="h3" id="edit-beneficiary" mb="xs">
        {t('registryUpkeep.editTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorMessage error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('common.kind')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as BeneficiaryKind)}
              data={KINDS.map((value) => ({ value, label: t(`kinds.beneficiary.${value}`) }))}
            />
            <TextInput
              name="name"
              label={t('common.name')}
              required
              defaultValue={item.name}
              error={fieldError(save.error, 'name')}
            />
            <TextInput type="email" label={t('common.email')} {...field('email')} />
            <TextInput type="tel" label={t('registry.phone')} {...field('phone')} />
            <NativeSelect
              name="district"
              label={t('registry.district')}
              defaultValue={item.district ? String(item.district) : ''}
              data={[
                { value: '', label: t('registry.noDistrict') },
                ...(districts.data ?? []).map((district) => ({
                  value: String(district.number),
                  label: districtLabel(district.number, district.name),
                })),
              ]}
            />
            {kind === 'organization' && (
              <>
                <TextInput label={t('registry.legalForm')} {...field('legalForm')} />
                <TextInput label="KRS" inputMode="numeric" {...field('krs')} />
              </>
            )}
            <TextInput label="NIP" {...field('nip')} />
            <TextInput label="REGON" {...field('regon')} />
          </SimpleGrid>
          <FormActions
            submitLabel={t('registryUpkeep.save')}
            busy={save.isPending}
            onCancel={() => onDone(false)}
          />
        </Stack>
      </form>
    </Card>
  );
}

import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, get, type Page, read, send } from '../../api/client.ts';
import type { Beneficiary, BeneficiaryKind, Duplicate, RequestBody } from '../../api/types.ts';
import { districtLabel } from '../../public/shared/queries.ts';
import { useDistricts } from '../lib/hooks.ts';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  PageTitle,
  QueryState,
  RouterAnchor,
} from '../lib/ui.tsx';

import { DuplicatesSection } from './registry/DuplicatesSection.tsx';

export { BeneficiaryPage } from './registry/BeneficiaryPage.tsx';

const KINDS: BeneficiaryKind[] = ['organization', 'informal_group', 'individual'];

/** The registry: search, and registering a new beneficiary with duplicate warnings. */
export function RegistryPage() {
  const { t } = useTranslation('console');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [creating, setCreating] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const districts = useDistricts();
  const districtName = Object.fromEntries(
    (districts.data ?? []).map((d) => [d.number, districtLabel(d.number, d.name)]),
  );
  const list = useQuery({
    queryKey: ['beneficiaries', 'registry', q, kind],
    queryFn: () =>
      get<Page<Beneficiary>>(
        `/api/beneficiaries?limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}${kind ? `&kind=${kind}` : ''}`,
      ),
  });
  return (
    <Stack>
      <PageTitle
        actions={
          <Group>
            <Button variant="default" onClick={() => setReviewing(!reviewing)} aria-expanded={reviewing}>
              {t('registryUpkeep.duplicatesShow')}
            </Button>
            <Button onClick={() => setCreating(!creating)} aria-expanded={creating}>
              {t('registry.new')}
            </Button>
          </Group>
        }
      >
        {t('registry.title')}
      </PageTitle>
      {creating && <NewBeneficiary onCancel={() => setCreating(false)} />}
      {reviewing && <DuplicatesSection />}
      <Group align="end" role="search">
        <TextInput
          type="search"
          label={t('registry.search')}
          description={t('registry.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <NativeSelect
          label={t('common.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...KINDS.map((value) => ({ value, label: t(`kinds.beneficiary.${value}`) })),
          ]}
        />
      </Group>
      <QueryState query={list}>
        <DataTable
          caption={t('registry.results', { count: list.data?.items.length ?? 0 })}
          headers={[
            t('common.name'),
            t('common.kind'),
            t('registry.district'),
            t('registry.ids'),
            t('common.email'),
          ]}
          empty={(list.data?.items.length ?? 0) === 0}
        >
          {list.data?.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <RouterAnchor to={`/console/registry/${item.id}`}>{item.name}</RouterAnchor>
              </Table.Td>
              <Table.Td>{t(`kinds.beneficiary.${item.kind}`)}</Table.Td>
              <Table.Td>{item.district ? districtName[item.district] : '—'}</Table.Td>
              <Table.Td>
                {[item.krs && `KRS ${item.krs}`, item.nip && `NIP ${item.nip}`].filter(Boolean).join(', ') ||
                  '—'}
              </Table.Td>
              <Table.Td>{item.email ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
    </Stack>
  );
}

function NewBeneficiary({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const [kind, setKind] = useState<BeneficiaryKind>('organization');
  const [name, setName] = useState('');
  const [debouncedName] = useDebouncedValue(name, 300);
  const duplicates = useQuery({
    queryKey: ['duplicates', debouncedName],
    enabled: debouncedName.trim().length >= 3,
    queryFn: () => read('/api/beneficiaries/duplicates', { params: { query: { name: debouncedName } } }),
  });
  const create = useMutation({
    mutationFn: (body: RequestBody<'/api/beneficiaries', 'post'>) =>
      send('post', '/api/beneficiaries', { body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['beneficiaries'] });
      navigate(`/console/registry/${created.id}`, {
        state: { created: true, possibleDuplicates: created.possibleDuplicates ?? [] },
      });
    },
  });
  const existingId =
    create.error instanceof ApiError && create.error.status === 409
      ? (create.error.details as { existingId?: string } | undefined)?.existingId
      : undefined;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => {
      const value = String(form.get(key) ?? '').trim();
      return value === '' ? undefined : value;
    };
    create.mutate({
      kind,
      name,
      email: text('email'),
      phone: text('phone'),
      district: text('district') ? Number(text('district')) : undefined,
      krs: kind === 'organization' ? text('krs') : undefined,
      nip: text('nip'),
      regon: text('regon'),
      legalForm: kind === 'organization' ? text('legalForm') : undefined,
    });
  }
  // With a name the answer lists names alike (not the registry's likely pairs).
  const found = (duplicates.data?.items ?? []).filter((item): item is Duplicate => 'similarity' in item);
  return (
    <Card withBorder component="section" aria-labelledby="new-beneficiary">
      <Title order={2} id="new-beneficiary" mb="sm">
        {t('registry.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorMessage error={create.error} />
          {existingId && (
            <Text size="sm">
              <RouterAnchor to={`/console/registry/${existingId}`}>{t('registry.openExisting')}</RouterAnchor>
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('common.kind')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as BeneficiaryKind)}
              data={KINDS.map((value) => ({ value, label: t(`kinds.beneficiary.${value}`) }))}
            />
            <TextInput
              label={t('common.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(create.error, 'name')}
            />
          </SimpleGrid>
          <div aria-live="polite">
            {found.length > 0 && (
              <Alert color="yellow" variant="light" title={t('registry.duplicatesTitle')}>
                <Text size="sm" c="dark">
                  {t('registry.duplicates', { count: found.length })}
                </Text>
                <List size="sm">
                  {found.map((duplicate) => (
                    <List.Item key={duplicate.id}>
                      <RouterAnchor to={`/console/registry/${duplicate.id}`}>{duplicate.name}</RouterAnchor> (
                      {t(`kinds.beneficiary.${duplicate.kind}`)})
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              name="email"
              type="email"
              label={t('common.email')}
              error={fieldError(create.error, 'email')}
            />
            <TextInput
              name="phone"
              type="tel"
              label={t('registry.phone')}
              error={fieldError(create.error, 'phone')}
            />
            <NativeSelect
              name="district"
              label={t('registry.district')}
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
                <TextInput name="legalForm" label={t('registry.legalForm')} />
                <TextInput
                  name="krs"
                  label="KRS"
                  inputMode="numeric"
                  error={fieldError(create.error, 'krs')}
                  description={t('registry.krsHelp')}
                />
              </>
            )}
            <TextInput name="nip" label="NIP" error={fieldError(create.error, 'nip')} />
            <TextInput name="regon" label="REGON" error={fieldError(create.error, 'regon')} />
          </SimpleGrid>
          <FormActions submitLabel={t('registry.create')} busy={create.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    </Card>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
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
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, del, get, type Page, post } from '../../api/client.ts';
import type {
  Beneficiary,
  BeneficiaryKind,
  CreatedBeneficiary,
  Duplicate,
  Representative,
} from '../../api/types.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { useDistricts, useUsers } from '../lib/hooks.ts';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  Notice,
  PageTitle,
  QueryState,
  RouterAnchor,
} from '../lib/ui.tsx';

const KINDS: BeneficiaryKind[] = ['organization', 'informal_group', 'individual'];

/** The registry: search, and registering a new beneficiary with duplicate warnings. */
export function RegistryPage() {
  const { t } = useTranslation('console');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [creating, setCreating] = useState(false);
  const districts = useDistricts();
  const districtName = Object.fromEntries((districts.data ?? []).map((d) => [d.number, d.name]));
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
          <Button onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {t('registry.new')}
          </Button>
        }
      >
        {t('registry.title')}
      </PageTitle>
      {creating && <NewBeneficiary onCancel={() => setCreating(false)} />}
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
    queryFn: () =>
      get<{ items: Duplicate[] }>(`/api/beneficiaries/duplicates?name=${encodeURIComponent(debouncedName)}`),
  });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => post<CreatedBeneficiary>('/api/beneficiaries', body),
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
  const found = duplicates.data?.items ?? [];
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
                  label: `${district.number}. ${district.name}`,
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

/** One beneficiary: its data, representatives, GDPR export and erasure. */
export function BeneficiaryPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const created = useLocation().state as { created?: boolean; possibleDuplicates?: Duplicate[] } | null;
  const [notice, setNotice] = useState<string | null>(created?.created ? t('registry.created') : null);
  const districts = useDistricts();
  const beneficiary = useQuery({
    queryKey: ['beneficiary', id],
    queryFn: () => get<Beneficiary>(`/api/beneficiaries/${id}`),
  });
  const representatives = useQuery({
    queryKey: ['representatives', id],
    queryFn: () => get<Page<Representative>>(`/api/beneficiaries/${id}/representatives`),
  });
  const members = useUsers('member');
  const [userId, setUserId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const addRepresentative = useMutation({
    mutationFn: () => post<Representative>(`/api/beneficiaries/${id}/representatives`, { userId }),
    onSuccess: (added) => {
      setNotice(t('registry.representativeAdded', { name: added.name }));
      setUserId('');
      void queryClient.invalidateQueries({ queryKey: ['representatives', id] });
    },
  });
  const removeRepresentative = useMutation({
    mutationFn: (representative: Representative) =>
      del(`/api/beneficiaries/${id}/representatives/${representative.userId}`),
    onSuccess: (_, representative) => {
      setNotice(t('registry.representativeRemoved', { name: representative.name }));
      void queryClient.invalidateQueries({ queryKey: ['representatives', id] });
    },
  });
  const erase = useMutation({
    mutationFn: () => del<Beneficiary>(`/api/beneficiaries/${id}`),
    onSuccess: (erased) => {
      setConfirming(false);
      setNotice(t('registry.erased'));
      queryClient.setQueryData(['beneficiary', id], erased);
      void queryClient.invalidateQueries({ queryKey: ['beneficiaries'] });
      void queryClient.invalidateQueries({ queryKey: ['representatives', id] });
    },
  });
  const item = beneficiary.data;
  const districtName = Object.fromEntries((districts.data ?? []).map((d) => [d.number, d.name]));
  const fields: [string, string | null | undefined][] = item
    ? [
        [t('common.kind'), t(`kinds.beneficiary.${item.kind}`)],
        [t('common.email'), item.email],
        [t('registry.phone'), item.phone],
        [
          t('registry.district'),
          item.district ? `${item.district}. ${districtName[item.district] ?? ''}` : null,
        ],
        [t('registry.legalForm'), item.legalForm],
        ['KRS', item.krs],
        ['NIP', item.nip],
        ['REGON', item.regon],
        [t('registry.registeredAt'), formatDateTime(item.createdAt)],
      ]
    : [];
  return (
    <Stack>
      <Anchor component={Link} to="/console/registry" size="sm">
        {t('registry.back')}
      </Anchor>
      <QueryState query={beneficiary}>
        {item && (
          <>
            <PageTitle>{item.erased ? t('registry.erasedName') : item.name}</PageTitle>
            <Notice message={notice} />
            {!!created?.possibleDuplicates?.length && (
              <Alert color="yellow" variant="light" title={t('registry.duplicatesTitle')}>
                <Text size="sm" c="dark">
                  {t('registry.duplicatesAfter', { count: created.possibleDuplicates.length })}
                </Text>
                <List size="sm">
                  {created.possibleDuplicates.map((duplicate) => (
                    <List.Item key={duplicate.id}>
                      <RouterAnchor to={`/console/registry/${duplicate.id}`}>{duplicate.name}</RouterAnchor>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Card withBorder component="section" aria-labelledby="beneficiary-data">
              <Title order={2} size="h3" id="beneficiary-data" mb="xs">
                {t('registry.data')}
              </Title>
              <Table variant="vertical" withTableBorder>
                <Table.Tbody>
                  {fields.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th scope="row" w={200}>
                        {label}
                      </Table.Th>
                      <Table.Td>{value || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder component="section" aria-labelledby="representatives">
              <Title order={2} size="h3" id="representatives" mb="xs">
                {t('registry.representatives')}
              </Title>
              <QueryState query={representatives}>
                <DataTable
                  caption={t('registry.representativesCaption', { name: item.name })}
                  headers={[t('common.name'), t('common.email'), t('registry.since'), '']}
                  empty={(representatives.data?.items.length ?? 0) === 0}
                >
                  {representatives.data?.items.map((representative) => (
                    <Table.Tr key={representative.userId}>
                      <Table.Td>{representative.name}</Table.Td>
                      <Table.Td>{representative.email}</Table.Td>
                      <Table.Td>{formatDateTime(representative.createdAt, { dateStyle: 'medium' })}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => removeRepresentative.mutate(representative)}
                          aria-label={t('registry.removeRepresentative', { name: representative.name })}
                        >
                          {t('common.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
              </QueryState>
              {!item.erased && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    addRepresentative.mutate();
                  }}
                >
                  <Group align="end" mt="sm">
                    <NativeSelect
                      label={t('registry.addRepresentative')}
                      value={userId}
                      onChange={(event) => setUserId(event.currentTarget.value)}
                      error={fieldError(addRepresentative.error, 'userId')}
                      data={[
                        { value: '', label: t('common.choose') },
                        ...(members.data ?? []).map((user) => ({
                          value: user.id,
                          label: `${user.name} (${user.email})`,
                        })),
                      ]}
                    />
                    <Button type="submit" disabled={!userId} loading={addRepresentative.isPending}>
                      {t('common.add')}
                    </Button>
                  </Group>
                  <ErrorMessage error={addRepresentative.error ?? removeRepresentative.error} />
                </form>
              )}
            </Card>
            <Card withBorder component="section" aria-labelledby="gdpr">
              <Title order={2} size="h3" id="gdpr" mb="xs">
                {t('registry.gdpr')}
              </Title>
              <Group>
                <Button component="a" href={`/api/beneficiaries/${id}/export`} download variant="default">
                  {t('registry.export')}
                </Button>
                {!item.erased && (
                  <Button
                    color="red"
                    variant="outline"
                    onClick={() => setConfirming(true)}
                    aria-expanded={confirming}
                  >
                    {t('registry.erase')}
                  </Button>
                )}
              </Group>
              {confirming && (
                <Alert
                  color="red"
                  mt="sm"
                  title={t('registry.eraseTitle')}
                  role="alertdialog"
                  aria-labelledby="erase-title"
                >
                  <Text size="sm" id="erase-title">
                    {t('registry.eraseWarning', { name: item.name })}
                  </Text>
                  <Checkbox
                    mt="sm"
                    label={t('registry.eraseConfirm')}
                    checked={understood}
                    onChange={(event) => setUnderstood(event.currentTarget.checked)}
                  />
                  <Group mt="sm">
                    <Button
                      color="red"
                      disabled={!understood}
                      loading={erase.isPending}
                      onClick={() => erase.mutate()}
                    >
                      {t('registry.eraseNow')}
                    </Button>
                    <Button variant="default" onClick={() => setConfirming(false)}>
                      {t('common.cancel')}
                    </Button>
                  </Group>
                  <ErrorMessage error={erase.error} />
                </Alert>
              )}
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, del, read, send } from '../../../api/client.ts';
import type { Beneficiary, Duplicate, Representative } from '../../../api/types.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import { districtLabel } from '../../../public/shared/queries.ts';
import { useDistricts, useUsers } from '../../lib/hooks.ts';
import {
  DataTable,
  ErrorMessage,
  fieldError,
  Notice,
  PageTitle,
  QueryState,
  RouterAnchor,
} from '../../lib/ui.tsx';
import { EditBeneficiary } from './EditBeneficiary.tsx';
import { MergeBeneficiary } from './MergeBeneficiary.tsx';

/** A record merged into another answers 404 with the kept record's id: old links follow it. */
function mergedInto(error: unknown): string | undefined {
  const details = error instanceof ApiError && error.status === 404 ? error.details : undefined;
  return (details as { mergedInto?: string } | undefined)?.mergedInto;
}

/** One beneficiary: its data and their editing, representatives, merging a duplicate, GDPR export and erasure. */
export function BeneficiaryPage() {
  const { id = '' } = useParams();
  // A fresh page for each record: going from a merged record to the kept one starts anew.
  return <BeneficiaryView key={id} id={id} />;
}

function BeneficiaryView({ id }: { id: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const created = useLocation().state as {
    created?: boolean;
    possibleDuplicates?: Duplicate[];
    mergedFrom?: string;
  } | null;
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | null>(
    created?.created
      ? t('registry.created')
      : created?.mergedFrom
        ? t('registryUpkeep.merged', { from: created.mergedFrom })
        : null,
  );
  const [editing, setEditing] = useState(false);
  const districts = useDistricts();
  const beneficiary = useQuery({
    queryKey: ['beneficiary', id],
    queryFn: () => read('/api/beneficiaries/{id}', { params: { path: { id } } }),
  });
  const representatives = useQuery({
    queryKey: ['representatives', id],
    queryFn: () => read('/api/beneficiaries/{id}/representatives', { params: { path: { id } } }),
  });
  const members = useUsers('member');
  const [userId, setUserId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const addRepresentative = useMutation({
    mutationFn: () =>
      send('post', '/api/beneficiaries/{id}/representatives', { params: { path: { id } }, body: { userId } }),
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
  const followTo = mergedInto(beneficiary.error);
  if (followTo) return <Navigate to={`/console/registry/${followTo}`} replace />;
  const districtName = Object.fromEntries((districts.data ?? []).map((d) => [d.number, d.name]));
  const fields: [string, string | null | undefined][] = item
    ? [
        [t('common.kind'), t(`kinds.beneficiary.${item.kind}`)],
        [t('common.email'), item.email],
        [t('registry.phone'), item.phone],
        [
          t('registry.district'),
          item.district ? districtLabel(item.district, districtName[item.district]) : null,
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
            <PageTitle
              actions={
                !item.erased && (
                  <Button variant="default" onClick={() => setEditing(!editing)} aria-expanded={editing}>
                    {t('registryUpkeep.edit')}
                  </Button>
                )
              }
            >
              {item.erased ? t('registry.erasedName') : item.name}
            </PageTitle>
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
            {editing && (
              <EditBeneficiary
                key={item.updatedAt}
                item={item}
                onDone={(saved) => {
                  setEditing(false);
                  if (saved) setNotice(t('registryUpkeep.saved'));
                }}
              />
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
            {!item.erased && (
              <MergeBeneficiary
                item={item}
                onMerged={(kept) =>
                  navigate(`/console/registry/${kept.id}`, { state: { mergedFrom: item.name } })
                }
              />
            )}
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

import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { send } from '../api/client.ts';
import type {
  Beneficiary,
  BeneficiaryKind,
  Duplicate as PossibleDuplicate,
  RequestBody,
} from '../api/types.ts';
import { apiFieldErrors, ErrorSummary, type FieldErrors, safeNext } from '../public/shared/forms.tsx';
import { districtName, useDistricts } from '../public/shared/queries.ts';
import { Page } from '../public/shared/ui.tsx';

const FIELDS = ['kind', 'name', 'email', 'phone', 'district', 'krs', 'nip', 'regon', 'legalForm'] as const;
type Field = (typeof FIELDS)[number];
const KINDS: BeneficiaryKind[] = ['organization', 'informal_group', 'individual'];

/**
 * Registers an organization, an informal group or the member as a person (POST
 * /api/beneficiaries); the member becomes its representative. Field errors (checksums of NIP and
 * REGON, a KRS or NIP already registered) stand next to their fields; names alike to existing
 * entries are shown after it is added.
 */
export function NewOrganizationPage() {
  const { t } = useTranslation('member');
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), '/my/organizations');
  const districts = useDistricts();
  const [kind, setKind] = useState<BeneficiaryKind>('organization');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<(Beneficiary & { possibleDuplicates: PossibleDuplicate[] }) | null>(
    null,
  );
  const optional = (label: string) => `${label} (${t('newOrganization.optional')})`;
  const labels: Record<Field, string> = {
    kind: t('newOrganization.kind'),
    name: kind === 'individual' ? t('newOrganization.nameIndividual') : t('newOrganization.name'),
    email: optional(t('newOrganization.email')),
    phone: optional(t('newOrganization.phone')),
    district: optional(t('newOrganization.district')),
    krs: optional(t('newOrganization.krs')),
    nip: optional(t('newOrganization.nip')),
    regon: optional(t('newOrganization.regon')),
    legalForm: optional(t('newOrganization.legalForm')),
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: Field) => String(form.get(name) ?? '').trim();
    const body: Record<string, unknown> = { kind, name: value('name') };
    for (const name of ['email', 'phone', 'krs', 'nip', 'regon', 'legalForm'] as const) {
      if (form.has(name) && value(name)) body[name] = value(name);
    }
    if (value('district')) body.district = Number(value('district'));
    if (!body.name) {
      setErrors({ name: t('request.required') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const beneficiary = await send('post', '/api/beneficiaries', {
        body: body as RequestBody<'/api/beneficiaries', 'post'>,
      });
      setCreated(beneficiary);
      void queryClient.invalidateQueries({ queryKey: ['my-beneficiaries'] });
    } catch (caught) {
      const found = apiFieldErrors(caught, FIELDS);
      for (const field of ['krs', 'nip'] as const) {
        if (found[field] && (caught as { status?: number }).status === 409) {
          found[field] = `${found[field]} ${t('newOrganization.conflict')}`;
        }
      }
      setErrors(found);
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <Page title={t('newOrganization.title')}>
        <Stack role="status" gap="sm">
          <Alert color="green" variant="light">
            {t('newOrganization.created', { name: created.name })}
          </Alert>
          {created.possibleDuplicates.length > 0 && (
            <Alert color="blue" variant="light" title={t('newOrganization.duplicatesTitle')}>
              <Text size="sm" mb="xs">
                {t('newOrganization.duplicates')}
              </Text>
              <List size="sm">
                {created.possibleDuplicates.map((duplicate) => (
                  <List.Item key={duplicate.id}>{duplicate.name}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
        <Group>
          <Button component={Link} to={next}>
            {t('newOrganization.continue')}
          </Button>
        </Group>
      </Page>
    );
  }

  const organization = kind === 'organization';
  return (
    <Page title={t('newOrganization.title')} lead={t('newOrganization.lead')}>
      <Paper withBorder p="lg" maw={640}>
        <form onSubmit={submit} noValidate aria-label={t('newOrganization.title')}>
          <Stack>
            <ErrorSummary errors={errors} labels={labels} idPrefix="beneficiary" />
            <Radio.Group
              id="beneficiary-kind"
              name="kind"
              label={labels.kind}
              value={kind}
              onChange={(value) => setKind(value as BeneficiaryKind)}
              error={errors.kind}
            >
              <Stack gap="xs" mt="xs">
                {KINDS.map((value) => (
                  <Radio key={value} value={value} label={t(`newOrganization.kinds.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput
              id="beneficiary-name"
              name="name"
              label={labels.name}
              required
              autoComplete={kind === 'individual' ? 'name' : 'organization'}
              error={errors.name}
            />
            <TextInput
              id="beneficiary-email"
              name="email"
              type="email"
              label={labels.email}
              autoComplete="email"
              error={errors.email}
            />
            <TextInput
              id="beneficiary-phone"
              name="phone"
              type="tel"
              label={labels.phone}
              autoComplete="tel"
              error={errors.phone}
            />
            <NativeSelect
              id="beneficiary-district"
              name="district"
              label={labels.district}
              error={errors.district}
              data={[
                { value: '', label: t('newOrganization.noDistrict') },
                ...(districts.data ?? []).map((district) => ({
                  value: String(district.number),
                  label: districtName(districts.data, district.number) ?? district.name,
                })),
              ]}
            />
            {kind !== 'individual' && (
              <>
                {organization && (
                  <TextInput
                    id="beneficiary-krs"
                    name="krs"
                    label={labels.krs}
                    description={t('newOrganization.krsHint')}
                    inputMode="numeric"
                    error={errors.krs}
                  />
                )}
                <TextInput
                  id="beneficiary-nip"
                  name="nip"
                  label={labels.nip}
                  description={t('newOrganization.nipHint')}
                  inputMode="numeric"
                  error={errors.nip}
                />
                <TextInput
                  id="beneficiary-regon"
                  name="regon"
                  label={labels.regon}
                  description={t('newOrganization.regonHint')}
                  inputMode="numeric"
                  error={errors.regon}
                />
                {organization && (
                  <TextInput
                    id="beneficiary-legalForm"
                    name="legalForm"
                    label={labels.legalForm}
                    description={t('newOrganization.legalFormHint')}
                    error={errors.legalForm}
                  />
                )}
              </>
            )}
            <Group>
              <Button type="submit" loading={busy}>
                {t('newOrganization.submit')}
              </Button>
              <Anchor component={Link} to="/my/organizations">
                {t('newOrganization.backToList')}
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}

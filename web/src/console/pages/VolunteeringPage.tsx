import {
  Button,
  Card,
  Checkbox,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { send } from '../../api/client.ts';
import type { VolunteerOffer as Offer, RequestBody } from '../../api/types.ts';
import { districtLabel } from '../../public/shared/queries.ts';
import { getAll } from '../lib/fetch-all.ts';
import { useDistricts } from '../lib/hooks.ts';
import { BeneficiaryPicker } from '../lib/pickers.tsx';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  PageTitle,
  QueryState,
  RouterAnchor,
  StatusBadge,
} from '../lib/ui.tsx';
import { useSkillLabel, useSkills } from './volunteering/skills.ts';

export { OfferPage } from './volunteering/OfferPage.tsx';

/** Volunteering: offers of organizations, new offers. */
export function VolunteeringPage() {
  const { t } = useTranslation('console');
  const [status, setStatus] = useState('open');
  const [creating, setCreating] = useState(false);
  const label = useSkillLabel();
  const offers = useQuery({
    queryKey: ['offers', status],
    queryFn: () => getAll<Offer>(`/api/volunteer-offers${status ? `?status=${status}` : ''}`, 3),
  });
  return (
    <Stack>
      <PageTitle
        actions={
          <Button onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {t('volunteering.new')}
          </Button>
        }
      >
        {t('volunteering.title')}
      </PageTitle>
      {creating && <NewOffer onCancel={() => setCreating(false)} />}
      <NativeSelect
        label={t('common.status')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value)}
        w={220}
        data={[
          { value: 'open', label: t('status.open') },
          { value: 'pending_review', label: t('status.pending_review') },
          { value: 'closed', label: t('status.closed') },
          { value: '', label: t('common.all') },
        ]}
      />
      <QueryState query={offers}>
        <DataTable
          caption={t('volunteering.caption', { count: offers.data?.length ?? 0 })}
          headers={[
            t('common.title'),
            t('volunteering.organization'),
            t('volunteering.skills'),
            t('volunteering.volunteers'),
            t('common.status'),
          ]}
          empty={(offers.data?.length ?? 0) === 0}
        >
          {offers.data?.map((offer) => (
            <Table.Tr key={offer.id}>
              <Table.Td>
                <RouterAnchor to={`/console/volunteering/${offer.id}`}>{offer.title}</RouterAnchor>
              </Table.Td>
              <Table.Td>{offer.organizationName}</Table.Td>
              <Table.Td>{offer.skills.map(label).join(', ')}</Table.Td>
              <Table.Td>
                {offer.volunteersAccepted} / {offer.volunteersNeeded}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={offer.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
    </Stack>
  );
}

function NewOffer({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const skills = useSkills();
  const districts = useDistricts();
  const [organizationId, setOrganizationId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: (body: RequestBody<'/api/volunteer-offers', 'post'>) =>
      send('post', '/api/volunteer-offers', { body }),
    onSuccess: (offer) => {
      void queryClient.invalidateQueries({ queryKey: ['offers'] });
      navigate(`/console/volunteering/${offer.id}`);
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim();
    create.mutate({
      organizationId,
      title: value('title'),
      description: value('description') || null,
      skills: chosen as RequestBody<'/api/volunteer-offers', 'post'>['skills'],
      district: value('district') ? Number(value('district')) : null,
      start: value('start') || null,
      end: value('end') || null,
      volunteersNeeded: Number(value('volunteersNeeded') || 1),
      hoursPerWeek: value('hoursPerWeek') ? Number(value('hoursPerWeek')) : null,
    });
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-offer">
      <Title order={2} id="new-offer" mb="sm">
        {t('volunteering.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorMessage error={create.error} />
          <BeneficiaryPicker
            value={organizationId}
            onChange={setOrganizationId}
            kinds={['organization', 'informal_group']}
            label={t('volunteering.organization')}
            error={fieldError(create.error, 'organizationId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              name="title"
              label={t('common.title')}
              required
              error={fieldError(create.error, 'title')}
            />
            <NativeSelect
              name="district"
              label={t('registry.district')}
              data={[
                { value: '', label: t('registry.noDistrict') },
                ...(districts.data ?? []).map((d) => ({
                  value: String(d.number),
                  label: districtLabel(d.number, d.name),
                })),
              ]}
            />
            <TextInput name="start" type="date" label={t('volunteering.start')} />
            <TextInput
              name="end"
              type="date"
              label={t('volunteering.end')}
              error={fieldError(create.error, 'end')}
            />
            <NumberInput
              name="volunteersNeeded"
              label={t('volunteering.needed')}
              min={1}
              defaultValue={1}
              allowDecimal={false}
              required
            />
            <NumberInput
              name="hoursPerWeek"
              label={t('volunteering.hoursPerWeek')}
              min={1}
              max={80}
              allowDecimal={false}
            />
          </SimpleGrid>
          <Textarea name="description" label={t('activities.description')} autosize minRows={2} />
          <Checkbox.Group
            label={t('volunteering.skills')}
            value={chosen}
            onChange={setChosen}
            withAsterisk
            error={fieldError(create.error, 'skills')}
          >
            <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
              {(skills.data ?? []).map((skill) => (
                <Checkbox
                  key={skill.code}
                  value={skill.code}
                  label={i18n.language === 'en' ? skill.en : skill.pl}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <FormActions submitLabel={t('volunteering.create')} busy={create.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    </Card>
  );
}

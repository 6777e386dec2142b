import {
  Button,
  Card,
  NativeSelect,
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
import { type Initiative, type RequestBody, STAGES } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { getAll } from '../lib/fetch-all.ts';
import { useMyCenters, useUsers } from '../lib/hooks.ts';
import { BeneficiaryPicker } from '../lib/pickers.tsx';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  formatDay,
  PageTitle,
  QueryState,
  RouterAnchor,
} from '../lib/ui.tsx';

export { InitiativePage } from './incubation/InitiativePage.tsx';

/** Incubation: initiatives by stage, with the next step and its date. */
export function IncubationPage() {
  const { t } = useTranslation('console');
  const { isStaff } = useAuth();
  const [stage, setStage] = useState('');
  const [creating, setCreating] = useState(false);
  const initiatives = useQuery({
    queryKey: ['initiatives', stage],
    queryFn: () => getAll<Initiative>(`/api/initiatives${stage ? `?stage=${stage}` : ''}`, 3),
  });
  return (
    <Stack>
      <PageTitle
        actions={
          isStaff && (
            <Button onClick={() => setCreating(!creating)} aria-expanded={creating}>
              {t('incubation.new')}
            </Button>
          )
        }
      >
        {t('incubation.title')}
      </PageTitle>
      {creating && <NewInitiative onCancel={() => setCreating(false)} />}
      <NativeSelect
        label={t('incubation.stage')}
        value={stage}
        onChange={(event) => setStage(event.currentTarget.value)}
        w={260}
        data={[
          { value: '', label: t('common.all') },
          ...STAGES.map((value) => ({ value, label: t(`stages.${value}`) })),
        ]}
      />
      <QueryState query={initiatives}>
        <DataTable
          caption={t('incubation.caption', { count: initiatives.data?.length ?? 0 })}
          headers={[
            t('common.title'),
            t('common.beneficiary'),
            t('incubation.stage'),
            t('incubation.mentor'),
            t('incubation.nextStep'),
          ]}
          empty={(initiatives.data?.length ?? 0) === 0}
        >
          {initiatives.data?.map((initiative) => (
            <Table.Tr key={initiative.id}>
              <Table.Td>
                <RouterAnchor to={`/console/incubation/${initiative.id}`}>{initiative.title}</RouterAnchor>
              </Table.Td>
              <Table.Td>{initiative.beneficiaryName}</Table.Td>
              <Table.Td>{t(`stages.${initiative.stage}`)}</Table.Td>
              <Table.Td>{initiative.mentor?.name ?? '—'}</Table.Td>
              <Table.Td>
                {initiative.nextStep
                  ? `${initiative.nextStep}${initiative.nextStepDate ? ` (${formatDay(initiative.nextStepDate)})` : ''}`
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
    </Stack>
  );
}

function NewInitiative({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mentors = useUsers('advisor');
  const centers = useMyCenters();
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const create = useMutation({
    mutationFn: (body: RequestBody<'/api/initiatives', 'post'>) => send('post', '/api/initiatives', { body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
      navigate(`/console/incubation/${created.id}`);
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim();
    create.mutate({
      beneficiaryId,
      title: value('title'),
      description: value('description') || null,
      mentorId: value('mentorId') || null,
      centerId: value('centerId') || null,
    });
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-initiative">
      <Title order={2} id="new-initiative" mb="sm">
        {t('incubation.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorMessage error={create.error} />
          <BeneficiaryPicker
            value={beneficiaryId}
            onChange={setBeneficiaryId}
            error={fieldError(create.error, 'beneficiaryId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              name="title"
              label={t('common.title')}
              required
              error={fieldError(create.error, 'title')}
            />
            <NativeSelect
              name="mentorId"
              label={t('incubation.mentor')}
              error={fieldError(create.error, 'mentorId')}
              data={[
                { value: '', label: t('incubation.noMentor') },
                ...(mentors.data ?? []).map((user) => ({ value: user.id, label: user.name })),
              ]}
            />
            <NativeSelect
              name="centerId"
              label={t('common.center')}
              data={[
                { value: '', label: '—' },
                ...(centers.data ?? []).map((center) => ({ value: center.id, label: center.name })),
              ]}
            />
          </SimpleGrid>
          <Textarea name="description" label={t('activities.description')} autosize minRows={2} />
          <FormActions submitLabel={t('incubation.create')} busy={create.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    </Card>
  );
}

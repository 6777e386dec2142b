import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, read, send } from '../../../api/client.ts';
import type { EngagementDetail, Goal } from '../../../api/types.ts';
import {
  DataTable,
  ErrorMessage,
  fieldError,
  formatRange,
  Notice,
  PageTitle,
  QueryState,
  StatusBadge,
} from '../../lib/ui.tsx';
import { NoProfile, useMyAdvisor } from './my-advisor.tsx';

/** Coaching and mentoring engagements with their goals. */
export function EngagementsPage() {
  const { t } = useTranslation('console');
  const mine = useMyAdvisor();
  const [chosen, setChosen] = useState('');
  const engagements = useQuery({
    queryKey: ['engagements', mine.advisor?.id],
    enabled: !!mine.advisor,
    queryFn: () =>
      read('/api/engagements', { params: { query: { advisorId: mine.advisor?.id, limit: 200 } } }),
  });
  const items = engagements.data?.items ?? [];
  const current = chosen || items[0]?.id || '';
  return (
    <Stack>
      <PageTitle>{t('advisor.engagementsTitle')}</PageTitle>
      <QueryState query={mine}>
        {!mine.advisor ? (
          <NoProfile />
        ) : (
          <QueryState query={engagements}>
            <DataTable
              caption={t('advisor.engagementsCaption')}
              headers={[t('common.beneficiary'), t('common.kind'), t('common.title'), t('common.status'), '']}
              empty={items.length === 0}
            >
              {items.map((engagement) => (
                <Table.Tr key={engagement.id}>
                  <Table.Th scope="row" fw={500}>
                    {engagement.beneficiaryName}
                  </Table.Th>
                  <Table.Td>{t(`kinds.appointment.${engagement.kind}`)}</Table.Td>
                  <Table.Td>{engagement.title ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={engagement.status} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant={engagement.id === current ? 'filled' : 'default'}
                      aria-pressed={engagement.id === current}
                      onClick={() => setChosen(engagement.id)}
                    >
                      {t('advisor.goals')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {current && <EngagementGoals id={current} />}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}

export function EngagementGoals({ id }: { id: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const engagement = useQuery({
    queryKey: ['engagement', id],
    queryFn: () => read('/api/engagements/{id}', { params: { path: { id } } }),
  });
  const update = (answer: EngagementDetail, message: string) => {
    queryClient.setQueryData(['engagement', id], answer);
    void queryClient.invalidateQueries({ queryKey: ['engagements'] });
    setNotice(message);
  };
  const addGoal = useMutation({
    mutationFn: () =>
      send('post', '/api/engagements/{id}/goals', { params: { path: { id } }, body: { title } }),
    onSuccess: (answer) => {
      setTitle('');
      update(answer, t('advisor.goalAdded'));
    },
  });
  const close = useMutation({
    mutationFn: () => post<EngagementDetail>(`/api/engagements/${id}/close`),
    onSuccess: (answer) => update(answer, t('advisor.closed')),
  });
  const item = engagement.data;
  return (
    <Card withBorder component="section" aria-labelledby="goals">
      <Title order={2} size="h3" id="goals" mb="xs">
        {t('advisor.goalsOf', { name: item?.beneficiaryName ?? '' })}
      </Title>
      <Notice message={notice} />
      <QueryState query={engagement}>
        {item && (
          <Stack>
            <DataTable
              caption={t('advisor.goalsCaption')}
              headers={[t('common.title'), t('advisor.progress'), t('common.status'), '']}
              empty={(item.goals?.length ?? 0) === 0}
            >
              {item.goals?.map((goal) => (
                <GoalRow
                  key={goal.id}
                  goal={goal}
                  engagementId={id}
                  closed={item.status === 'closed'}
                  onSaved={(a) => update(a, t('advisor.goalSaved'))}
                />
              ))}
            </DataTable>
            <DataTable
              caption={t('advisor.sessionsCaption')}
              headers={[t('common.when'), t('common.topic'), t('common.status')]}
              empty={(item.sessions?.length ?? 0) === 0}
            >
              {item.sessions?.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>{formatRange(session.start, session.end)}</Table.Td>
                  <Table.Td>{session.topic}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={session.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            {item.status === 'active' && (
              <>
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    addGoal.mutate();
                  }}
                >
                  <Group align="end">
                    <TextInput
                      label={t('advisor.newGoal')}
                      value={title}
                      onChange={(event) => setTitle(event.currentTarget.value)}
                      required
                      error={fieldError(addGoal.error, 'title')}
                      w={360}
                    />
                    <Button type="submit" loading={addGoal.isPending}>
                      {t('common.add')}
                    </Button>
                  </Group>
                </form>
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => close.mutate()}
                  loading={close.isPending}
                >
                  {t('advisor.close')}
                </Button>
              </>
            )}
            <ErrorMessage error={addGoal.error ?? close.error} />
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

export function GoalRow({
  goal,
  engagementId,
  closed,
  onSaved,
}: {
  goal: Goal;
  engagementId: string;
  closed: boolean;
  onSaved: (answer: EngagementDetail) => void;
}) {
  const { t } = useTranslation('console');
  const [progress, setProgress] = useState<number | string>(goal.progress);
  const [status, setStatus] = useState(goal.status);
  const save = useMutation({
    mutationFn: () =>
      send('patch', '/api/engagements/{id}/goals/{goalId}', {
        params: { path: { id: engagementId, goalId: goal.id } },
        body: {
          progress: Number(progress),
          status,
        },
      }),
    onSuccess: onSaved,
  });
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {goal.title}
      </Table.Th>
      <Table.Td>
        <NumberInput
          label={t('advisor.progressOf', { title: goal.title })}
          styles={{
            label: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
          }}
          min={0}
          max={100}
          suffix=" %"
          value={progress}
          onChange={setProgress}
          disabled={closed}
          w={110}
          error={fieldError(save.error, 'progress')}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          label={t('advisor.statusOf', { title: goal.title })}
          styles={{
            label: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
          }}
          value={status}
          disabled={closed}
          onChange={(event) => setStatus(event.currentTarget.value as Goal['status'])}
          data={(['open', 'achieved', 'dropped'] as const).map((value) => ({
            value,
            label: t(`status.${value}`),
          }))}
        />
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" onClick={() => save.mutate()} disabled={closed} loading={save.isPending}>
          {t('common.save')}
        </Button>
        <ErrorMessage error={save.error} />
      </Table.Td>
    </Table.Tr>
  );
}

import {
  Anchor,
  Button,
  Card,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { post, read, send } from '../../../api/client.ts';
import { type InitiativeDetail, STAGES, type Stage } from '../../../api/types.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import {
  DataTable,
  ErrorMessage,
  fieldError,
  Notice,
  PageTitle,
  QueryState,
  StatusBadge,
} from '../../lib/ui.tsx';

/** One initiative: stage changes with notes and their history, notes, links, the next step. */
export function InitiativePage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const initiative = useQuery({
    queryKey: ['initiative', id],
    queryFn: () => read('/api/initiatives/{id}', { params: { path: { id } } }),
  });
  const item = initiative.data;
  const [stage, setStage] = useState<Stage | ''>('');
  const [stageNote, setStageNote] = useState('');
  const [note, setNote] = useState('');
  const [nextStep, setNextStep] = useState<{ text: string; date: string } | null>(null);
  const updated = (answer: InitiativeDetail | null, message: string) => {
    if (answer) queryClient.setQueryData(['initiative', id], answer);
    else void queryClient.invalidateQueries({ queryKey: ['initiative', id] });
    void queryClient.invalidateQueries({ queryKey: ['initiatives'] });
    setNotice(message);
  };
  const move = useMutation({
    mutationFn: () =>
      send('post', '/api/initiatives/{id}/stage', {
        params: { path: { id } },
        body: { stage: stage as Stage, note: stageNote || undefined },
      }),
    onSuccess: (answer) => {
      setStageNote('');
      setStage('');
      updated(answer, t('incubation.moved', { stage: t(`stages.${answer.stage}`) }));
    },
  });
  const addNote = useMutation({
    mutationFn: () => post(`/api/initiatives/${id}/notes`, { body: note }),
    onSuccess: () => {
      setNote('');
      updated(null, t('incubation.noteAdded'));
    },
  });
  const saveNext = useMutation({
    mutationFn: () =>
      send('patch', '/api/initiatives/{id}', {
        params: { path: { id } },
        body: {
          nextStep: nextStep?.text || null,
          nextStepDate: nextStep?.date || null,
        },
      }),
    onSuccess: (answer) => {
      setNextStep(null);
      updated(answer, t('incubation.nextSaved'));
    },
  });
  const next = nextStep ?? { text: item?.nextStep ?? '', date: item?.nextStepDate ?? '' };
  return (
    <Stack>
      <Anchor component={Link} to="/console/incubation" size="sm">
        {t('incubation.back')}
      </Anchor>
      <QueryState query={initiative}>
        {item && (
          <>
            <PageTitle>{item.title}</PageTitle>
            <Notice message={notice} />
            <List size="sm" spacing={2}>
              <List.Item>
                {t('common.beneficiary')}: {item.beneficiaryName}
              </List.Item>
              <List.Item>
                {t('incubation.stage')}: <StatusBadge status={item.stage} />{' '}
                <Text span size="sm">
                  {t(`stages.${item.stage}`)}
                </Text>
              </List.Item>
              <List.Item>
                {t('incubation.mentor')}: {item.mentor?.name ?? '—'}
              </List.Item>
            </List>
            {item.description && <Text size="sm">{item.description}</Text>}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card
                withBorder
                component="form"
                aria-labelledby="stage-change"
                onSubmit={(event) => {
                  event.preventDefault();
                  move.mutate();
                }}
              >
                <Title order={2} size="h3" id="stage-change" mb="xs">
                  {t('incubation.changeStage')}
                </Title>
                <Stack gap="xs">
                  <NativeSelect
                    label={t('incubation.newStage')}
                    value={stage}
                    onChange={(event) => setStage(event.currentTarget.value as Stage)}
                    error={fieldError(move.error, 'stage')}
                    data={[
                      { value: '', label: t('common.choose') },
                      ...STAGES.filter((value) => value !== item.stage).map((value) => ({
                        value,
                        label: t(`stages.${value}`),
                      })),
                    ]}
                  />
                  <Textarea
                    label={t('incubation.stageNote')}
                    value={stageNote}
                    onChange={(e) => setStageNote(e.currentTarget.value)}
                  />
                  <Button type="submit" disabled={!stage} loading={move.isPending} w="fit-content">
                    {t('incubation.move')}
                  </Button>
                  <ErrorMessage error={move.error} />
                </Stack>
              </Card>
              <Card
                withBorder
                component="form"
                aria-labelledby="next-step"
                onSubmit={(event) => {
                  event.preventDefault();
                  saveNext.mutate();
                }}
              >
                <Title order={2} size="h3" id="next-step" mb="xs">
                  {t('incubation.nextStep')}
                </Title>
                <Stack gap="xs">
                  <TextInput
                    label={t('incubation.nextStepText')}
                    value={next.text}
                    onChange={(event) => setNextStep({ ...next, text: event.currentTarget.value })}
                    error={fieldError(saveNext.error, 'nextStep')}
                  />
                  <TextInput
                    type="date"
                    label={t('incubation.nextStepDate')}
                    description={t('incubation.nextStepHelp')}
                    value={next.date}
                    onChange={(event) => setNextStep({ ...next, date: event.currentTarget.value })}
                    error={fieldError(saveNext.error, 'nextStepDate')}
                  />
                  <Button type="submit" loading={saveNext.isPending} w="fit-content">
                    {t('common.save')}
                  </Button>
                  <ErrorMessage error={saveNext.error} />
                </Stack>
              </Card>
            </SimpleGrid>
            <DataTable
              caption={t('incubation.history')}
              headers={[
                t('incubation.when'),
                t('incubation.from'),
                t('incubation.to'),
                t('incubation.note'),
                t('incubation.by'),
              ]}
              empty={(item.history?.length ?? 0) === 0}
            >
              {item.history?.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDateTime(entry.changedAt)}</Table.Td>
                  <Table.Td>{entry.from ? t(`stages.${entry.from}`) : '—'}</Table.Td>
                  <Table.Td>{t(`stages.${entry.to}`)}</Table.Td>
                  <Table.Td>{entry.note ?? '—'}</Table.Td>
                  <Table.Td>{entry.changedBy?.name ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            <Card withBorder component="section" aria-labelledby="notes">
              <Title order={2} size="h3" id="notes" mb="xs">
                {t('incubation.notes')}
              </Title>
              {(item.notes?.length ?? 0) === 0 && <Text size="sm">{t('common.empty')}</Text>}
              <List size="sm" spacing="xs">
                {item.notes?.map((entry) => (
                  <List.Item key={entry.id}>
                    <Text size="sm">{entry.body}</Text>
                    <Text size="xs">
                      {entry.author?.name ?? '—'}, {formatDateTime(entry.createdAt)}
                    </Text>
                  </List.Item>
                ))}
              </List>
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  addNote.mutate();
                }}
              >
                <Stack gap="xs" mt="sm">
                  <Textarea
                    label={t('incubation.newNote')}
                    value={note}
                    onChange={(event) => setNote(event.currentTarget.value)}
                    required
                    error={fieldError(addNote.error, 'body')}
                  />
                  <Button type="submit" disabled={!note.trim()} loading={addNote.isPending} w="fit-content">
                    {t('common.add')}
                  </Button>
                  <ErrorMessage error={addNote.error} />
                </Stack>
              </form>
            </Card>
            {(item.links?.length ?? 0) > 0 && (
              <DataTable caption={t('incubation.links')} headers={[t('common.kind'), t('incubation.label')]}>
                {item.links?.map((link) => (
                  <Table.Tr key={link.id}>
                    <Table.Td>{t(`incubation.linkKinds.${link.kind}`)}</Table.Td>
                    <Table.Td>{link.label}</Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

import { Anchor, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { read, send } from '../../../api/client.ts';
import type { Match } from '../../../api/types.ts';
import {
  DataTable,
  ErrorMessage,
  formatDay,
  Notice,
  PageTitle,
  QueryState,
  StatusBadge,
} from '../../lib/ui.tsx';
import { ApplicationCard } from './ApplicationCard.tsx';
import { useSkillLabel } from './skills.ts';

/** One offer: matched volunteers with the reasons, applications, hours and documents. */
export function OfferPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const label = useSkillLabel();
  const [notice, setNotice] = useState<string | null>(null);
  const offer = useQuery({
    queryKey: ['offer', id],
    queryFn: () => read('/api/volunteer-offers/{id}', { params: { path: { id } } }),
  });
  const matches = useQuery({
    queryKey: ['matches', id],
    queryFn: () =>
      read('/api/volunteer-offers/{id}/matches', { params: { path: { id }, query: { limit: 20 } } }),
  });
  const applications = useQuery({
    queryKey: ['applications', id],
    queryFn: () => read('/api/volunteer-offers/{id}/applications', { params: { path: { id } } }),
  });
  const refresh = (message: string) => {
    setNotice(message);
    for (const key of ['offer', 'matches', 'applications'])
      void queryClient.invalidateQueries({ queryKey: [key, id] });
    void queryClient.invalidateQueries({ queryKey: ['offers'] });
  };
  const apply = useMutation({
    mutationFn: (match: Match) =>
      send('post', '/api/volunteer-offers/{id}/applications', {
        params: { path: { id } },
        body: { volunteerId: match.volunteerId },
      }),
    onSuccess: (application) => refresh(t('volunteering.applied', { name: application.volunteerName })),
  });
  const setStatus = useMutation({
    mutationFn: (status: 'open' | 'closed') =>
      send('patch', '/api/volunteer-offers/{id}', { params: { path: { id } }, body: { status } }),
    onSuccess: (answer) =>
      refresh(
        t(
          answer.status === 'closed'
            ? 'volunteering.closedNotice'
            : item?.status === 'pending_review'
              ? 'volunteering.publishedNotice'
              : 'volunteering.reopened',
        ),
      ),
  });
  const item = offer.data;
  return (
    <Stack>
      <Anchor component={Link} to="/console/volunteering" size="sm">
        {t('volunteering.back')}
      </Anchor>
      <QueryState query={offer}>
        {item && (
          <>
            <PageTitle>{item.title}</PageTitle>
            <Notice message={notice} />
            <List size="sm" spacing={2}>
              <List.Item>
                {t('volunteering.organization')}: {item.organizationName}
              </List.Item>
              <List.Item>
                {t('volunteering.skills')}: {item.skills.map(label).join(', ')}
              </List.Item>
              <List.Item>
                {t('volunteering.volunteers')}: {item.volunteersAccepted} / {item.volunteersNeeded}
              </List.Item>
              {(item.start || item.end) && (
                <List.Item>
                  {t('volunteering.period')}: {item.start ? formatDay(item.start) : '…'} –{' '}
                  {item.end ? formatDay(item.end) : '…'}
                </List.Item>
              )}
              <List.Item>
                {t('common.status')}: <StatusBadge status={item.status} />
              </List.Item>
            </List>
            {item.description && <Text size="sm">{item.description}</Text>}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => setStatus.mutate(item.status === 'open' ? 'closed' : 'open')}
              loading={setStatus.isPending}
            >
              {item.status === 'open'
                ? t('volunteering.close')
                : item.status === 'pending_review'
                  ? t('volunteering.publish')
                  : t('volunteering.reopen')}
            </Button>
            <ErrorMessage error={setStatus.error} />
            <section aria-labelledby="matches">
              <Title order={2} size="h3" id="matches" mb="xs">
                {t('volunteering.matches')}
              </Title>
              <QueryState query={matches}>
                <DataTable
                  caption={t('volunteering.matchesCaption')}
                  headers={[
                    t('common.name'),
                    t('volunteering.score'),
                    t('volunteering.reasons'),
                    t('common.status'),
                    '',
                  ]}
                  empty={(matches.data?.items.length ?? 0) === 0}
                >
                  {matches.data?.items.map((match) => (
                    <Table.Tr key={match.volunteerId}>
                      <Table.Th scope="row" fw={500}>
                        {match.name}
                      </Table.Th>
                      <Table.Td>{match.score} / 100</Table.Td>
                      <Table.Td>
                        <List size="xs">
                          {match.reasons.map((reason) => (
                            <List.Item key={reason}>{reason}</List.Item>
                          ))}
                        </List>
                      </Table.Td>
                      <Table.Td>
                        {match.applicationStatus ? <StatusBadge status={match.applicationStatus} /> : '—'}
                      </Table.Td>
                      <Table.Td>
                        {!match.applicationStatus && item.status === 'open' && (
                          <Button
                            size="compact-sm"
                            onClick={() => apply.mutate(match)}
                            aria-label={t('volunteering.applyFor', { name: match.name })}
                          >
                            {t('volunteering.apply')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
                {(matches.data?.othersMatching ?? 0) > 0 && (
                  <Text size="sm" c="dimmed" mt="xs">
                    {t('volunteering.othersMatching', { count: matches.data?.othersMatching ?? 0 })}
                  </Text>
                )}
              </QueryState>
              <ErrorMessage error={apply.error} />
            </section>
            <section aria-labelledby="applications">
              <Title order={2} size="h3" id="applications" mb="xs">
                {t('volunteering.applications')}
              </Title>
              <QueryState query={applications}>
                {(applications.data?.items.length ?? 0) === 0 && <Text>{t('common.empty')}</Text>}
                <Stack>
                  {applications.data?.items.map((application) => (
                    <ApplicationCard key={application.id} application={application} onDone={refresh} />
                  ))}
                </Stack>
              </QueryState>
            </section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

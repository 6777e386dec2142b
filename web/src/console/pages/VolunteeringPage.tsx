import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { get, patch, post } from '../../api/client.ts';
import type { Application, HoursEntry, Match, VolunteerOffer as Offer, Skill } from '../../api/types.ts';
import { getAll } from '../lib/fetch-all.ts';
import { useDistricts } from '../lib/hooks.ts';
import { BeneficiaryPicker } from '../lib/pickers.tsx';
import { today } from '../lib/time.ts';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  formatDay,
  Notice,
  PageTitle,
  QueryState,
  RouterAnchor,
  StatusBadge,
} from '../lib/ui.tsx';

function useSkills() {
  return useQuery({
    queryKey: ['volunteer-skills'],
    queryFn: () => get<{ items: Skill[] }>('/api/volunteer-skills'),
    staleTime: Number.POSITIVE_INFINITY,
    select: (answer) => answer.items,
  });
}

function useSkillLabel() {
  const { i18n } = useTranslation();
  const skills = useSkills();
  return (code: string) => {
    const skill = skills.data?.find((candidate) => candidate.code === code);
    return skill ? (i18n.language === 'en' ? skill.en : skill.pl) : code;
  };
}

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
    mutationFn: (body: Record<string, unknown>) => post<Offer>('/api/volunteer-offers', body),
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
      skills: chosen,
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
                  label: `${d.number}. ${d.name}`,
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

/** One offer: matched volunteers with the reasons, applications, hours and documents. */
export function OfferPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const label = useSkillLabel();
  const [notice, setNotice] = useState<string | null>(null);
  const offer = useQuery({
    queryKey: ['offer', id],
    queryFn: () => get<Offer>(`/api/volunteer-offers/${id}`),
  });
  const matches = useQuery({
    queryKey: ['matches', id],
    queryFn: () => get<{ items: Match[] }>(`/api/volunteer-offers/${id}/matches?limit=20`),
  });
  const applications = useQuery({
    queryKey: ['applications', id],
    queryFn: () => get<{ items: Application[] }>(`/api/volunteer-offers/${id}/applications`),
  });
  const refresh = (message: string) => {
    setNotice(message);
    for (const key of ['offer', 'matches', 'applications'])
      void queryClient.invalidateQueries({ queryKey: [key, id] });
    void queryClient.invalidateQueries({ queryKey: ['offers'] });
  };
  const apply = useMutation({
    mutationFn: (match: Match) =>
      post<Application>(`/api/volunteer-offers/${id}/applications`, { volunteerId: match.volunteerId }),
    onSuccess: (application) => refresh(t('volunteering.applied', { name: application.volunteerName })),
  });
  const setStatus = useMutation({
    mutationFn: (status: 'open' | 'closed') => patch<Offer>(`/api/volunteer-offers/${id}`, { status }),
    onSuccess: (answer) =>
      refresh(t(answer.status === 'closed' ? 'volunteering.closedNotice' : 'volunteering.reopened')),
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
              {item.status === 'open' ? t('volunteering.close') : t('volunteering.reopen')}
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

function ApplicationCard({
  application,
  onDone,
}: {
  application: Application;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [showHours, setShowHours] = useState(false);
  const decide = useMutation({
    mutationFn: (verb: 'accept' | 'decline' | 'complete') =>
      post<Application>(
        `/api/applications/${application.id}/${verb}`,
        verb === 'decline' ? { reason: reason || undefined } : {},
      ),
    onSuccess: (_, verb) => {
      setDeclining(false);
      onDone(t(`volunteering.decided.${verb}`, { name: application.volunteerName }));
    },
  });
  const hours = useQuery({
    queryKey: ['hours', application.id],
    enabled: showHours,
    queryFn: () =>
      get<{ items: HoursEntry[]; totalHours: number }>(`/api/applications/${application.id}/hours`),
  });
  const log = useMutation({
    mutationFn: (body: { date: string; hours: number; note?: string }) =>
      post(`/api/applications/${application.id}/hours`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['hours', application.id] });
      onDone(t('volunteering.hoursLogged', { name: application.volunteerName }));
    },
  });
  const id = `application-${application.id}`;
  const placed = application.status === 'accepted' || application.status === 'completed';
  return (
    <Card withBorder component="article" aria-labelledby={id}>
      <Group justify="space-between">
        <Title order={3} size="h4" id={id}>
          {application.volunteerName}
        </Title>
        <StatusBadge status={application.status} />
      </Group>
      {application.message && <Text size="sm">{application.message}</Text>}
      <Text size="sm">{t('volunteering.totalHours', { count: application.totalHours })}</Text>
      {application.decisionReason && (
        <Text size="sm">
          {t('volunteering.reason')}: {application.decisionReason}
        </Text>
      )}
      <Group mt="xs">
        {application.status === 'applied' && (
          <>
            <Button size="compact-sm" onClick={() => decide.mutate('accept')} loading={decide.isPending}>
              {t('volunteering.accept')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setDeclining(!declining)}
              aria-expanded={declining}
            >
              {t('volunteering.decline')}
            </Button>
          </>
        )}
        {application.status === 'accepted' && (
          <Button size="compact-sm" variant="default" onClick={() => decide.mutate('complete')}>
            {t('volunteering.complete')}
          </Button>
        )}
        {placed && (
          <>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setShowHours(!showHours)}
              aria-expanded={showHours}
            >
              {t('volunteering.hours')}
            </Button>
            <Anchor
              size="sm"
              href={`/api/applications/${application.id}/agreement.pdf`}
              target="_blank"
              rel="noopener"
            >
              {t('volunteering.agreement')}
            </Anchor>
            <Anchor
              size="sm"
              href={`/api/applications/${application.id}/certificate.pdf`}
              target="_blank"
              rel="noopener"
            >
              {t('volunteering.certificate')}
            </Anchor>
          </>
        )}
      </Group>
      {declining && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate('decline');
          }}
        >
          <Group align="end" mt="xs">
            <TextInput
              label={t('volunteering.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              w={360}
            />
            <Button type="submit" color="red">
              {t('volunteering.confirmDecline')}
            </Button>
          </Group>
        </form>
      )}
      <ErrorMessage error={decide.error} />
      {showHours && (
        <Stack mt="sm" gap="xs">
          <QueryState query={hours}>
            <DataTable
              caption={t('volunteering.hoursCaption', { name: application.volunteerName })}
              headers={[t('common.date'), t('volunteering.hoursCount'), t('volunteering.note')]}
              empty={(hours.data?.items.length ?? 0) === 0}
            >
              {hours.data?.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDay(entry.date)}</Table.Td>
                  <Table.Td>{entry.hours}</Table.Td>
                  <Table.Td>{entry.note ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </QueryState>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              log.mutate({
                date: String(form.get('date')),
                hours: Number(String(form.get('hours')).replace(',', '.')),
                note: String(form.get('note') ?? '') || undefined,
              });
            }}
            noValidate
          >
            <Group align="end" wrap="wrap">
              <TextInput
                name="date"
                type="date"
                label={t('common.date')}
                defaultValue={today()}
                required
                error={fieldError(log.error, 'date')}
              />
              <TextInput
                name="hours"
                label={t('volunteering.hoursCount')}
                description={t('volunteering.hoursHelp')}
                inputMode="decimal"
                required
                error={fieldError(log.error, 'hours')}
                w={160}
              />
              <TextInput name="note" label={t('volunteering.note')} />
              <Button type="submit" loading={log.isPending}>
                {t('volunteering.logHours')}
              </Button>
            </Group>
            <ErrorMessage error={log.error} />
          </form>
        </Stack>
      )}
    </Card>
  );
}

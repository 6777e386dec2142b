import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { post, read } from '../api/client.ts';
import type { Volunteer } from '../api/types.ts';
import { useAuth } from '../app/auth.tsx';
import { formatDateTime } from '../app/i18n.ts';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from '../public/shared/forms.tsx';
import { useMyBeneficiaries, useSkills } from '../public/shared/queries.ts';
import { Empty, Page, QueryView, StatusBadge, Tag } from '../public/shared/ui.tsx';
import { skillLabel } from '../public/VolunteeringPage.tsx';

/** The member's volunteer profiles and their applications; a new profile for a person it represents. */
export function MyVolunteeringPage() {
  const { t, i18n } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const { user } = useAuth();
  const skills = useSkills();
  const volunteers = useQuery({
    queryKey: ['my-volunteers', user?.id],
    queryFn: () => read('/api/volunteers', { params: { query: { limit: 200 } } }),
  });
  const applications = useQueries({
    queries: (volunteers.data?.items ?? []).map((volunteer) => ({
      queryKey: ['volunteer-applications', volunteer.id],
      queryFn: () => read('/api/volunteers/{id}/applications', { params: { path: { id: volunteer.id } } }),
    })),
  });
  const all = applications.flatMap((query) => query.data?.items ?? []);
  return (
    <Page title={t('volunteering.title')} lead={t('volunteering.lead')}>
      <section aria-labelledby="my-volunteer-profiles">
        <Title order={2} id="my-volunteer-profiles" mb="sm">
          {t('volunteering.profiles')}
        </Title>
        <QueryView query={volunteers}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>{t('volunteering.noProfiles')}</Empty>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" className="plain-list">
                {page.items.map((volunteer) => (
                  <Paper key={volunteer.id} withBorder p="md" component="li">
                    <Title order={3} size="h4">
                      {volunteer.name}
                    </Title>
                    <Group gap={4} mt="xs">
                      <Text size="sm">{t('volunteering.skills')}:</Text>
                      {volunteer.skills.map((code) => (
                        <Tag key={code} color="blue">
                          {skillLabel(skills.data, code, i18n.language)}
                        </Tag>
                      ))}
                    </Group>
                    {!volunteer.active && <Text size="sm">{t('volunteering.inactive')}</Text>}
                  </Paper>
                ))}
              </SimpleGrid>
            )
          }
        </QueryView>
      </section>
      <section aria-labelledby="my-volunteer-applications">
        <Title order={2} id="my-volunteer-applications" mb="sm">
          {t('volunteering.applications')}
        </Title>
        {all.length === 0 ? (
          <Empty>{t('volunteering.noApplications')}</Empty>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table striped aria-label={t('volunteering.applications')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('volunteering.offer')}</Table.Th>
                  <Table.Th scope="col">{t('volunteering.person')}</Table.Th>
                  <Table.Th scope="col">{t('bookings.status')}</Table.Th>
                  <Table.Th scope="col">{tp('volunteering.period')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((application) => (
                  <Table.Tr key={application.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/volunteering/${application.offerId}`}>
                        {application.offerTitle}
                      </Anchor>
                      <Text size="sm" fw={400}>
                        {application.organizationName}
                      </Text>
                    </Table.Th>
                    <Table.Td>{application.volunteerName}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={application.status}>
                        {tp(`applicationStatus.${application.status}`)}
                      </StatusBadge>
                      {application.decisionReason && <Text size="sm">{application.decisionReason}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {formatDateTime(application.createdAt, { dateStyle: 'medium' })}
                      {application.totalHours > 0 && (
                        <Text size="sm">{t('volunteering.hours', { count: application.totalHours })}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="sm" mt="xs">
          {t('volunteering.withdrawNote')}
        </Text>
        <Group mt="sm">
          <Button component={Link} to="/volunteering" variant="default">
            {t('volunteering.browse')}
          </Button>
        </Group>
      </section>
      <NewProfile existing={volunteers.data?.items ?? []} />
    </Page>
  );
}

function NewProfile({ existing }: { existing: Volunteer[] }) {
  const { t, i18n } = useTranslation('member');
  const queryClient = useQueryClient();
  const beneficiaries = useMyBeneficiaries();
  const skills = useSkills();
  const people = (beneficiaries.data ?? []).filter(
    (beneficiary) =>
      beneficiary.kind === 'individual' &&
      !existing.some((volunteer) => volunteer.beneficiaryId === beneficiary.id),
  );
  const [person, setPerson] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [hours, setHours] = useState<number | string>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const labels = {
    beneficiaryId: t('volunteering.person'),
    skills: t('volunteering.skillsLegend'),
    hoursPerWeek: t('volunteering.hoursPerWeek'),
  };
  const who = person || people[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      setErrors({ skills: t('volunteering.chooseSkill') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await post('/api/volunteers', {
        beneficiaryId: who,
        skills: chosen,
        ...(hours !== '' ? { hoursPerWeek: Number(hours) } : {}),
      });
      setDone(true);
      setChosen([]);
      setHours('');
      void queryClient.invalidateQueries({ queryKey: ['my-volunteers'] });
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['beneficiaryId', 'skills', 'hoursPerWeek']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="new-volunteer-profile">
      <Title order={2} id="new-volunteer-profile" mb="sm">
        {t('volunteering.newProfile')}
      </Title>
      <div role="status">
        {done && (
          <Alert color="green" variant="light" mb="sm">
            {t('volunteering.created')}
          </Alert>
        )}
      </div>
      {beneficiaries.isPending ? null : people.length === 0 ? (
        <Stack gap="xs">
          <Text>{t('volunteering.needPerson')}</Text>
          <Group>
            <Button
              component={Link}
              to={`/my/organizations/new?next=${encodeURIComponent('/my/volunteering')}`}
              variant="light"
            >
              {t('volunteering.addPerson')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Paper withBorder p="md" maw={720}>
          <form onSubmit={submit} noValidate aria-label={t('volunteering.newProfile')}>
            <Stack>
              <ErrorSummary errors={errors} labels={labels} idPrefix="volunteer" />
              <NativeSelect
                id="volunteer-beneficiaryId"
                label={labels.beneficiaryId}
                description={t('volunteering.personHint')}
                value={who}
                onChange={(event) => setPerson(event.currentTarget.value)}
                data={people.map((beneficiary) => ({ value: beneficiary.id, label: beneficiary.name }))}
                error={errors.beneficiaryId}
              />
              <Checkbox.Group
                id="volunteer-skills"
                label={labels.skills}
                value={chosen}
                onChange={setChosen}
                error={errors.skills}
              >
                <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
                  {(skills.data ?? []).map((skill) => (
                    <Checkbox
                      key={skill.code}
                      value={skill.code}
                      label={i18n.language === 'en' ? skill.en : skill.pl}
                    />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <NumberInput
                id="volunteer-hoursPerWeek"
                label={labels.hoursPerWeek}
                min={1}
                max={80}
                allowDecimal={false}
                allowNegative={false}
                value={hours}
                onChange={setHours}
                error={errors.hoursPerWeek}
                maw={320}
              />
              <Group>
                <Button type="submit" loading={busy}>
                  {t('volunteering.create')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </section>
  );
}

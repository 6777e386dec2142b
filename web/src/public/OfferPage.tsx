import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { post, read } from '../api/client.ts';
import type { VolunteerApplication as Application, VolunteerOffer } from '../api/types.ts';
import { useAuth } from '../app/auth.tsx';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from './shared/forms.tsx';
import { useDistricts, useSkills } from './shared/queries.ts';
import { Page, QueryView, StatusBadge } from './shared/ui.tsx';
import { OfferSummary } from './VolunteeringPage.tsx';

/** One volunteering offer; a member applies for a volunteer profile it represents. */
export function OfferPage() {
  const { offerId = '' } = useParams();
  const { t } = useTranslation('public');
  const skills = useSkills();
  const districts = useDistricts();
  const offer = useQuery({
    queryKey: ['volunteer-offer', offerId],
    queryFn: () => read('/api/volunteer-offers/{id}', { params: { path: { id: offerId } } }),
  });
  return (
    <Page title={offer.data?.title ?? t('volunteering.title')}>
      <QueryView query={offer}>
        {(data) => (
          <Stack gap="md">
            <OfferSummary offer={data} skills={skills.data} districts={districts.data} headingLevel={2} />
            {data.description && <Text style={{ whiteSpace: 'pre-line' }}>{data.description}</Text>}
            <Apply offer={data} />
          </Stack>
        )}
      </QueryView>
      <Text>
        <Anchor component={Link} to="/volunteering">
          {t('volunteering.back')}
        </Anchor>
      </Text>
    </Page>
  );
}

function Apply({ offer }: { offer: VolunteerOffer }) {
  const { t } = useTranslation('public');
  const { user } = useAuth();
  const location = useLocation();
  const queryClient = useQueryClient();
  const volunteers = useQuery({
    queryKey: ['my-volunteers', user?.id],
    queryFn: () => read('/api/volunteers', { params: { query: { limit: 200 } } }),
    enabled: !!user,
  });
  const applications = useQueries({
    queries: (volunteers.data?.items ?? []).map((volunteer) => ({
      queryKey: ['volunteer-applications', volunteer.id],
      queryFn: () => read('/api/volunteers/{id}/applications', { params: { path: { id: volunteer.id } } }),
    })),
  });
  const [volunteerId, setVolunteerId] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const labels = { volunteerId: t('volunteering.volunteer'), message: t('volunteering.message') };

  const mine = applications
    .flatMap((query) => query.data?.items ?? [])
    .filter((application) => application.offerId === offer.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await post<Application>(`/api/volunteer-offers/${offer.id}/applications`, {
        volunteerId: volunteerId || volunteers.data?.items[0]?.id,
        ...(message.trim() ? { message: message.trim() } : {}),
      });
      setDone(true);
      setMessage('');
      void queryClient.invalidateQueries({ queryKey: ['volunteer-applications'] });
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['volunteerId', 'message']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="offer-apply">
      <Stack gap="sm">
        <Title order={2} id="offer-apply">
          {t('volunteering.apply')}
        </Title>
        {!user ? (
          <Group>
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t('volunteering.signInToApply')}
            </Button>
          </Group>
        ) : volunteers.isPending ? null : (volunteers.data?.items ?? []).length === 0 ? (
          <Stack gap="xs">
            <Text>{t('volunteering.needProfile')}</Text>
            <Group>
              <Button component={Link} to="/my/volunteering" variant="light">
                {t('volunteering.createProfile')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <>
            {mine.length > 0 && (
              <Stack gap={4} component="ul" className="plain-list">
                {mine.map((application) => (
                  <Group component="li" key={application.id} gap="xs">
                    <Text>{application.volunteerName}</Text>
                    <StatusBadge status={application.status}>
                      {t(`applicationStatus.${application.status}`)}
                    </StatusBadge>
                  </Group>
                ))}
              </Stack>
            )}
            <div role="status">
              {done && (
                <Alert color="green" variant="light">
                  {t('volunteering.applied')}
                </Alert>
              )}
            </div>
            <Paper withBorder p="md" maw={560}>
              <form onSubmit={submit} noValidate aria-label={t('volunteering.apply')}>
                <Stack>
                  <ErrorSummary errors={errors} labels={labels} idPrefix="apply" />
                  <NativeSelect
                    id="apply-volunteerId"
                    label={labels.volunteerId}
                    value={volunteerId || volunteers.data?.items[0]?.id}
                    onChange={(event) => setVolunteerId(event.currentTarget.value)}
                    data={(volunteers.data?.items ?? []).map((volunteer) => ({
                      value: volunteer.id,
                      label: volunteer.name,
                    }))}
                    error={errors.volunteerId}
                  />
                  <Textarea
                    id="apply-message"
                    label={labels.message}
                    value={message}
                    onChange={(event) => setMessage(event.currentTarget.value)}
                    autosize
                    minRows={3}
                    maxLength={2000}
                    error={errors.message}
                  />
                  <Group>
                    <Button type="submit" loading={busy}>
                      {t('volunteering.apply')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Paper>
          </>
        )}
      </Stack>
    </section>
  );
}

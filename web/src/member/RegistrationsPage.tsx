import { Alert, Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read, send } from '../api/client.ts';
import type { MyRegistration } from '../api/types.ts';
import { useActivityWhen } from '../public/shared/activities.tsx';
import { Empty, ErrorNote, Loading, Page, StatusBadge } from '../public/shared/ui.tsx';
import { ConfirmDialog } from './shared.tsx';

/** The list gives each registration with a summary of its activity (not the whole activity). */
type Registration = MyRegistration;
type Activity = MyRegistration['activity'];

/** The member's registrations for activities, its own and its organizations', newest first. */
export function RegistrationsPage() {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const when = useActivityWhen();
  const queryClient = useQueryClient();
  const registrations = useQuery({
    queryKey: ['my-registrations'],
    queryFn: () => read('/api/registrations', { params: { query: { limit: 200 } } }),
  });
  const [cancelling, setCancelling] = useState<{ registration: Registration; activity: Activity } | null>(
    null,
  );
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useMutation({
    mutationFn: ({ registration }: { registration: Registration; activity: Activity }) =>
      send('post', '/api/activities/{id}/registrations/{regId}/cancel', {
        params: { path: { id: registration.activityId, regId: registration.id } },
        body: {},
      }),
    onSuccess: (registration, { activity }) => {
      setMessage(t('registrations.cancelled', { name: registration.beneficiaryName, title: activity.title }));
      setCancelling(null);
      void queryClient.invalidateQueries({ queryKey: ['my-registrations'] });
      void queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
      void queryClient.invalidateQueries({ queryKey: ['registrations', activity.id] });
    },
  });

  const loading = registrations.isPending;
  const failed = registrations.error;
  const rows = (registrations.data?.items ?? [])
    .filter((registration) => registration.status !== 'cancelled')
    .map((registration) => ({ activity: registration.activity, registration }));
  const now = Date.now();

  return (
    <Page title={t('registrations.title')} lead={t('registrations.lead')}>
      <div role="status">
        {message && (
          <Alert color="green" variant="light">
            {message}
          </Alert>
        )}
      </div>
      {failed ? (
        <ErrorNote error={failed} />
      ) : loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t('registrations.none')}</Empty>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('registrations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('registrations.activity')}</Table.Th>
                <Table.Th scope="col">{t('registrations.who')}</Table.Th>
                <Table.Th scope="col">{t('registrations.seats')}</Table.Th>
                <Table.Th scope="col">{t('registrations.status')}</Table.Th>
                <Table.Th scope="col">{t('bookings.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ activity, registration }) => (
                <Table.Tr key={registration.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/calendar/${activity.id}`}>
                      {activity.title}
                    </Anchor>
                    <Text size="sm" fw={400}>
                      {when(activity)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{registration.beneficiaryName}</Table.Td>
                  <Table.Td>{registration.seats}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <StatusBadge status={registration.status}>
                        {tp(`registrationStatus.${registration.status}`)}
                      </StatusBadge>
                      {registration.status === 'waitlisted' && registration.position !== null && (
                        <Text size="sm">
                          {t('registrations.position', { position: registration.position })}
                        </Text>
                      )}
                      {registration.status === 'registered' && registration.promotedAt && (
                        <Text size="sm">{t('registrations.promoted')}</Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {new Date(activity.end).getTime() > now && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => {
                          cancel.reset();
                          setCancelling({ registration, activity });
                        }}
                        aria-label={t('registrations.cancelLabel', {
                          name: registration.beneficiaryName,
                          title: activity.title,
                        })}
                      >
                        {t('registrations.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm">{t('registrations.scope')}</Text>
      <Group>
        <Button component={Link} to="/calendar" variant="default">
          {t('registrations.browse')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={cancelling !== null}
        title={
          cancelling
            ? t('registrations.cancelLabel', {
                name: cancelling.registration.beneficiaryName,
                title: cancelling.activity.title,
              })
            : ''
        }
        confirmLabel={t('bookings.confirmCancel')}
        keepLabel={t('bookings.keep')}
        onClose={() => setCancelling(null)}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
        busy={cancel.isPending}
        error={cancel.error}
      >
        {cancelling && <Text>{when(cancelling.activity)}</Text>}
      </ConfirmDialog>
    </Page>
  );
}

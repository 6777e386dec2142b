import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read, send } from '../api/client.ts';
import type { Appointment } from '../api/types.ts';
import { useWhen } from '../public/shared/activities.tsx';
import { Empty, Page, QueryView, StatusBadge, Tag } from '../public/shared/ui.tsx';
import { ConfirmDialog, usePlaces } from './shared.tsx';

/** Appointments with advisors for the member's beneficiaries (GET /api/appointments); booked ones can be cancelled. */
export function AppointmentsPage() {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const when = useWhen();
  const places = usePlaces();
  const queryClient = useQueryClient();
  const appointments = useQuery({
    queryKey: ['my-appointments'],
    queryFn: () => read('/api/appointments', { params: { query: { limit: 200 } } }),
  });
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useMutation({
    mutationFn: (appointment: Appointment) =>
      send('post', '/api/appointments/{id}/cancel', { params: { path: { id: appointment.id } }, body: {} }),
    onSuccess: (appointment) => {
      setMessage(t('appointments.cancelled', { topic: appointment.topic }));
      setCancelling(null);
      void queryClient.invalidateQueries({ queryKey: ['my-appointments'] });
    },
  });
  const now = Date.now();
  return (
    <Page title={t('appointments.title')} lead={t('appointments.lead')}>
      <Group mb="md">
        <Button component={Link} to="/my/appointments/new">
          {t('book.new')}
        </Button>
      </Group>
      <div role="status">
        {message && (
          <Alert color="green" variant="light">
            {message}
          </Alert>
        )}
      </div>
      <QueryView query={appointments}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              {t('appointments.none')} {t('appointments.howTo')}
            </Empty>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label={t('appointments.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('bookings.when')}</Table.Th>
                    <Table.Th scope="col">{t('appointments.topic')}</Table.Th>
                    <Table.Th scope="col">{t('appointments.advisor')}</Table.Th>
                    <Table.Th scope="col">{t('bookings.status')}</Table.Th>
                    <Table.Th scope="col">{t('bookings.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((appointment) => (
                    <Table.Tr key={appointment.id}>
                      <Table.Td>
                        {when(appointment.start, appointment.end)}
                        <Text size="sm">{places.center(appointment.centerId)?.name}</Text>
                      </Table.Td>
                      <Table.Th scope="row" fw={500}>
                        {appointment.topic}
                        <Group gap={4} mt={2}>
                          <Tag color="blue" variant="outline">
                            {tp(`appointmentKinds.${appointment.kind}`)}
                          </Tag>
                          <Text size="sm" fw={400}>
                            {appointment.beneficiaryName}
                          </Text>
                        </Group>
                        {appointment.notes && (
                          <Text size="sm" fw={400} mt={4}>
                            {t('appointments.notes')}: {appointment.notes}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>{appointment.advisorName}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={appointment.status}>
                          {tp(`appointmentStatus.${appointment.status}`)}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>
                        {appointment.status === 'booked' && new Date(appointment.start).getTime() > now && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => {
                              cancel.reset();
                              setCancelling(appointment);
                            }}
                            aria-label={t('appointments.cancelLabel', {
                              topic: appointment.topic,
                              when: when(appointment.start, appointment.end),
                            })}
                          >
                            {t('appointments.cancel')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <Group>
        <Button component={Link} to="/advice" variant="default">
          {tp('home.advice.link')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={cancelling !== null}
        title={
          cancelling
            ? t('appointments.cancelLabel', {
                topic: cancelling.topic,
                when: when(cancelling.start, cancelling.end),
              })
            : ''
        }
        confirmLabel={t('bookings.confirmCancel')}
        keepLabel={t('bookings.keep')}
        onClose={() => setCancelling(null)}
        onConfirm={() => cancelling && cancel.mutate(cancelling)}
        busy={cancel.isPending}
        error={cancel.error}
      />
    </Page>
  );
}

import { Button, Card, Group, NumberInput, Table, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, send } from '../../../api/client.ts';
import type { Registration } from '../../../api/types.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import { getAll } from '../../lib/fetch-all.ts';
import { BeneficiaryPicker } from '../../lib/pickers.tsx';
import { DataTable, ErrorMessage, fieldError, QueryState, StatusBadge } from '../../lib/ui.tsx';

import type { SectionProps } from './CheckInSection.tsx';

export function RegistrationsSection({ activity, onChange, onNotice }: SectionProps) {
  const { t } = useTranslation('console');
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [seats, setSeats] = useState<number | string>(1);
  const registrations = useQuery({
    queryKey: ['registrations', activity.id],
    queryFn: () => getAll<Registration>(`/api/activities/${activity.id}/registrations`),
  });
  const register = useMutation({
    mutationFn: () =>
      send('post', '/api/activities/{id}/registrations', {
        params: { path: { id: activity.id } },
        body: {
          beneficiaryId,
          seats: Number(seats) || 1,
        },
      }),
    onSuccess: (registration) => {
      onNotice(
        registration.status === 'waitlisted'
          ? t('registrations.waitlisted', {
              name: registration.beneficiaryName,
              position: registration.position,
            })
          : t('registrations.registered', { name: registration.beneficiaryName }),
      );
      setBeneficiaryId('');
      onChange();
    },
  });
  const cancel = useMutation({
    mutationFn: (registration: Registration) =>
      post<Registration & { promoted: string[] }>(
        `/api/activities/${activity.id}/registrations/${registration.id}/cancel`,
      ),
    onSuccess: (answer) => {
      onNotice(t('registrations.cancelled', { name: answer.beneficiaryName, count: answer.promoted.length }));
      onChange();
    },
  });
  const items = registrations.data ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="registrations">
      <Title order={2} size="h3" id="registrations" mb="xs">
        {t('registrations.title')}
      </Title>
      <QueryState query={registrations}>
        <DataTable
          caption={t('registrations.caption', { title: activity.title })}
          headers={[
            t('common.beneficiary'),
            t('checkIn.seats'),
            t('common.status'),
            t('registrations.position'),
            t('registrations.at'),
            '',
          ]}
          empty={items.length === 0}
        >
          {items.map((registration) => (
            <Table.Tr key={registration.id}>
              <Table.Td>{registration.beneficiaryName}</Table.Td>
              <Table.Td>{registration.seats}</Table.Td>
              <Table.Td>
                <StatusBadge status={registration.status} />
              </Table.Td>
              <Table.Td>{registration.position ?? '—'}</Table.Td>
              <Table.Td>{formatDateTime(registration.createdAt)}</Table.Td>
              <Table.Td>
                {registration.status !== 'cancelled' && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => cancel.mutate(registration)}
                    aria-label={t('registrations.cancelLabel', { name: registration.beneficiaryName })}
                  >
                    {t('common.cancelAction')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
      {activity.status !== 'cancelled' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            register.mutate();
          }}
        >
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('registrations.add')}
          </Title>
          <Group align="end">
            <BeneficiaryPicker
              value={beneficiaryId}
              onChange={setBeneficiaryId}
              error={fieldError(register.error, 'beneficiaryId')}
            />
            <NumberInput
              label={t('checkIn.seats')}
              min={1}
              allowDecimal={false}
              value={seats}
              onChange={setSeats}
              w={120}
              error={fieldError(register.error, 'seats')}
            />
            <Button type="submit" disabled={!beneficiaryId} loading={register.isPending}>
              {t('registrations.register')}
            </Button>
          </Group>
        </form>
      )}
      <ErrorMessage error={register.error ?? cancel.error} />
    </Card>
  );
}

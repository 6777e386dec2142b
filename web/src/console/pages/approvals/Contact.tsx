import { Anchor, List } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { read } from '../../../api/client.ts';

/**
 * Who asked for the room and how to reach them: the requester's name and e-mail, and the
 * beneficiary's e-mail and phone, so that a coordinator can call before deciding.
 */
export function Contact({
  requestedBy,
  beneficiaryId,
}: {
  requestedBy: string | null;
  beneficiaryId: string | null;
}) {
  const { t } = useTranslation('console');
  const requester = useQuery({
    queryKey: ['user', requestedBy],
    enabled: requestedBy !== null,
    queryFn: () => read('/api/users/{id}', { params: { path: { id: requestedBy as string } } }),
  });
  const beneficiary = useQuery({
    queryKey: ['beneficiary', beneficiaryId],
    enabled: beneficiaryId !== null,
    queryFn: () => read('/api/beneficiaries/{id}', { params: { path: { id: beneficiaryId as string } } }),
  });
  const person = requester.data;
  const organization = beneficiary.data;
  return (
    <>
      {person && (
        <List.Item>
          {t('approvals.requestedBy')}: {person.name},{' '}
          <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor>
        </List.Item>
      )}
      {organization && (organization.email || organization.phone) && (
        <List.Item>
          {t('approvals.contact', { name: organization.name })}:{' '}
          {organization.email && <Anchor href={`mailto:${organization.email}`}>{organization.email}</Anchor>}
          {organization.email && organization.phone && ', '}
          {organization.phone && (
            <Anchor href={`tel:${organization.phone.replace(/\s+/g, '')}`}>{organization.phone}</Anchor>
          )}
        </List.Item>
      )}
    </>
  );
}

import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { districtName, useDistricts, useMyBeneficiaries } from '../public/shared/queries.ts';
import { Empty, Page, QueryView } from '../public/shared/ui.tsx';

/** The organizations, groups and people the member represents (GET /api/beneficiaries). */
export function OrganizationsPage() {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const beneficiaries = useMyBeneficiaries();
  const districts = useDistricts();
  return (
    <Page title={t('organizations.title')} lead={t('organizations.lead')}>
      <Group>
        <Button component={Link} to="/my/organizations/new">
          {t('organizations.add')}
        </Button>
      </Group>
      <QueryView query={beneficiaries}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('organizations.none')}</Empty>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label={t('organizations.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('organizations.name')}</Table.Th>
                    <Table.Th scope="col">{t('organizations.kind')}</Table.Th>
                    <Table.Th scope="col">{t('organizations.district')}</Table.Th>
                    <Table.Th scope="col">{t('organizations.contact')}</Table.Th>
                    <Table.Th scope="col">{t('organizations.ids')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((beneficiary) => (
                    <Table.Tr key={beneficiary.id}>
                      <Table.Th scope="row" fw={600}>
                        {beneficiary.name}
                      </Table.Th>
                      <Table.Td>{tp(`beneficiaryKinds.${beneficiary.kind}`)}</Table.Td>
                      <Table.Td>{districtName(districts.data, beneficiary.district) ?? '–'}</Table.Td>
                      <Table.Td>
                        {[beneficiary.email, beneficiary.phone].filter(Boolean).join(', ') || '–'}
                      </Table.Td>
                      <Table.Td>
                        {[beneficiary.krs, beneficiary.nip, beneficiary.regon].filter(Boolean).join(' / ') ||
                          '–'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <Text size="sm">{t('organizations.missingHint')}</Text>
    </Page>
  );
}

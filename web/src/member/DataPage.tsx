import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../app/auth.tsx';
import { useMyBeneficiaries } from '../public/shared/queries.ts';
import { Empty, Page, QueryView } from '../public/shared/ui.tsx';

/** GDPR: the member's account and a download of everything stored about each beneficiary it represents. */
export function DataPage() {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const { user } = useAuth();
  const beneficiaries = useMyBeneficiaries();
  return (
    <Page title={t('data.title')} lead={t('data.lead')}>
      <Paper withBorder p="md" maw={560} component="section" aria-labelledby="data-account">
        <Title order={2} size="h4" id="data-account" mb="xs">
          {t('data.account')}
        </Title>
        <dl className="facts">
          <dt>{t('data.name')}</dt>
          <dd>{user?.name}</dd>
          <dt>{t('data.email')}</dt>
          <dd>{user?.email}</dd>
        </dl>
      </Paper>
      <QueryView query={beneficiaries}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('data.none')}</Empty>
          ) : (
            <List spacing="xs">
              {list.map((beneficiary) => (
                <List.Item key={beneficiary.id}>
                  <Stack gap={0}>
                    <Anchor href={`/api/beneficiaries/${beneficiary.id}/export`} download>
                      {t('data.download', { name: beneficiary.name })}
                    </Anchor>
                    <Text size="sm">{tp(`beneficiaryKinds.${beneficiary.kind}`)} · JSON</Text>
                  </Stack>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryView>
      <Text>{t('data.erasure')}</Text>
    </Page>
  );
}

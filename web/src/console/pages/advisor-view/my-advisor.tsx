import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth.tsx';
import { useAdvisors } from '../../lib/hooks.ts';

/** The signed-in advisor's profile (whoever has one acts as that advisor). */
export function useMyAdvisor() {
  const { user } = useAuth();
  const advisors = useAdvisors();
  return { ...advisors, advisor: advisors.data?.find((advisor) => advisor.userId === user?.id) };
}

export function NoProfile() {
  const { t } = useTranslation('console');
  return (
    <Alert color="yellow" variant="light" title={t('advisor.noProfileTitle')}>
      <Text size="sm" c="dark">
        {t('advisor.noProfile')}
      </Text>
    </Alert>
  );
}

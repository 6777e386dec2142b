import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle, QueryState } from '../lib/ui.tsx';
import { AdvisorCalendar } from './AdvisorsPage.tsx';
import { NoProfile, useMyAdvisor } from './advisor-view/my-advisor.tsx';

export { EngagementsPage } from './advisor-view/EngagementsPage.tsx';
export { MyAppointmentsPage } from './advisor-view/MyAppointmentsPage.tsx';

/** Own availability: add and remove windows. */
export function MyAvailabilityPage() {
  const { t } = useTranslation('console');
  const mine = useMyAdvisor();
  return (
    <Stack>
      <PageTitle>{t('advisor.availabilityTitle')}</PageTitle>
      <QueryState query={mine}>
        {mine.advisor ? <AdvisorCalendar advisor={mine.advisor} /> : <NoProfile />}
      </QueryState>
    </Stack>
  );
}

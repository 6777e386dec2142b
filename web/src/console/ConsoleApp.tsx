import '../app/mantine-styles-areas.ts';

export { consoleTexts } from './i18n.ts';

import './console.css';
import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { type Role, useAuth } from '../app/auth.tsx';
import { PageTitle } from './lib/ui.tsx';
import { ActivitiesPage, ActivityPage } from './pages/ActivitiesPage.tsx';
import { AdvisorsPage } from './pages/AdvisorsPage.tsx';
import { EngagementsPage, MyAppointmentsPage, MyAvailabilityPage } from './pages/AdvisorViewPages.tsx';
import { ApprovalsPage } from './pages/ApprovalsPage.tsx';
import { CalendarPage } from './pages/CalendarPage.tsx';
import { ImportPage, ImportsPage } from './pages/ImportsPage.tsx';
import { IncubationPage, InitiativePage } from './pages/IncubationPage.tsx';
import { ArticleEditorPage, KnowledgePage } from './pages/KnowledgePage.tsx';
import { MailPage } from './pages/MailPage.tsx';
import { PublicTaskReportPage, PublicTaskReportsPage } from './pages/PublicTaskReportsPage.tsx';
import { BeneficiaryPage, RegistryPage } from './pages/RegistryPage.tsx';
import { ReportsPage } from './pages/ReportsPage.tsx';
import { SettingsPage } from './pages/settings/SettingsPage.tsx';
import { TodayPage } from './pages/TodayPage.tsx';
import { OfferPage, VolunteeringPage } from './pages/VolunteeringPage.tsx';
import { WebhookPage, WebhooksPage } from './pages/WebhooksPage.tsx';

const STAFF: Role[] = ['admin', 'coordinator'];

type Section = {
  path: string;
  label: string;
  roles: Role[];
  element: ReactNode;
  children?: [string, ReactNode][];
};

/** The staff console under /console: its own chunk, loaded only when someone opens it. */
export function ConsoleApp() {
  const { t } = useTranslation('console');
  const { user, loading, has } = useAuth();
  const location = useLocation();
  if (loading)
    return (
      <Group role="status">
        <Loader size="sm" aria-hidden />
        <Text>{t('common.loading')}</Text>
      </Group>
    );
  if (!user)
    return (
      <Stack>
        <PageTitle>{t('title')}</PageTitle>
        <Alert color="blue" title={t('access.signInTitle')}>
          <Text size="sm">{t('access.signIn')}</Text>
          <Button component={Link} to="/sign-in" mt="sm">
            {t('access.signInButton')}
          </Button>
        </Alert>
      </Stack>
    );

  const sections: Section[] = [
    { path: 'today', label: t('nav.today'), roles: STAFF, element: <TodayPage /> },
    { path: 'calendar', label: t('nav.calendar'), roles: STAFF, element: <CalendarPage /> },
    { path: 'approvals', label: t('nav.approvals'), roles: STAFF, element: <ApprovalsPage /> },
    {
      path: 'registry',
      label: t('nav.registry'),
      roles: STAFF,
      element: <RegistryPage />,
      children: [[':id', <BeneficiaryPage key="beneficiary" />]],
    },
    {
      path: 'imports',
      label: t('nav.imports'),
      roles: STAFF,
      element: <ImportsPage />,
      children: [[':id', <ImportPage key="import" />]],
    },
    {
      path: 'activities',
      label: t('nav.activities'),
      roles: STAFF,
      element: <ActivitiesPage />,
      children: [[':id', <ActivityPage key="activity" />]],
    },
    { path: 'advisors', label: t('nav.advisors'), roles: STAFF, element: <AdvisorsPage /> },
    {
      path: 'volunteering',
      label: t('nav.volunteering'),
      roles: STAFF,
      element: <VolunteeringPage />,
      children: [[':id', <OfferPage key="offer" />]],
    },
    {
      path: 'knowledge',
      label: t('nav.knowledge'),
      roles: STAFF,
      element: <KnowledgePage />,
      children: [
        ['new', <ArticleEditorPage key="new" />],
        [':id', <ArticleEditorPage key="edit" />],
      ],
    },
    {
      path: 'incubation',
      label: t('nav.incubation'),
      roles: [...STAFF, 'advisor'],
      element: <IncubationPage />,
      children: [[':id', <InitiativePage key="initiative" />]],
    },
    { path: 'reports', label: t('nav.reports'), roles: [...STAFF, 'observer'], element: <ReportsPage /> },
    {
      path: 'public-task-reports',
      label: t('publicTask.nav'),
      roles: [...STAFF, 'observer'],
      element: <PublicTaskReportsPage />,
      children: [[':id', <PublicTaskReportPage key="public-task-report" />]],
    },
    { path: 'mail', label: t('nav.mail'), roles: STAFF, element: <MailPage /> },
    { path: 'settings', label: t('nav.settings'), roles: STAFF, element: <SettingsPage /> },
    {
      path: 'webhooks',
      label: t('webhooks.nav'),
      roles: ['admin'],
      element: <WebhooksPage />,
      children: [[':id', <WebhookPage key="webhook" />]],
    },
    {
      path: 'my-appointments',
      label: t('nav.myAppointments'),
      roles: ['advisor'],
      element: <MyAppointmentsPage />,
    },
    {
      path: 'my-availability',
      label: t('nav.myAvailability'),
      roles: ['advisor'],
      element: <MyAvailabilityPage />,
    },
    { path: 'engagements', label: t('nav.engagements'), roles: ['advisor'], element: <EngagementsPage /> },
  ];
  const allowed = sections.filter((section) => has(...section.roles));
  // Each role starts where its work is: staff at today's overview, advisors at their appointments.
  const home = has(...STAFF)
    ? 'today'
    : has('advisor')
      ? 'my-appointments'
      : has('observer')
        ? 'reports'
        : undefined;
  const current = location.pathname.split('/')[2] ?? '';

  return (
    <Stack gap="md" className="console">
      {allowed.length > 1 && (
        <nav aria-label={t('nav.label')}>
          <Group gap={6} wrap="wrap">
            {allowed.map((section) => (
              <Button
                key={section.path}
                component={NavLink}
                to={`/console/${section.path}`}
                size="compact-sm"
                variant={current === section.path ? 'filled' : 'default'}
              >
                {section.label}
              </Button>
            ))}
            <Button component={Link} to="/my/security" size="compact-sm" variant="subtle">
              {t('nav.account')}
            </Button>
          </Group>
        </nav>
      )}
      <div>
        <Routes>
          <Route index element={home ? <Navigate to={home} replace /> : <NoAccess />} />
          {sections.map((section) => (
            <Route key={section.path} path={section.path}>
              <Route index element={has(...section.roles) ? section.element : <NoAccess />} />
              {section.children?.map(([path, element]) => (
                <Route key={path} path={path} element={has(...section.roles) ? element : <NoAccess />} />
              ))}
            </Route>
          ))}
          <Route path="*" element={<NoAccess notFound />} />
        </Routes>
      </div>
    </Stack>
  );
}

/** Shown instead of a section the user's roles do not open. */
function NoAccess({ notFound }: { notFound?: boolean }) {
  const { t } = useTranslation('console');
  return (
    <Stack>
      <PageTitle>{notFound ? t('access.notFoundTitle') : t('access.forbiddenTitle')}</PageTitle>
      <Alert
        color="red"
        role="alert"
        title={notFound ? t('access.notFoundTitle') : t('access.forbiddenTitle')}
      >
        <Text size="sm">{notFound ? t('access.notFound') : t('access.forbidden')}</Text>
        <Anchor component={Link} to="/" mt="sm" display="inline-block">
          {t('access.home')}
        </Anchor>
      </Alert>
    </Stack>
  );
}

import { Button, Group, Stack } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../app/auth.tsx';
import { Loading } from '../public/shared/ui.tsx';

const SECTIONS = [
  ['/my', 'overview'],
  ['/my/organizations', 'organizations'],
  ['/my/bookings/new', 'requestRoom'],
  ['/my/bookings', 'bookings'],
  ['/my/registrations', 'registrations'],
  ['/my/appointments', 'appointments'],
  ['/my/volunteering', 'volunteering'],
  ['/my/data', 'data'],
  ['/my/security', 'security'],
] as const;

/** The member area's frame: sign-in required, then its sections as a secondary navigation. */
export function MemberLayout() {
  const { t } = useTranslation('member');
  const { user, loading, has } = useAuth();
  const location = useLocation();
  // Signing out here: the header sends the user home; asking to sign in again would be wrong.
  const wasSignedIn = useRef(false);
  if (loading) return <Loading />;
  if (!user) {
    if (wasSignedIn.current) return null;
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  }
  wasSignedIn.current = true;
  // Without the member role (an observer, staff, an advisor) only the account's security is here.
  const member = has('member');
  const sections = member ? SECTIONS : SECTIONS.filter(([to]) => to === '/my/security');
  if (!member && location.pathname !== '/my/security') return <Navigate to="/my/security" replace />;
  // The longest section path that the current address starts with is the current one.
  const current = sections
    .filter(([to]) => location.pathname === to || (to !== '/my' && location.pathname.startsWith(`${to}/`)))
    .sort((a, b) => b[0].length - a[0].length)[0]?.[0];
  return (
    <Stack gap="lg">
      <nav aria-label={t('nav.label')}>
        <Group gap={4} component="ul" className="plain-list" wrap="wrap">
          {sections.map(([to, key]) => (
            <li key={to}>
              <Button
                component={Link}
                to={to}
                size="compact-sm"
                variant={current === to ? 'filled' : 'subtle'}
                aria-current={current === to ? 'page' : undefined}
              >
                {t(`nav.${key}`)}
              </Button>
            </li>
          ))}
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}

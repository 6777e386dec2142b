import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useNavigate } from 'react-router';
import { useAuth } from './auth.tsx';
import { setLanguage } from './i18n.ts';

/**
 * The frame of every page: skip link, header with the language switch and sign-in, navigation,
 * main. The parts that depend on who is signed in are their own components, so the answer of the
 * session renders them again and not the whole frame.
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const other = i18n.language === 'en' ? 'pl' : 'en';
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.main')} />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              Civitas
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button variant="subtle" onClick={() => setLanguage(other)} lang={other}>
              {other === 'en' ? 'English' : 'Polski'}
              <VisuallyHidden> ({t('language.label')})</VisuallyHidden>
            </Button>
            <Account />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')} component="nav">
        <MainMenu close={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** Who is signed in, with sign-out; or the way to sign in. */
function Account() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  if (!user) {
    return (
      <Button component={Link} to="/sign-in">
        {t('nav.signIn')}
      </Button>
    );
  }
  return (
    <>
      <Text size="sm" visibleFrom="sm">
        {user.name}
      </Text>
      <Button
        variant="light"
        onClick={async () => {
          await signOut();
          navigate('/');
        }}
      >
        {t('nav.signOut')}
      </Button>
    </>
  );
}

/** The main menu; the member area and the console for those who have them. */
function MainMenu({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const { isStaff, has } = useAuth();
  // An observer (the city office) reads reports in the console and has no member area.
  const hasMemberArea = has('admin', 'coordinator', 'advisor', 'member');
  const links = [
    ['/', t('nav.home')],
    ['/centres', t('nav.centers')],
    ['/calendar', t('nav.calendar')],
    ['/knowledge', t('nav.knowledge')],
    ['/volunteering', t('nav.volunteering')],
    ['/how-to-borrow', t('nav.howToBorrow')],
    ['/contact', t('nav.contact')],
  ] as const;
  return (
    <Stack gap={2}>
      {links.map(([to, label]) => (
        <NavLink key={to} component={RouterNavLink} to={to} label={label} onClick={close} end={to === '/'} />
      ))}
      {hasMemberArea && (
        <NavLink component={RouterNavLink} to="/my" label={t('nav.myArea')} onClick={close} />
      )}
      {(isStaff || has('advisor', 'observer')) && (
        <NavLink component={RouterNavLink} to="/console" label={t('nav.console')} onClick={close} />
      )}
      <NavLink component={RouterNavLink} to="/accessibility" label={t('nav.accessibility')} onClick={close} />
      <NavLink component={RouterNavLink} to="/privacy" label={t('nav.privacy')} onClick={close} />
    </Stack>
  );
}

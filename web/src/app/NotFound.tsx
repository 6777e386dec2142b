import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../public/shared/ui.tsx';

/** An address the app does not know (outside /console, which has its own): what now, and the way back. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.lead')}>
      <Group gap="lg">
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
        <Anchor component={Link} to="/knowledge">
          {t('nav.knowledge')}
        </Anchor>
        <Anchor component={Link} to="/contact">
          {t('nav.contact')}
        </Anchor>
      </Group>
      <Text size="sm" c="gray.8">
        {t('notFound.hint')}
      </Text>
    </Page>
  );
}

import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';

/** The staff console under /console: its own chunk, loaded only by staff. */
export function ConsoleApp() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<Title order={1}>{t('nav.console')}</Title>} />
    </Routes>
  );
}

import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return <Title order={1}>{t('common.notFound')}</Title>;
}

import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCenters } from './shared/queries.ts';
import { Page, QueryView } from './shared/ui.tsx';

const SECTIONS = ['purposes', 'recipients', 'retention', 'rights', 'voluntary'] as const;

/**
 * The information notice of art. 13 GDPR (klauzula informacyjna): who holds the data and how
 * to reach them, why and on what legal basis, who receives it, for how long, the person's rights
 * and the supervisory authority. Shown at sign-up and linked from the footer.
 */
export function PrivacyPage() {
  const { t } = useTranslation('public');
  const centers = useCenters();
  return (
    <Page title={t('privacy.title')} lead={t('privacy.lead')}>
      <Stack gap="lg" maw={760}>
        <section aria-labelledby="privacy-controller">
          <Title order={2} size="h3" id="privacy-controller" mb="xs">
            {t('privacy.controller.title')}
          </Title>
          <Text mb="xs">{t('privacy.controller.text')}</Text>
          <QueryView query={centers}>
            {(list) => (
              <List spacing={4}>
                {list.map((center) => (
                  <List.Item key={center.id}>
                    {center.name}, {center.address}
                    {center.email && (
                      <>
                        {', '}
                        <Anchor href={`mailto:${center.email}`}>{center.email}</Anchor>
                      </>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
          </QueryView>
          <Text mt="xs">{t('privacy.controller.dpo')}</Text>
        </section>
        {SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`privacy-${section}`}>
            <Title order={2} size="h3" id={`privacy-${section}`} mb="xs">
              {t(`privacy.${section}.title`)}
            </Title>
            <List spacing={4}>
              {(t(`privacy.${section}.items`, { returnObjects: true }) as string[]).map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </section>
        ))}
        <Text>
          {t('privacy.yourData')}{' '}
          <Anchor component={Link} to="/my/data">
            {t('privacy.yourDataLink')}
          </Anchor>
        </Text>
      </Stack>
    </Page>
  );
}

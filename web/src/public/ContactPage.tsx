import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OpeningHoursTable } from './shared/centers.tsx';
import { districtName, useCenters, useDistricts } from './shared/queries.ts';
import { Page, QueryView } from './shared/ui.tsx';

/** The centres' addresses, e-mails, phones and hours. */
export function ContactPage() {
  const { t } = useTranslation('public');
  const centers = useCenters();
  const districts = useDistricts();
  return (
    <Page title={t('contact.title')} lead={t('contact.lead')}>
      <QueryView query={centers}>
        {(list) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {list.map((center) => (
              <Paper
                key={center.id}
                withBorder
                p="md"
                component="section"
                aria-labelledby={`contact-${center.id}`}
              >
                <Stack gap="xs">
                  <Title order={2} size="h3" id={`contact-${center.id}`}>
                    {center.name}
                  </Title>
                  <Text component="address" style={{ fontStyle: 'normal' }}>
                    {center.address}
                    {center.district && (
                      <>
                        <br />
                        {t('district', { name: districtName(districts.data, center.district) })}
                      </>
                    )}
                  </Text>
                  {center.email && (
                    <Text>
                      {t('centers.email')}: <Anchor href={`mailto:${center.email}`}>{center.email}</Anchor>
                    </Text>
                  )}
                  {center.phone && (
                    <Text>
                      {t('centers.phone')}:{' '}
                      <Anchor href={`tel:${center.phone.replace(/\s/g, '')}`}>{center.phone}</Anchor>
                    </Text>
                  )}
                  <OpeningHoursTable hours={center.openingHours} caption={t('centers.hours')} />
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </Page>
  );
}

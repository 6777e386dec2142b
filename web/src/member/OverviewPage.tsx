import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { read } from '../api/client.ts';
import { useAuth } from '../app/auth.tsx';
import { useMyBeneficiaries } from '../public/shared/queries.ts';
import { Page } from '../public/shared/ui.tsx';

const CARDS = [
  ['/my/organizations', 'organizations'],
  ['/my/bookings/new', 'requestRoom'],
  ['/my/bookings', 'bookings'],
  ['/my/registrations', 'registrations'],
  ['/my/appointments', 'appointments'],
  ['/my/volunteering', 'volunteering'],
  ['/my/data', 'data'],
] as const;

/** /my: who you act for, what is coming, where to go. */
export function OverviewPage() {
  const { t } = useTranslation('member');
  const { user } = useAuth();
  const beneficiaries = useMyBeneficiaries();
  const [from] = useState(() => new Date().toISOString());
  const bookings = useQuery({
    queryKey: ['my-bookings', 'upcoming', from],
    queryFn: () => read('/api/bookings', { params: { query: { from, limit: 200 } } }),
  });
  const upcoming = (bookings.data?.items ?? []).filter((booking) =>
    ['pending', 'approved'].includes(booking.status),
  );
  const pending = upcoming.filter((booking) => booking.status === 'pending');
  return (
    <Page title={t('overview.title')} lead={t('overview.hello', { name: user?.name ?? '' })}>
      <Stack gap={4} role="status">
        {beneficiaries.data &&
          (beneficiaries.data.length === 0 ? (
            <Text>
              {t('overview.noOrganizations')}{' '}
              <Anchor component={Link} to="/my/organizations/new">
                {t('organizations.add')}
              </Anchor>
            </Text>
          ) : (
            <Text>{t('overview.organizations', { count: beneficiaries.data.length })}</Text>
          ))}
        {bookings.data && (
          <Text>
            {t('overview.upcomingBookings', { count: upcoming.length })}
            {pending.length > 0 && ` · ${t('overview.pending', { count: pending.length })}`}
          </Text>
        )}
      </Stack>
      <section aria-labelledby="overview-sections">
        <Title order={2} id="overview-sections" mb="sm">
          {t('overview.sections')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" className="plain-list">
          {CARDS.map(([to, key]) => (
            <Card key={to} withBorder component="li" padding="md">
              <Anchor component={Link} to={to} fw={600}>
                {t(`nav.${key}`)}
              </Anchor>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Page>
  );
}

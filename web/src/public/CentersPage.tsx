import { Anchor, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Center, Room } from '../api/types.ts';
import { OpeningHoursTable, RoomFacts } from './shared/centers.tsx';
import { districtName, useCenters, useDistricts, useRooms } from './shared/queries.ts';
import { Empty, Page, QueryView } from './shared/ui.tsx';

/** Every centre with its address, hours and rooms (GET /api/centers, /api/rooms). */
export function CentersPage() {
  const { t } = useTranslation('public');
  const centers = useCenters();
  const rooms = useRooms();
  return (
    <Page title={t('centers.title')} lead={t('centers.lead')}>
      <QueryView query={centers}>
        {(list) => (
          <QueryView query={rooms}>
            {(allRooms) => (
              <Stack gap="xl">
                {list.map((center) => (
                  <CenterSection
                    key={center.id}
                    center={center}
                    rooms={allRooms.filter((room) => room.centerId === center.id && room.active)}
                  />
                ))}
              </Stack>
            )}
          </QueryView>
        )}
      </QueryView>
    </Page>
  );
}

function CenterSection({ center, rooms }: { center: Center; rooms: Room[] }) {
  const { t } = useTranslation('public');
  const districts = useDistricts();
  const district = districtName(districts.data, center.district);
  const headingId = `center-${center.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {center.name}
        </Title>
        {center.description && <Text lang="pl">{center.description}</Text>}
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Stack gap={4}>
            <Text>
              <strong>{t('centers.address')}:</strong> {center.address}
            </Text>
            {district && <Text>{t('district', { name: district })}</Text>}
            {center.email && (
              <Text>
                <strong>{t('centers.email')}:</strong>{' '}
                <Anchor href={`mailto:${center.email}`}>{center.email}</Anchor>
              </Text>
            )}
            {center.phone && (
              <Text>
                <strong>{t('centers.phone')}:</strong>{' '}
                <Anchor href={`tel:${center.phone.replace(/\s/g, '')}`}>{center.phone}</Anchor>
              </Text>
            )}
          </Stack>
          <OpeningHoursTable hours={center.openingHours} caption={t('centers.hours')} />
        </Group>
        <Title order={3}>{t('centers.rooms')}</Title>
        {rooms.length === 0 ? (
          <Empty>{t('centers.noRooms')}</Empty>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" className="plain-list">
            {rooms.map((room) => (
              <Card key={room.id} withBorder component="li" padding="md">
                <Stack gap="xs">
                  <Title order={4}>
                    <Anchor component={Link} to={`/rooms/${room.id}`}>
                      {room.name}
                    </Anchor>
                  </Title>
                  <RoomFacts room={room} />
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
        <Divider mt="md" />
      </Stack>
    </section>
  );
}

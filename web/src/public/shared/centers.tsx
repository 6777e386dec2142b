import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpeningHours, Room } from '../../api/types.ts';
import { WEEKDAYS } from '../../api/types.ts';

/** A centre's weekly hours as a table: one row a day, "nieczynne" on closed days. */
export function OpeningHoursTable({ hours, caption }: { hours: OpeningHours; caption: string }) {
  const { t } = useTranslation('public');
  return (
    <Table maw={420} striped withRowBorders={false} captionSide="top">
      <Table.Caption className="table-caption">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('centers.day')}</Table.Th>
          <Table.Th scope="col">{t('centers.openHours')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEKDAYS.map((day) => (
          <Table.Tr key={day}>
            <Table.Th scope="row" fw={500}>
              {t(`weekdays.${day}`)}
            </Table.Th>
            <Table.Td>
              {hours[day].length === 0
                ? t('closed')
                : hours[day].map(([start, end]) => t('timeRange', { start, end })).join(', ')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Capacity, equipment and accessibility of a room. */
export function RoomFacts({ room }: { room: Room }) {
  const { t } = useTranslation('public');
  return (
    <List spacing={4} size="sm" listStyleType="none" p={0}>
      <List.Item>{t('centers.capacity', { count: room.capacity })}</List.Item>
      <List.Item>
        {t('centers.amenities')}:{' '}
        <span lang="pl">
          {room.amenities.length > 0 ? room.amenities.join(', ') : t('centers.noAmenities')}
        </span>
      </List.Item>
      <List.Item>{room.accessible ? t('centers.accessible') : t('centers.notAccessible')}</List.Item>
      {room.autoApprove && <List.Item>{t('centers.autoApprove')}</List.Item>}
      {room.description && (
        <List.Item>
          <Text size="sm">{room.description}</Text>
        </List.Item>
      )}
    </List>
  );
}

import { Button, Group, Table, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../../../api/client.ts';
import type { Booking, Room } from '../../../api/types.ts';
import { holidayFor } from '../../../public/shared/queries.ts';
import { getAll } from '../../lib/fetch-all.ts';
import { addDays, localDate, localHour, overlaps, today, zonedIso } from '../../lib/time.ts';
import { formatDay, QueryState } from '../../lib/ui.tsx';
import { Entry, FreeHour, hoursOf } from './Entry.tsx';
import type { Draft } from './NewBooking.tsx';

/** One day of the centre: hours down, rooms across, each free hour one click from a booking. */
export function DayView({
  centerId,
  rooms,
  onOpen,
  onDraft,
}: {
  centerId: string;
  rooms: Room[];
  onOpen: (booking: Booking) => void;
  onDraft: (draft: Draft) => void;
}) {
  const { t, i18n } = useTranslation('console');
  const [day, setDay] = useState(today());
  const bookings = useQuery({
    queryKey: ['bookings', 'day-view', centerId, day],
    enabled: !!centerId,
    queryFn: () =>
      getAll<Booking>(
        `/api/bookings?centerId=${centerId}&from=${encodeURIComponent(zonedIso(day))}&to=${encodeURIComponent(zonedIso(addDays(day, 1)))}`,
      ),
  });
  const calendar = useQuery({
    queryKey: ['center-days', centerId, day, day],
    enabled: !!centerId,
    queryFn: () =>
      read('/api/centers/{id}/days', { params: { path: { id: centerId }, query: { from: day, to: day } } }),
  });
  const info = calendar.data?.days.find((each) => each.date === day);
  const holding = (bookings.data ?? []).filter((booking) =>
    ['pending', 'approved', 'completed'].includes(booking.status),
  );
  const dayName = formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <>
      <Group align="end" wrap="wrap">
        <TextInput
          type="date"
          label={t('calendar.day')}
          value={day}
          onChange={(event) => event.currentTarget.value && setDay(event.currentTarget.value)}
        />
        <Group gap="xs">
          <Button variant="default" onClick={() => setDay(addDays(day, -1))}>
            {t('calendar.previousDay')}
          </Button>
          <Button variant="default" onClick={() => setDay(today())}>
            {t('calendar.today')}
          </Button>
          <Button variant="default" onClick={() => setDay(addDays(day, 1))}>
            {t('calendar.nextDay')}
          </Button>
        </Group>
      </Group>
      <QueryState query={bookings}>
        <Table.ScrollContainer minWidth={Math.max(600, 120 + rooms.length * 160)}>
          <Table captionSide="top" withTableBorder withColumnBorders layout="fixed">
            <Table.Caption>
              {t('calendar.captionDay', { day: dayName })}
              {info && !info.open
                ? ` — ${t('calendar.closed')}${info.holiday ? `: ${holidayFor(info, i18n.language).name}` : info.closureReason ? `: ${info.closureReason}` : ''}`
                : ''}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={80}>
                  {t('calendar.hour')}
                </Table.Th>
                {rooms.map((room) => (
                  <Table.Th scope="col" key={room.id}>
                    {room.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hoursOf(info ? { [day]: info } : {}).map((hour) => {
                const hh = String(hour).padStart(2, '0');
                const slotStart = zonedIso(day, `${hh}:00`);
                const slotEnd = new Date(new Date(slotStart).getTime() + 3_600_000).toISOString();
                return (
                  <Table.Tr key={hour}>
                    <Table.Th scope="row">{`${hh}:00`}</Table.Th>
                    {rooms.map((room) => {
                      const here = holding.filter(
                        (booking) =>
                          booking.roomId === room.id &&
                          overlaps(booking.start, booking.end, slotStart, slotEnd),
                      );
                      return (
                        <Table.Td key={room.id} p={4}>
                          {here.map((booking) => (
                            <Entry
                              key={booking.id}
                              booking={booking}
                              onOpen={onOpen}
                              continued={localDate(booking.start) === day && localHour(booking.start) < hour}
                            />
                          ))}
                          {here.length === 0 && info?.open !== false && (
                            <FreeHour room={room} date={day} hour={hour} onDraft={onDraft} />
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </>
  );
}

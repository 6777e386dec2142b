import { Button, Group, NativeSelect, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../../api/client.ts';
import type { Booking, Room } from '../../api/types.ts';
import { holidayFor } from '../../public/shared/queries.ts';
import { getAll } from '../lib/fetch-all.ts';
import { useMyCenters, useRooms } from '../lib/hooks.ts';
import { CenterSelect } from '../lib/pickers.tsx';
import { addDays, localDate, localHour, mondayOf, overlaps, today, zonedIso } from '../lib/time.ts';
import { formatDay, Notice, PageTitle, QueryState } from '../lib/ui.tsx';
import { BookingActions } from './calendar/BookingActions.tsx';
import { DayView } from './calendar/DayView.tsx';
import { Entry, FreeHour, hoursOf } from './calendar/Entry.tsx';
import { type Draft, NewBooking } from './calendar/NewBooking.tsx';
import { PrivateFeed } from './calendar/PrivateFeed.tsx';

/**
 * The room calendar: a week per room (hours × days) or per centre (rooms × days), as tables
 * with row and column headers; each booking is written out, colour only helps the eye.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation('console');
  const centers = useMyCenters();
  const [chosenCenter, setCenter] = useState('');
  const centerId = chosenCenter || centers.data?.[0]?.id || '';
  const [roomId, setRoomId] = useState('');
  const [view, setView] = useState<'week' | 'day'>('week');
  const [week, setWeek] = useState(mondayOf(today()));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [opened, setOpened] = useState<Booking | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const finish = (message: string) => {
    setDraft(null);
    setOpened(null);
    setNotice(message);
  };
  const rooms = useRooms(centerId || undefined);
  const activeRooms = (rooms.data ?? []).filter((room) => room.active);
  const days = Array.from({ length: 7 }, (_, index) => addDays(week, index));
  const from = encodeURIComponent(zonedIso(week));
  const to = encodeURIComponent(zonedIso(addDays(week, 7)));
  const bookings = useQuery({
    queryKey: ['bookings', 'week', centerId, roomId, week],
    enabled: !!centerId,
    queryFn: () =>
      getAll<Booking>(
        `/api/bookings?${roomId ? `roomId=${roomId}` : `centerId=${centerId}`}&from=${from}&to=${to}`,
      ),
  });
  const calendar = useQuery({
    queryKey: ['center-days', centerId, week],
    enabled: !!centerId,
    queryFn: () =>
      read('/api/centers/{id}/days', {
        params: { path: { id: centerId }, query: { from: week, to: addDays(week, 6) } },
      }),
  });
  const holding = (bookings.data ?? []).filter((booking) =>
    ['pending', 'approved', 'completed'].includes(booking.status),
  );
  const dayInfo = Object.fromEntries((calendar.data?.days ?? []).map((day) => [day.date, day]));
  const room = activeRooms.find((candidate) => candidate.id === roomId);
  const weekLabel = `${formatDay(week)} – ${formatDay(addDays(week, 6))}`;

  const dayHeader = (date: string) => {
    const info = dayInfo[date];
    return (
      <Table.Th scope="col" key={date}>
        {formatDay(date, { weekday: 'short', day: 'numeric', month: 'short' })}
        {info && !info.open && (
          <Text size="xs" fw={400}>
            {t('calendar.closed')}
            {info.holiday
              ? `: ${holidayFor(info, i18n.language).name}`
              : info.closureReason
                ? `: ${info.closureReason}`
                : ''}
          </Text>
        )}
      </Table.Th>
    );
  };

  return (
    <Stack>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <SegmentedControl
        w="fit-content"
        aria-label={t('calendar.view')}
        value={view}
        onChange={(value) => setView(value as 'week' | 'day')}
        data={[
          { value: 'week', label: t('calendar.weekView') },
          { value: 'day', label: t('calendar.dayView') },
        ]}
      />
      <Group align="end" wrap="wrap">
        <CenterSelect
          value={centerId}
          onChange={(value) => {
            setCenter(value);
            setRoomId('');
          }}
        />
        {view === 'week' && (
          <>
            <NativeSelect
              label={t('common.room')}
              value={roomId}
              onChange={(event) => setRoomId(event.currentTarget.value)}
              data={[
                { value: '', label: t('calendar.allRooms') },
                ...activeRooms.map((candidate) => ({ value: candidate.id, label: candidate.name })),
              ]}
            />
            <TextInput
              type="date"
              label={t('calendar.weekOf')}
              value={week}
              onChange={(event) => event.currentTarget.value && setWeek(mondayOf(event.currentTarget.value))}
            />
            <Group gap="xs">
              <Button variant="default" onClick={() => setWeek(addDays(week, -7))}>
                {t('calendar.previous')}
              </Button>
              <Button variant="default" onClick={() => setWeek(mondayOf(today()))}>
                {t('calendar.thisWeek')}
              </Button>
              <Button variant="default" onClick={() => setWeek(addDays(week, 7))}>
                {t('calendar.next')}
              </Button>
            </Group>
          </>
        )}
      </Group>
      <Group justify="space-between" align="center">
        <Text size="sm" aria-live="polite" style={{ flex: 1 }}>
          {t('calendar.legend')}
        </Text>
        <Button
          disabled={activeRooms.length === 0}
          onClick={() =>
            setDraft({
              roomId: roomId || activeRooms[0]?.id || '',
              date: today(),
              start: '10:00',
              end: '11:00',
            })
          }
        >
          {t('desk.new')}
        </Button>
      </Group>
      <Notice message={notice} />
      {view === 'day' ? (
        <DayView centerId={centerId} rooms={activeRooms} onOpen={setOpened} onDraft={setDraft} />
      ) : (
        <QueryState query={bookings}>
          <Table.ScrollContainer minWidth={900}>
            <Table captionSide="top" withTableBorder withColumnBorders layout="fixed">
              <Table.Caption>
                {room
                  ? t('calendar.captionRoom', { room: room.name, week: weekLabel })
                  : t('calendar.captionCenter', {
                      center: centers.data?.find((center) => center.id === centerId)?.name ?? '',
                      week: weekLabel,
                    })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={room ? 80 : 190}>
                    {room ? t('calendar.hour') : t('common.room')}
                  </Table.Th>
                  {days.map(dayHeader)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {room
                  ? hoursOf(dayInfo).map((hour) => (
                      <Table.Tr key={hour}>
                        <Table.Th scope="row">{`${String(hour).padStart(2, '0')}:00`}</Table.Th>
                        {days.map((date) => {
                          const slotStart = zonedIso(date, `${String(hour).padStart(2, '0')}:00`);
                          const slotEnd = new Date(new Date(slotStart).getTime() + 3_600_000).toISOString();
                          const here = holding.filter((booking) =>
                            overlaps(booking.start, booking.end, slotStart, slotEnd),
                          );
                          const free = here.length === 0 && dayInfo[date]?.open !== false;
                          return (
                            <Table.Td key={date} p={4}>
                              {here.map((booking) => (
                                <Entry
                                  key={booking.id}
                                  booking={booking}
                                  onOpen={setOpened}
                                  continued={
                                    localDate(booking.start) === date && localHour(booking.start) < hour
                                  }
                                />
                              ))}
                              {free && room && (
                                <FreeHour room={room} date={date} hour={hour} onDraft={setDraft} />
                              )}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    ))
                  : activeRooms.map((candidate: Room) => (
                      <Table.Tr key={candidate.id}>
                        <Table.Th scope="row">
                          <Button variant="subtle" size="compact-sm" onClick={() => setRoomId(candidate.id)}>
                            {candidate.name}
                          </Button>
                        </Table.Th>
                        {days.map((date) => (
                          <Table.Td key={date} p={4}>
                            {holding
                              .filter(
                                (booking) =>
                                  booking.roomId === candidate.id && localDate(booking.start) === date,
                              )
                              .sort((a, b) => a.start.localeCompare(b.start))
                              .map((booking) => (
                                <Entry key={booking.id} booking={booking} onOpen={setOpened} />
                              ))}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </QueryState>
      )}
      <PrivateFeed />
      {draft && (
        <NewBooking draft={draft} rooms={activeRooms} onClose={() => setDraft(null)} onDone={finish} />
      )}
      {opened && (
        <BookingActions
          booking={opened}
          rooms={activeRooms}
          onClose={() => setOpened(null)}
          onDone={finish}
        />
      )}
    </Stack>
  );
}

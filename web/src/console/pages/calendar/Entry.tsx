import { Button, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Booking, CenterDay as Day } from '../../../api/types.ts';
import { formatDay, formatTime } from '../../lib/ui.tsx';
import type { Draft } from './NewBooking.tsx';

export const STATUS_BACKGROUND: Record<string, string> = {
  pending: 'var(--mantine-color-yellow-1)',
  approved: 'var(--mantine-color-green-1)',
  completed: 'var(--mantine-color-blue-1)',
};

/** The hours a grid shows: from the earliest opening to the latest closing of the days given. */
export function hoursOf(days: Record<string, Day>): number[] {
  let first = 8;
  let last = 20;
  const all = Object.values(days).flatMap((day) => day.hours);
  if (all.length) {
    first = Math.min(...all.map(([start]) => Number(start.slice(0, 2))));
    last = Math.max(
      ...all.map(([, end]) => Math.ceil(Number(end.slice(0, 2)) + Number(end.slice(3)) / 60) - 1),
    );
  }
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** A booking in a grid cell: its times, title and status; a click opens it. */
export function Entry({
  booking,
  continued,
  onOpen,
}: {
  booking: Booking;
  continued?: boolean;
  onOpen: (booking: Booking) => void;
}) {
  const { t } = useTranslation('console');
  return (
    <UnstyledButton
      onClick={() => onOpen(booking)}
      p={4}
      mb={2}
      w="100%"
      style={{
        background: STATUS_BACKGROUND[booking.status],
        borderLeft: '3px solid var(--mantine-color-dark-4)',
        borderRadius: 4,
        display: 'block',
        textAlign: 'left',
      }}
    >
      <Text size="xs" c="dark">
        {continued ? `${t('calendar.continued')} ` : ''}
        {formatTime(booking.start)}–{formatTime(booking.end)} {booking.title}{' '}
        <Text span size="xs" fs="italic">
          ({t(`status.${booking.status}`)})
        </Text>
      </Text>
    </UnstyledButton>
  );
}

/** The "+" of a free hour in a room: a new booking of that hour, one click away. */
export function FreeHour({
  room,
  date,
  hour,
  onDraft,
}: {
  room: { id: string; name: string };
  date: string;
  hour: number;
  onDraft: (draft: Draft) => void;
}) {
  const { t } = useTranslation('console');
  const from = `${String(hour).padStart(2, '0')}:00`;
  return (
    <Button
      variant="subtle"
      size="compact-xs"
      aria-label={t('desk.bookSlot', {
        room: room.name,
        day: formatDay(date, { weekday: 'long', day: 'numeric', month: 'long' }),
        hour: from,
      })}
      onClick={() =>
        onDraft({ roomId: room.id, date, start: from, end: `${String(hour + 1).padStart(2, '0')}:00` })
      }
    >
      +
    </Button>
  );
}

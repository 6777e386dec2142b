import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityDetail } from '../../api/types.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { localDate, localTime, localToInstant } from './time.ts';
import { Tag } from './ui.tsx';

/** "wtorek, 1 grudnia 2026, 10:00–14:00" (or two full dates when it spans days). */
export function useWhen() {
  const { t } = useTranslation('public');
  return (start: string, end: string) => {
    const day = formatDateTime(start, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    if (localDate(start) !== localDate(end)) {
      return `${formatDateTime(start)} – ${formatDateTime(end)}`;
    }
    return `${day}, ${t('timeRange', {
      start: formatDateTime(start, { timeStyle: 'short' }),
      end: formatDateTime(end, { timeStyle: 'short' }),
    })}`;
  };
}

/**
 * When an activity takes place: a one-off as its day and hours; a series as its first meeting
 * (the hours of each meeting) and the day of its last one.
 */
export function useActivityWhen() {
  const { t } = useTranslation('public');
  const when = useWhen();
  return (activity: Pick<Activity, 'start' | 'end' | 'recurrence'>) => {
    if (!activity.recurrence) return when(activity.start, activity.end);
    // The meetings of a series share their hours: the first one ends at the time of day the last one does.
    const firstEnd = localToInstant(localDate(activity.start), localTime(activity.end));
    const first = when(
      activity.start,
      (firstEnd > new Date(activity.start) ? firstEnd : new Date(activity.end)).toISOString(),
    );
    return t('activity.seriesWhen', {
      first,
      last: formatDateTime(activity.end, { day: 'numeric', month: 'long', year: 'numeric' }),
    });
  };
}

/** Seats left, full (waiting list) or no limit; and cancelled. */
export function SeatsBadge({ activity }: { activity: Activity }) {
  const { t } = useTranslation('public');
  if (activity.status === 'cancelled') {
    return <Tag color="red">{t('calendar.cancelled')}</Tag>;
  }
  if (activity.seatsLeft === null) {
    return <Tag color="gray">{t('calendar.unlimited')}</Tag>;
  }
  if (activity.seatsLeft <= 0) {
    return <Tag color="yellow">{t('calendar.full')}</Tag>;
  }
  return <Tag color="green">{t('calendar.seatsLeft', { count: activity.seatsLeft })}</Tag>;
}

/** On a list the server sends no sessions; the activity's own page does. */
export function KindAndSeats({
  activity,
}: {
  activity: Activity & { sessions?: ActivityDetail['sessions'] };
}) {
  const { t } = useTranslation('public');
  return (
    <Group gap={6}>
      <Tag color="blue" variant="outline">
        {t(`kinds.${activity.kind}`)}
      </Tag>
      <SeatsBadge activity={activity} />
      {activity.sessions && activity.sessions.length > 1 && (
        <Text size="sm">{t('activity.sessionsCount', { count: activity.sessions.length })}</Text>
      )}
    </Group>
  );
}

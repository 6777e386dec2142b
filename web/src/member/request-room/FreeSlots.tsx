import { Button, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Interval } from '../../api/types.ts';
import { localTime } from '../../public/shared/time.ts';
import { Loading } from '../../public/shared/ui.tsx';

/** The room's free times of the week, one button per slot that fills in the date and the hours. */
export function FreeSlots({
  freeByDay,
  pending,
  date,
  start,
  dayLabel,
  onPick,
}: {
  freeByDay: { day: string; free: Interval[] }[];
  pending: boolean;
  date: string;
  start: string;
  dayLabel: (day: string) => string;
  onPick: (day: string, from: string, until: string) => void;
}) {
  const { t } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  return (
    <section aria-labelledby="request-free">
      <Title order={2} size="h4" id="request-free" mb="xs">
        {t('request.freeTitle')}
      </Title>
      {pending ? (
        <Loading />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" className="plain-list" spacing="xs">
          {freeByDay.map(({ day, free }) => (
            <li key={day}>
              <Text fw={600} size="sm">
                {dayLabel(day)}
              </Text>
              {free.length === 0 ? (
                <Text size="sm">{tp('room.noFree')}</Text>
              ) : (
                <Group gap={4}>
                  {free.map((slot) => {
                    const from = localTime(slot.start);
                    const until = localTime(slot.end);
                    return (
                      <Button
                        key={slot.start}
                        size="compact-sm"
                        variant={date === day && start === from ? 'filled' : 'default'}
                        aria-label={t('request.useSlot', {
                          day: dayLabel(day),
                          start: from,
                          end: until,
                        })}
                        onClick={() => onPick(day, from, until)}
                      >
                        {tp('timeRange', { start: from, end: until })}
                      </Button>
                    );
                  })}
                </Group>
              )}
            </li>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

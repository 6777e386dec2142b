import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Center, type OpeningHours, WEEKDAYS, type Weekday } from '../../../api/types.ts';
import { Notice } from '../../lib/ui.tsx';
import {
  type FieldErrors,
  FormErrors,
  isClockTime,
  RequestError,
  SettingsSection,
  serverFieldErrors,
  useSaveCenter,
} from './shared.tsx';

type Range = [string, string];
type Draft = Record<Weekday, Range[]>;

const MAX_RANGES = 12;
const NEW_RANGE: Range = ['08:00', '16:00'];
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Field keys: `${day}.${index}.from` and `.to`, as the summary links to them. */
const fieldOf = (day: Weekday, index: number, end: 'from' | 'to') => `${day}.${index}.${end}`;

/** The same checks as the server: real times, start before end, in order and apart from each other. */
function checkHours(draft: Draft, t: (key: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const day of WEEKDAYS) {
    let previousEnd = -1;
    draft[day].forEach(([from, to], index) => {
      const fromOk = isClockTime(from);
      const toOk = isClockTime(to);
      if (!fromOk) errors[fieldOf(day, index, 'from')] = t('settings.hours.invalidTime');
      if (!toOk) errors[fieldOf(day, index, 'to')] = t('settings.hours.invalidTime');
      if (!fromOk || !toOk) return;
      if (minutes(from) >= minutes(to))
        errors[fieldOf(day, index, 'to')] = t('settings.hours.endBeforeStart');
      else if (minutes(from) <= previousEnd)
        errors[fieldOf(day, index, 'from')] = t('settings.hours.overlap');
      previousEnd = Math.max(previousEnd, minutes(to));
    });
  }
  return errors;
}

/** The week's opening hours: each day one or more ranges, or closed all day. */
export function HoursSection({ center }: { center: Center }) {
  const { t } = useTranslation('console');
  const [draft, setDraft] = useState<Draft>(() => copyHours(center.openingHours));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveCenter(center.id, (saved) => {
    setDraft(copyHours(saved.openingHours));
    setNotice(t('settings.hours.saved'));
  });
  const dayName = (day: Weekday) => capitalize(t(`weekdays.${WEEKDAYS.indexOf(day) + 1}`));

  const labels: Record<string, string> = {};
  for (const day of WEEKDAYS)
    draft[day].forEach((_, index) => {
      labels[fieldOf(day, index, 'from')] =
        `${dayName(day)}, ${rangeLabel(t('settings.hours.from'), index, draft[day].length)}`;
      labels[fieldOf(day, index, 'to')] =
        `${dayName(day)}, ${rangeLabel(t('settings.hours.to'), index, draft[day].length)}`;
    });

  const change = (day: Weekday, ranges: Range[]) => {
    setNotice(null);
    setDraft((current) => ({ ...current, [day]: ranges }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const trimmed = Object.fromEntries(
      WEEKDAYS.map((day) => [day, draft[day].map(([from, to]) => [from.trim(), to.trim()] as Range)]),
    ) as Draft;
    const found = checkHours(trimmed, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { openingHours: trimmed },
      { onError: (error) => setErrors(fromServer(error, Object.keys(labels))) },
    );
  }

  return (
    <SettingsSection id="settings-hours" title={t('settings.hours.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="settings-hours">
        <Stack>
          <Text size="sm">{t('settings.hours.help')}</Text>
          <FormErrors errors={errors} labels={labels} idPrefix="hours" />
          <RequestError error={save.error} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {WEEKDAYS.map((day) => (
              <Fieldset key={day} legend={dayName(day)}>
                <Stack gap="xs">
                  <Checkbox
                    label={t('settings.hours.closed')}
                    checked={draft[day].length === 0}
                    onChange={(event) => change(day, event.currentTarget.checked ? [] : [NEW_RANGE])}
                  />
                  {draft[day].map(([from, to], index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a range is its place in the day
                    <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                      <TextInput
                        id={`hours-${fieldOf(day, index, 'from')}`}
                        label={rangeLabel(t('settings.hours.from'), index, draft[day].length)}
                        value={from}
                        placeholder="08:00"
                        inputMode="numeric"
                        autoComplete="off"
                        w={110}
                        error={errors[fieldOf(day, index, 'from')]}
                        onChange={(event) =>
                          change(day, replace(draft[day], index, [event.currentTarget.value, to]))
                        }
                      />
                      <TextInput
                        id={`hours-${fieldOf(day, index, 'to')}`}
                        label={rangeLabel(t('settings.hours.to'), index, draft[day].length)}
                        value={to}
                        placeholder="16:00"
                        inputMode="numeric"
                        autoComplete="off"
                        w={110}
                        error={errors[fieldOf(day, index, 'to')]}
                        onChange={(event) =>
                          change(day, replace(draft[day], index, [from, event.currentTarget.value]))
                        }
                      />
                      <Button
                        variant="default"
                        mt={24}
                        aria-label={t('settings.hours.removeRange', { day: dayName(day), from, to })}
                        onClick={() =>
                          change(
                            day,
                            draft[day].filter((_, other) => other !== index),
                          )
                        }
                      >
                        {t('common.remove')}
                      </Button>
                    </Group>
                  ))}
                  {draft[day].length < MAX_RANGES && (
                    <Button
                      variant="default"
                      size="compact-sm"
                      w="fit-content"
                      aria-label={t('settings.hours.addRangeTo', { day: dayName(day) })}
                      onClick={() => change(day, [...draft[day], nextRange(draft[day])])}
                    >
                      {t('settings.hours.addRange')}
                    </Button>
                  )}
                </Stack>
              </Fieldset>
            ))}
          </SimpleGrid>
          <Notice message={notice} />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('settings.hours.save')}
          </Button>
        </Stack>
      </form>
    </SettingsSection>
  );
}

function copyHours(hours: OpeningHours): Draft {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, hours[day].map(([from, to]) => [from, to] as Range)]),
  ) as Draft;
}

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

function replace(ranges: Range[], index: number, range: Range): Range[] {
  return ranges.map((current, other) => (other === index ? range : current));
}

/** A range after the day's last one (an evening after a break), or the usual first one. */
function nextRange(ranges: Range[]): Range {
  const last = ranges.at(-1);
  if (!last || !isClockTime(last[1]) || minutes(last[1]) >= 22 * 60) return NEW_RANGE;
  const from = minutes(last[1]) + 60;
  const to = Math.min(from + 120, 24 * 60);
  const clock = (value: number) =>
    `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return [clock(from), clock(to)];
}

/** "Od" for a day's only range; "Od (2)" once it has several, so each field has its own name. */
function rangeLabel(word: string, index: number, count: number) {
  return count > 1 ? `${word} (${index + 1})` : word;
}

/** The server names a range as openingHours.<day>.<index>: its message goes under the range's start. */
function fromServer(error: unknown, fields: string[]): FieldErrors {
  const errors = serverFieldErrors(error, []);
  const details = (error as { details?: unknown }).details;
  if (!Array.isArray(details)) return errors;
  const mapped: FieldErrors = {};
  for (const detail of details as { path?: string; message?: string }[]) {
    const [, day, index] = String(detail.path ?? '').split('.');
    const field = `${day}.${index}.from`;
    if (fields.includes(field)) mapped[field] = detail.message ?? '';
  }
  return Object.keys(mapped).length > 0 ? mapped : errors;
}

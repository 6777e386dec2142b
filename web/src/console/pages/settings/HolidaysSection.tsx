import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../../../api/client.ts';
import type { Center } from '../../../api/types.ts';
import { holidayFor } from '../../../public/shared/queries.ts';
import { addDays, today } from '../../lib/time.ts';
import { formatDay, Notice, QueryState } from '../../lib/ui.tsx';
import { FormErrors, RequestError, SettingsSection, serverFieldErrors, useSaveCenter } from './shared.tsx';

/** The API's calendar reaches at most 366 days: the holidays of the year ahead. */
const AHEAD = 365;

/** Polish public holidays of the year ahead, each ticked when the centre opens on it anyway. */
export function HolidaysSection({ center }: { center: Center }) {
  const { t, i18n } = useTranslation('console');
  const from = today();
  const to = addDays(from, AHEAD);
  const days = useQuery({
    queryKey: ['days', center.id, from, to],
    queryFn: () =>
      read('/api/centers/{id}/days', { params: { path: { id: center.id }, query: { from, to } } }),
    select: (answer) => answer.days.filter((day) => day.holiday),
  });
  const [open, setOpen] = useState<string[]>(() => center.openHolidays);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveCenter(center.id, (saved) => {
    setOpen(saved.openHolidays);
    setNotice(t('settings.holidays.saved'));
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    // Holidays outside the year shown (past ones, set through the API) stay as they are.
    const shown = new Set((days.data ?? []).map((day) => day.date));
    const kept = center.openHolidays.filter((date) => !shown.has(date));
    save.mutate({ openHolidays: [...kept, ...open.filter((date) => shown.has(date))] });
  }

  return (
    <SettingsSection id="settings-holidays" title={t('settings.holidays.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="settings-holidays">
        <Stack>
          <Text size="sm">{t('settings.holidays.help')}</Text>
          <FormErrors errors={serverFieldErrors(save.error, [])} labels={{}} idPrefix="holidays" />
          <RequestError error={save.error} />
          <QueryState query={days}>
            {(days.data?.length ?? 0) === 0 ? (
              <Text size="sm">{t('settings.holidays.none')}</Text>
            ) : (
              <Stack gap={6} role="group" aria-label={t('settings.holidays.listLabel')}>
                {days.data?.map((day) => (
                  <Checkbox
                    key={day.date}
                    label={`${formatDay(day.date, { dateStyle: 'full' })} – ${holidayFor(day, i18n.language).name}`}
                    checked={open.includes(day.date)}
                    onChange={(event) => {
                      setNotice(null);
                      const checked = event.currentTarget.checked;
                      setOpen((current) =>
                        checked ? [...current, day.date] : current.filter((date) => date !== day.date),
                      );
                    }}
                  />
                ))}
              </Stack>
            )}
          </QueryState>
          <Notice message={notice} />
          <Button type="submit" loading={save.isPending} w="fit-content" disabled={!days.data}>
            {t('settings.holidays.save')}
          </Button>
        </Stack>
      </form>
    </SettingsSection>
  );
}

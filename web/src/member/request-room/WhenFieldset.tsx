import { Checkbox, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../public/shared/forms.tsx';
import { today } from '../../public/shared/time.ts';

/** The date, the hours and the weekly repeat of the meeting asked for. */
export function WhenFieldset({
  labels,
  errors,
  date,
  start,
  end,
  repeat,
  count,
  onDate,
  onStart,
  onEnd,
  onRepeat,
  onCount,
}: {
  labels: { date: string; start: string; end: string; recurrence: string };
  errors: FieldErrors;
  date: string;
  start: string;
  end: string;
  repeat: boolean;
  count: number | string;
  onDate: (date: string) => void;
  onStart: (start: string) => void;
  onEnd: (end: string) => void;
  onRepeat: (repeat: boolean) => void;
  onCount: (count: number | string) => void;
}) {
  const { t } = useTranslation('member');
  return (
    <Fieldset legend={t('request.when')}>
      <Stack>
        <Text size="sm">{t('request.timeHint')}</Text>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            id="request-date"
            type="date"
            label={labels.date}
            value={date}
            min={today()}
            onChange={(event) => onDate(event.currentTarget.value)}
            required
            error={errors.date}
          />
          <TextInput
            id="request-start"
            type="time"
            label={labels.start}
            value={start}
            step={900}
            onChange={(event) => onStart(event.currentTarget.value)}
            required
            error={errors.start}
          />
          <TextInput
            id="request-end"
            type="time"
            label={labels.end}
            value={end}
            step={900}
            onChange={(event) => onEnd(event.currentTarget.value)}
            required
            error={errors.end}
          />
        </Group>
        <Checkbox
          id="request-repeat"
          label={t('request.repeat')}
          checked={repeat}
          onChange={(event) => onRepeat(event.currentTarget.checked)}
        />
        {repeat && (
          <NumberInput
            id="request-recurrence"
            label={labels.recurrence}
            description={t('request.repeatHint')}
            min={2}
            max={52}
            allowDecimal={false}
            allowNegative={false}
            value={count}
            onChange={onCount}
            error={errors.recurrence}
            maw={220}
          />
        )}
      </Stack>
    </Fieldset>
  );
}

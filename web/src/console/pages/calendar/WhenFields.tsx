import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type When = { date: string; start: string; end: string };

/** The day and the hours of a booking, in the centre's local time, with their field errors. */
export function WhenFields({
  value,
  onChange,
  errors,
}: {
  value: When;
  onChange: (value: When) => void;
  errors: { start?: string; end?: string };
}) {
  const { t } = useTranslation('console');
  return (
    <>
      <TextInput
        type="date"
        label={t('desk.date')}
        value={value.date}
        onChange={(event) => onChange({ ...value, date: event.currentTarget.value })}
      />
      <TextInput
        type="time"
        label={t('desk.start')}
        value={value.start}
        onChange={(event) => onChange({ ...value, start: event.currentTarget.value })}
        error={errors.start}
      />
      <TextInput
        type="time"
        label={t('desk.end')}
        value={value.end}
        onChange={(event) => onChange({ ...value, end: event.currentTarget.value })}
        error={errors.end}
      />
    </>
  );
}

import { Button, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Center } from '../../../api/types.ts';
import { Notice } from '../../lib/ui.tsx';
import {
  type FieldErrors,
  FormErrors,
  RequestError,
  SettingsSection,
  serverFieldErrors,
  useSaveCenter,
} from './shared.tsx';

const MAX_TEXT = 5000;

/** The building's accessibility in the centre's words; the accessibility statement shows it. */
export function AccessibilitySection({ center }: { center: Center }) {
  const { t } = useTranslation('console');
  const [text, setText] = useState(center.accessibility ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveCenter(center.id, (saved) => {
    setText(saved.accessibility ?? '');
    setNotice(t('settings.accessibility.saved'));
  });
  const labels = { accessibility: t('settings.accessibility.label') };

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const found: FieldErrors =
      text.length > MAX_TEXT ? { accessibility: t('settings.tooLong', { max: MAX_TEXT }) } : {};
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { accessibility: text.trim() || null },
      { onError: (error) => setErrors(serverFieldErrors(error, ['accessibility'])) },
    );
  }

  return (
    <SettingsSection id="settings-accessibility" title={t('settings.accessibility.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="settings-accessibility">
        <Stack>
          <Text size="sm">{t('settings.accessibility.help')}</Text>
          <FormErrors errors={errors} labels={labels} idPrefix="center" />
          <RequestError error={save.error} />
          <Textarea
            id="center-accessibility"
            label={labels.accessibility}
            value={text}
            autosize
            minRows={4}
            maxRows={16}
            error={errors.accessibility}
            onChange={(event) => {
              setNotice(null);
              setText(event.currentTarget.value);
            }}
          />
          <Notice message={notice} />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('settings.accessibility.save')}
          </Button>
        </Stack>
      </form>
    </SettingsSection>
  );
}

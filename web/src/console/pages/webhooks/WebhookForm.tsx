import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, FormErrors, RequestError, serverFieldErrors } from '../settings/shared.tsx';
import { eventKey, WEBHOOK_EVENTS, type WebhookEvent } from './shared.tsx';

const FIELDS = ['url', 'events', 'description'] as const;
const MAX_DESCRIPTION = 500;

export type WebhookFields = { url: string; events: WebhookEvent[]; description: string };

/**
 * The address, the events (checkboxes in plain words) and a description: for a new endpoint and
 * for changing one. The server's messages for a field are shown at that field.
 */
export function WebhookForm({
  idPrefix,
  labelledBy,
  initial,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  initial?: WebhookFields;
  submitLabel: string;
  busy: boolean;
  /** The last failure of the request, whose 422 field errors go to their fields. */
  error: unknown;
  onSubmit: (fields: WebhookFields) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('console');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [events, setEvents] = useState<WebhookEvent[]>(initial?.events ?? []);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [missing, setMissing] = useState<FieldErrors>({});
  // The server's field errors and the form's own, one object per failure (the summary takes focus).
  const errors: FieldErrors = useMemo(
    () => ({ ...serverFieldErrors(error, FIELDS), ...missing }),
    [error, missing],
  );
  const labels = {
    url: t('webhooks.form.url'),
    events: t('webhooks.form.events'),
    description: t('webhooks.form.description'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!url.trim()) found.url = t('webhooks.form.urlMissing');
    if (events.length === 0) found.events = t('webhooks.form.eventsMissing');
    if (description.trim().length > MAX_DESCRIPTION)
      found.description = t('settings.tooLong', { max: MAX_DESCRIPTION });
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({ url: url.trim(), events, description: description.trim() });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={labelledBy}>
      <Stack gap="sm">
        <FormErrors errors={errors} labels={labels} idPrefix={idPrefix} />
        <RequestError error={error} />
        <TextInput
          id={`${idPrefix}-url`}
          type="url"
          label={labels.url}
          description={t('webhooks.form.urlHelp')}
          value={url}
          required
          maxLength={2000}
          error={errors.url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          maw={640}
        />
        <Checkbox.Group
          id={`${idPrefix}-events`}
          label={labels.events}
          description={t('webhooks.form.eventsHelp')}
          value={events}
          onChange={(value) => setEvents(value as WebhookEvent[])}
          required
          error={errors.events}
        >
          <Stack gap={6} mt="xs">
            {WEBHOOK_EVENTS.map((type) => (
              <Checkbox key={type} value={type} label={t(eventKey(type))} description={type} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          id={`${idPrefix}-description`}
          label={labels.description}
          description={t('webhooks.form.descriptionHelp')}
          value={description}
          maxLength={MAX_DESCRIPTION}
          autosize
          minRows={2}
          error={errors.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          maw={640}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Item, ResponseBody } from '../../../api/types.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import { WordBadge } from '../../lib/ui.tsx';

export type Webhook = Item<'/api/webhooks'>;
export type WebhookWithSecret = ResponseBody<'/api/webhooks', 'post'>;
export type Delivery = Item<'/api/webhooks/{id}/deliveries'>;
export type WebhookEvent = Webhook['events'][number];
export type DeliveryStatus = Delivery['status'];

/** Every event an endpoint can subscribe to, in the order the form lists them. */
export const WEBHOOK_EVENTS = [
  'booking.created',
  'booking.approved',
  'booking.rejected',
  'booking.cancelled',
  'booking.moved',
  'registration.created',
  'registration.promoted',
  'registration.cancelled',
  'beneficiary.erased',
] as const satisfies readonly WebhookEvent[];
// The form offers every event the server knows (a new one fails the web build until it is listed).
const _everyEvent: Exclude<WebhookEvent, (typeof WEBHOOK_EVENTS)[number]> extends never ? true : never = true;
void _everyEvent;

export const DELIVERY_STATUSES = [
  'pending',
  'failed',
  'delivered',
  'dead',
] as const satisfies readonly DeliveryStatus[];

/** The locale key of an event type ('booking.created' → 'booking_created'; dots separate keys). */
export const eventKey = (type: string) => `webhooks.event.${type.replace('.', '_')}`;

/** The browser's own zone: deliveries are technical records, shown in the admin's time. */
export const userZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An instant in the user's zone, in the page's language. */
export function formatUserTime(value: string | null | undefined): string {
  if (!value) return '—';
  return formatDateTime(String(value), { dateStyle: 'medium', timeStyle: 'medium', timeZone: userZone() });
}

const DELIVERY_COLORS: Record<DeliveryStatus, string> = {
  pending: 'yellow',
  failed: 'orange',
  delivered: 'green',
  dead: 'red',
};

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('console');
  return (
    <WordBadge wrap color={DELIVERY_COLORS[status]}>
      {t(`webhooks.deliveryStatus.${status}`)}
    </WordBadge>
  );
}

/** Enabled, or disabled with its reason and since when. */
export function WebhookState({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation('console');
  if (webhook.active)
    return (
      <WordBadge wrap color="green">
        {t('webhooks.state.active')}
      </WordBadge>
    );
  return (
    <Stack gap={2} align="flex-start">
      <WordBadge wrap color={webhook.disabledReason === 'failing' ? 'red' : 'gray'}>
        {webhook.disabledReason
          ? t(`webhooks.state.${webhook.disabledReason}`)
          : t('webhooks.state.disabled')}
      </WordBadge>
      {webhook.disabledAt && (
        <Text size="xs">
          {t('webhooks.state.disabledAt', { at: formatUserTime(String(webhook.disabledAt)) })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The secret of a new endpoint or a rotated one, shown this once: the key to copy, and a plain
 * warning that it is not shown again. Kept in memory only, gone when hidden or the page is left.
 */
export function SecretOnce({
  secret,
  message,
  onHide,
}: {
  secret: string;
  message: string;
  onHide: () => void;
}) {
  const { t } = useTranslation('console');
  return (
    <Alert
      color="yellow"
      title={t('webhooks.secret.title')}
      role="region"
      aria-label={t('webhooks.secret.title')}
    >
      <Stack gap="sm">
        <Text size="sm" c="dark">
          {message}
        </Text>
        <Text size="sm" fw={700} c="dark">
          {t('webhooks.secret.warning')}
        </Text>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('webhooks.secret.label')}
            value={secret}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace' } }}
            w={520}
            maw="100%"
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <>
                <Button variant="default" onClick={copy}>
                  {t('webhooks.secret.copy')}
                </Button>
                <Text size="sm" c="dark" role="status" aria-live="polite">
                  {copied ? t('webhooks.secret.copied') : ''}
                </Text>
              </>
            )}
          </CopyButton>
          <Button variant="subtle" onClick={onHide}>
            {t('webhooks.secret.hide')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

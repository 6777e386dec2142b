import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { read, send } from '../../../api/client.ts';
import { ErrorMessage, Notice, PageTitle, QueryState } from '../../lib/ui.tsx';
import { Deliveries } from './Deliveries.tsx';
import {
  eventKey,
  formatUserTime,
  SecretOnce,
  type Webhook,
  WebhookState,
  type WebhookWithSecret,
} from './shared.tsx';
import { type WebhookFields, WebhookForm } from './WebhookForm.tsx';

/** One endpoint: what it receives and its state, what an admin can do with it, and its deliveries. */
export function WebhookPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const webhook = useQuery({
    queryKey: ['webhook', id],
    queryFn: () => read('/api/webhooks/{id}', { params: { path: { id } } }),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/console/webhooks" w="fit-content">
        {t('webhooks.back')}
      </Anchor>
      <QueryState query={webhook}>{webhook.data && <Endpoint webhook={webhook.data} />}</QueryState>
    </Stack>
  );
}

const FACTS = {
  display: 'grid',
  gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
  gap: '0.5rem 1.5rem',
  margin: 0,
  fontSize: 'var(--mantine-font-size-sm)',
} as const;

type Confirming = 'rotate' | 'remove' | null;

function Endpoint({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [rotated, setRotated] = useState<WebhookWithSecret | null>(null);
  const path = { params: { path: { id: webhook.id } } };
  const changed = (next: Webhook, message: string | null) => {
    queryClient.setQueryData(['webhook', webhook.id], next);
    void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    void queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', webhook.id] });
    setNotice(message);
  };
  const update = useMutation({
    mutationFn: (body: {
      url?: string;
      events?: Webhook['events'];
      description?: string | null;
      active?: boolean;
    }) => send('patch', '/api/webhooks/{id}', { ...path, body }),
    onSuccess: (next, body) => {
      setEditing(false);
      changed(
        next,
        body.active === false
          ? t('webhooks.detail.disabled')
          : body.active === true
            ? t('webhooks.detail.enabled')
            : t('webhooks.detail.saved'),
      );
    },
  });
  const rotate = useMutation({
    mutationFn: () => send('post', '/api/webhooks/{id}/rotate-secret', path),
    onSuccess: (next) => {
      setConfirming(null);
      setRotated(next);
      changed(next, null);
    },
  });
  const test = useMutation({
    mutationFn: () => send('post', '/api/webhooks/{id}/test', path),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', webhook.id] });
      setNotice(t('webhooks.detail.tested'));
    },
  });
  const remove = useMutation({
    mutationFn: () => send('delete', '/api/webhooks/{id}', path),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['webhook', webhook.id] });
      void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
      navigate('/console/webhooks');
    },
  });
  const save = (fields: WebhookFields) =>
    update.mutate({ url: fields.url, events: fields.events, description: fields.description || null });

  return (
    <Stack>
      <PageTitle>{t('webhooks.documentTitle', { url: webhook.url })}</PageTitle>
      {webhook.description && <Text size="sm">{webhook.description}</Text>}
      <Notice message={notice} />
      <div aria-live="polite">
        {rotated && (
          <SecretOnce
            secret={rotated.secret}
            message={t('webhooks.secret.rotated', { url: rotated.url })}
            onHide={() => setRotated(null)}
          />
        )}
      </div>
      <Card withBorder component="section" aria-labelledby="webhook-summary">
        <Title order={2} size="h3" id="webhook-summary" mb="xs">
          {t('webhooks.detail.summary')}
        </Title>
        <dl style={FACTS}>
          <dt>{t('webhooks.detail.state')}</dt>
          <dd>
            <WebhookState webhook={webhook} />
          </dd>
          <dt>{t('webhooks.detail.events')}</dt>
          <dd>
            <List size="sm">
              {webhook.events.map((type) => (
                <List.Item key={type}>
                  {t(eventKey(type))}{' '}
                  <Text span size="xs" c="dimmed">
                    ({type})
                  </Text>
                </List.Item>
              ))}
            </List>
          </dd>
          <dt>{t('webhooks.detail.failingSince')}</dt>
          <dd>
            {webhook.failingSince ? formatUserTime(String(webhook.failingSince)) : t('webhooks.list.none')}
          </dd>
          <dt>{t('webhooks.detail.created')}</dt>
          <dd>{formatUserTime(String(webhook.createdAt))}</dd>
        </dl>
      </Card>
      <Card withBorder component="section" aria-labelledby="webhook-actions">
        <Title order={2} size="h3" id="webhook-actions" mb="xs">
          {t('webhooks.detail.actions')}
        </Title>
        <Group wrap="wrap">
          <Button variant="default" onClick={() => setEditing((open) => !open)} aria-expanded={editing}>
            {t('webhooks.form.edit')}
          </Button>
          <Button
            variant="default"
            loading={update.isPending && update.variables?.active !== undefined}
            onClick={() => update.mutate({ active: !webhook.active })}
          >
            {webhook.active ? t('webhooks.detail.disable') : t('webhooks.detail.enable')}
          </Button>
          <Button variant="default" loading={test.isPending} onClick={() => test.mutate()}>
            {t('webhooks.detail.test')}
          </Button>
          <Button
            variant="default"
            onClick={() => setConfirming('rotate')}
            aria-expanded={confirming === 'rotate'}
          >
            {t('webhooks.detail.rotate')}
          </Button>
          <Button
            variant="default"
            c="red.9"
            onClick={() => setConfirming('remove')}
            aria-expanded={confirming === 'remove'}
          >
            {t('webhooks.detail.remove')}
          </Button>
        </Group>
        {!editing && <ErrorMessage error={update.error} />}
        <ErrorMessage error={test.error} />
        {confirming === 'rotate' && (
          <Confirm
            id="rotate-confirm"
            title={t('webhooks.detail.rotateTitle')}
            text={t('webhooks.detail.rotateWarning')}
            action={t('webhooks.detail.rotateNow')}
            busy={rotate.isPending}
            error={rotate.error}
            onConfirm={() => rotate.mutate()}
            onCancel={() => setConfirming(null)}
          />
        )}
        {confirming === 'remove' && (
          <Confirm
            id="remove-confirm"
            title={t('webhooks.detail.removeTitle')}
            text={t('webhooks.detail.removeWarning', { url: webhook.url })}
            action={t('webhooks.detail.removeNow')}
            busy={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate()}
            onCancel={() => setConfirming(null)}
          />
        )}
        {editing && (
          <Stack mt="md" component="section" aria-labelledby="edit-webhook">
            <Title order={3} size="h4" id="edit-webhook">
              {t('webhooks.form.edit')}
            </Title>
            <WebhookForm
              labelledBy="edit-webhook"
              idPrefix="edit-webhook"
              initial={{ url: webhook.url, events: webhook.events, description: webhook.description ?? '' }}
              submitLabel={t('webhooks.form.save')}
              busy={update.isPending}
              error={update.error}
              onSubmit={save}
              onCancel={() => setEditing(false)}
            />
          </Stack>
        )}
      </Card>
      <Deliveries webhookId={webhook.id} />
    </Stack>
  );
}

/** An inline confirmation of an action that cannot be undone (or needs the receiver's work). */
function Confirm({
  id,
  title,
  text,
  action,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  id: string;
  title: string;
  text: string;
  action: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('console');
  return (
    <Alert
      color="red"
      mt="sm"
      title={<span id={`${id}-title`}>{title}</span>}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
    >
      <Text size="sm" c="dark" id={`${id}-text`}>
        {text}
      </Text>
      <Group mt="sm">
        <Button color="red" loading={busy} onClick={onConfirm}>
          {action}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ErrorMessage error={error} />
    </Alert>
  );
}

import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read, send } from '../../api/client.ts';
import { DataTable, MoreButton, PageTitle, QueryState, RouterAnchor } from '../lib/ui.tsx';
import {
  eventKey,
  formatUserTime,
  SecretOnce,
  WebhookState,
  type WebhookWithSecret,
} from './webhooks/shared.tsx';
import { WebhookForm } from './webhooks/WebhookForm.tsx';

export { WebhookPage } from './webhooks/WebhookPage.tsx';

/**
 * The admins' webhooks: the endpoints other systems of the city listen on, each with its events
 * and state, and a form to add one (whose secret is shown once, right after).
 */
export function WebhooksPage() {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['webhooks'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      read('/api/webhooks', {
        params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const [formKey, setFormKey] = useState(0);
  const create = useMutation({
    mutationFn: (body: { url: string; events: WebhookWithSecret['events']; description: string }) =>
      send('post', '/api/webhooks', {
        body: {
          url: body.url,
          events: body.events,
          ...(body.description ? { description: body.description } : {}),
        },
      }),
    onSuccess: (webhook) => {
      setCreated(webhook);
      setFormKey((key) => key + 1);
      void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <PageTitle>{t('webhooks.title')}</PageTitle>
      <Text size="sm">{t('webhooks.lead')}</Text>
      <div aria-live="polite">
        {created && (
          <SecretOnce
            secret={created.secret}
            message={t('webhooks.secret.created', { url: created.url })}
            onHide={() => setCreated(null)}
          />
        )}
      </div>
      <section aria-labelledby="webhooks-list">
        <Title order={2} size="h3" id="webhooks-list" mb="xs">
          {t('webhooks.list.title')}
        </Title>
        <QueryState query={list}>
          {items.length === 0 ? (
            <Card withBorder bg="blue.0">
              <Title order={3} size="h4" mb={4}>
                {t('webhooks.empty.title')}
              </Title>
              <Text size="sm">{t('webhooks.empty.text')}</Text>
            </Card>
          ) : (
            <DataTable
              caption={t('webhooks.list.caption')}
              headers={[
                t('webhooks.list.url'),
                t('webhooks.list.events'),
                t('webhooks.list.state'),
                t('webhooks.list.failingSince'),
                t('webhooks.list.description'),
              ]}
            >
              {items.map((webhook) => (
                <Table.Tr key={webhook.id}>
                  <Table.Td style={{ minWidth: 220, overflowWrap: 'anywhere' }}>
                    <RouterAnchor to={`/console/webhooks/${webhook.id}`}>{webhook.url}</RouterAnchor>
                  </Table.Td>
                  <Table.Td>
                    <ul style={{ margin: 0, paddingInlineStart: '1.1em' }}>
                      {webhook.events.map((type) => (
                        <li key={type}>{t(eventKey(type))}</li>
                      ))}
                    </ul>
                  </Table.Td>
                  <Table.Td>
                    <WebhookState webhook={webhook} />
                  </Table.Td>
                  <Table.Td>
                    {webhook.failingSince
                      ? formatUserTime(String(webhook.failingSince))
                      : t('webhooks.list.none')}
                  </Table.Td>
                  <Table.Td style={{ minWidth: 160 }}>{webhook.description ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          <MoreButton list={list}>{t('webhooks.list.more')}</MoreButton>
        </QueryState>
      </section>
      <Card withBorder component="section" aria-labelledby="new-webhook">
        <Title order={2} size="h3" id="new-webhook" mb="xs">
          {t('webhooks.form.new')}
        </Title>
        <WebhookForm
          key={formKey}
          idPrefix="new-webhook"
          labelledBy="new-webhook"
          submitLabel={t('webhooks.form.add')}
          busy={create.isPending}
          error={create.error}
          onSubmit={(fields) => create.mutate(fields)}
        />
      </Card>
    </Stack>
  );
}

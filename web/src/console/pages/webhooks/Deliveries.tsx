import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../../../api/client.ts';
import { DataTable, MoreButton, QueryState } from '../../lib/ui.tsx';
import {
  DELIVERY_STATUSES,
  type Delivery,
  type DeliveryStatus,
  DeliveryStatusBadge,
  eventKey,
  formatUserTime,
  userZone,
} from './shared.tsx';

/**
 * An endpoint's deliveries, newest first: status, event, attempts, the last answer and the next
 * attempt, in the user's zone; filtered by status, paged with the server's cursor.
 */
export function Deliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation('console');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const list = useInfiniteQuery({
    queryKey: ['webhook-deliveries', webhookId, status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      read('/api/webhooks/{id}/deliveries', {
        params: {
          path: { id: webhookId },
          query: { limit: 25, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
        },
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const response = (delivery: Delivery) =>
    delivery.lastStatusCode !== null
      ? t('webhooks.deliveries.code', { code: delivery.lastStatusCode })
      : delivery.lastError
        ? t('webhooks.deliveries.noAnswer', { error: delivery.lastError })
        : '—';

  return (
    <section aria-labelledby="webhook-deliveries">
      <Title order={2} size="h3" id="webhook-deliveries" mb="xs">
        {t('webhooks.deliveries.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('webhooks.deliveries.help', { zone: userZone() })}</Text>
        <Group align="end">
          <NativeSelect
            label={t('webhooks.deliveries.status')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as DeliveryStatus | '')}
            data={[
              { value: '', label: t('common.all') },
              ...DELIVERY_STATUSES.map((value) => ({ value, label: t(`webhooks.deliveryStatus.${value}`) })),
            ]}
            w={320}
          />
          <Button variant="default" onClick={() => list.refetch()} loading={list.isRefetching}>
            {t('webhooks.deliveries.refresh')}
          </Button>
        </Group>
        <div aria-busy={list.isFetching}>
          <QueryState query={list}>
            <Text size="sm" role="status" mb="xs">
              {t('webhooks.deliveries.shown', { count: items.length })}
            </Text>
            <DataTable
              caption={t('webhooks.deliveries.caption')}
              headers={[
                t('webhooks.deliveries.created'),
                t('webhooks.deliveries.event'),
                t('common.status'),
                t('webhooks.deliveries.attempts'),
                t('webhooks.deliveries.response'),
                t('webhooks.deliveries.nextAttempt'),
                t('webhooks.deliveries.delivered'),
              ]}
              empty={items.length === 0}
              emptyText={status ? t('webhooks.deliveries.noneOfStatus') : t('webhooks.deliveries.none')}
            >
              {items.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td>{formatUserTime(String(delivery.createdAt))}</Table.Td>
                  <Table.Td>
                    {t(eventKey(delivery.eventType), { defaultValue: delivery.eventType })}
                    <Text size="xs" c="dimmed">
                      {delivery.eventType}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DeliveryStatusBadge status={delivery.status} />
                  </Table.Td>
                  <Table.Td>{delivery.attempts}</Table.Td>
                  <Table.Td style={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                    {response(delivery)}
                  </Table.Td>
                  <Table.Td>
                    {delivery.status === 'delivered' || delivery.status === 'dead'
                      ? '—'
                      : formatUserTime(delivery.nextAttemptAt ? String(delivery.nextAttemptAt) : null)}
                  </Table.Td>
                  <Table.Td>
                    {formatUserTime(delivery.deliveredAt ? String(delivery.deliveredAt) : null)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            <MoreButton list={list}>{t('webhooks.deliveries.more')}</MoreButton>
          </QueryState>
        </div>
      </Stack>
    </section>
  );
}

import { Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../../api/client.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { CenterSelect } from '../lib/pickers.tsx';
import { DataTable, MoreButton, PageTitle, QueryState, StatusBadge } from '../lib/ui.tsx';

const STATUSES = ['pending', 'sent', 'failed'] as const;

/**
 * The mail the centre sends (about its bookings, activities and appointments), newest first:
 * to whom, what, and whether it went out, is waiting or failed (with the error).
 */
export function MailPage() {
  const { t } = useTranslation('console');
  const [centerId, setCenterId] = useState('');
  const [status, setStatus] = useState('');
  const mail = useInfiniteQuery({
    queryKey: ['outbox', centerId, status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      read('/api/outbox', {
        params: {
          query: {
            limit: 50,
            ...(centerId ? { centerId } : {}),
            ...(status ? { status: status as (typeof STATUSES)[number] } : {}),
            ...(pageParam ? { cursor: pageParam } : {}),
          },
        },
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = mail.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <PageTitle>{t('mail.title')}</PageTitle>
      <Text size="sm">{t('mail.lead')}</Text>
      <Group align="end" wrap="wrap">
        <CenterSelect value={centerId} onChange={setCenterId} allowAll />
        <NativeSelect
          label={t('common.status')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((each) => ({ value: each, label: t(`mail.status.${each}`) })),
          ]}
        />
      </Group>
      <QueryState query={mail}>
        <DataTable
          caption={t('mail.caption')}
          headers={[t('mail.when'), t('mail.to'), t('mail.subject'), t('common.status')]}
          empty={items.length === 0}
          emptyText={t('mail.none')}
        >
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{formatDateTime(String(item.createdAt))}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.to}</Table.Td>
              <Table.Td>
                <details>
                  <summary>{item.subject}</summary>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
                    {item.text}
                  </Text>
                  {item.attachments.length > 0 && (
                    <Text size="xs" mt={4}>
                      {t('mail.attachments')}: {item.attachments.map((file) => file.filename).join(', ')}
                    </Text>
                  )}
                </details>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={`mail_${item.status}`} />
                {item.sentAt && <Text size="xs">{formatDateTime(String(item.sentAt))}</Text>}
                {item.lastError && (
                  <Text size="xs" c="red.9">
                    {t('mail.error', { attempts: item.attempts, error: item.lastError })}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
        <MoreButton list={mail} mt={0}>
          {t('mail.more')}
        </MoreButton>
      </QueryState>
    </Stack>
  );
}

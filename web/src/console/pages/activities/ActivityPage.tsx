import { Anchor, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { read, send } from '../../../api/client.ts';
import type { Activity } from '../../../api/types.ts';
import { centerNames, roomNames, useMyCenters, useRooms } from '../../lib/hooks.ts';
import { ErrorMessage, formatRange, Notice, PageTitle, QueryState, StatusBadge } from '../../lib/ui.tsx';
import { CheckInSection } from './CheckInSection.tsx';
import { activityPhase } from './phase.ts';
import { RegistrationsSection } from './RegistrationsSection.tsx';

/** One activity: registrations with the waiting list, check-in and attendance, the list to print, cancelling. */
export function ActivityPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const activity = useQuery({
    queryKey: ['activity', id],
    queryFn: () => read('/api/activities/{id}', { params: { path: { id } } }),
  });
  const rooms = useRooms(activity.data?.centerId);
  const centers = useMyCenters();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['activity', id] });
    void queryClient.invalidateQueries({ queryKey: ['registrations', id] });
    void queryClient.invalidateQueries({ queryKey: ['check-in', id] });
    void queryClient.invalidateQueries({ queryKey: ['activities'] });
  };
  const item = activity.data;
  return (
    <Stack>
      <Anchor component={Link} to="/console/activities" size="sm">
        {t('activities.back')}
      </Anchor>
      <QueryState query={activity}>
        {item && (
          <>
            <PageTitle>{item.title}</PageTitle>
            <Notice message={notice} />
            <List size="sm" spacing={2}>
              <List.Item>
                {t('common.kind')}: {t(`kinds.activity.${item.kind}`)}
              </List.Item>
              <List.Item>
                {t('common.when')}: {formatRange(item.start, item.end)}
                {(item.sessions?.length ?? 0) > 1
                  ? ` (${t('activities.sessions', { count: item.sessions?.length })})`
                  : ''}
              </List.Item>
              <List.Item>
                {t('common.center')}: {centerNames(centers.data)[item.centerId] ?? ''}
                {item.roomId ? `, ${roomNames(rooms.data)[item.roomId] ?? ''}` : ''}
              </List.Item>
              <List.Item>
                {t('activities.seats')}: {item.seatsTaken}
                {item.capacity !== null ? ` / ${item.capacity}` : ` (${t('activities.unlimited')})`};{' '}
                {t('activities.waitlistCount', { count: item.waitlisted })}
              </List.Item>
              <List.Item>
                {t('common.status')}: <StatusBadge status={activityPhase(item)} />
                {!item.published && ` (${t('activities.draft')})`}
                {item.cancelReason ? ` — ${item.cancelReason}` : ''}
              </List.Item>
              {item.feedback?.count ? (
                <List.Item>
                  {t('activities.feedback', {
                    count: item.feedback.count,
                    average: item.feedback.average?.toFixed(1),
                  })}
                </List.Item>
              ) : null}
            </List>
            <CheckInSection activity={item} onChange={refresh} onNotice={setNotice} />
            <RegistrationsSection activity={item} onChange={refresh} onNotice={setNotice} />
            {item.status !== 'cancelled' && (
              <CancelActivity activity={item} onDone={refresh} onNotice={setNotice} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

export function CancelActivity({
  activity,
  onDone,
  onNotice,
}: {
  activity: Activity;
  onDone: () => void;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation('console');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      send('post', '/api/activities/{id}/cancel', {
        params: { path: { id: activity.id } },
        body: { reason: reason || undefined },
      }),
    onSuccess: () => {
      setOpen(false);
      onNotice(t('activities.cancelled'));
      onDone();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="cancel-activity">
      <Title order={2} size="h3" id="cancel-activity" mb="xs">
        {t('activities.cancelTitle')}
      </Title>
      {!open ? (
        <Button color="red" variant="outline" onClick={() => setOpen(true)} w="fit-content">
          {t('activities.cancel')}
        </Button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            cancel.mutate();
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t('activities.cancelWarning', { count: activity.seatsTaken + activity.waitlisted })}
            </Text>
            <Textarea
              label={t('activities.cancelReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" color="red" loading={cancel.isPending}>
                {t('activities.confirmCancel')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.back')}
              </Button>
            </Group>
            <ErrorMessage error={cancel.error} />
          </Stack>
        </form>
      )}
    </Card>
  );
}

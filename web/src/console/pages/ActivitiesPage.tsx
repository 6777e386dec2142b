import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { send } from '../../api/client.ts';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type RequestBody } from '../../api/types.ts';
import { getAll } from '../lib/fetch-all.ts';
import { centerNames, useMyCenters, useRooms } from '../lib/hooks.ts';
import { CenterSelect } from '../lib/pickers.tsx';
import { today, zonedIso } from '../lib/time.ts';
import {
  DataTable,
  ErrorMessage,
  FormActions,
  fieldError,
  formatRange,
  PageTitle,
  QueryState,
  RouterAnchor,
  StatusBadge,
} from '../lib/ui.tsx';
import { activityPhase } from './activities/phase.ts';

export { ActivityPage } from './activities/ActivityPage.tsx';

/** The programme of my centres: list, and a new activity. */
export function ActivitiesPage() {
  const { t } = useTranslation('console');
  const centers = useMyCenters();
  const [centerId, setCenterId] = useState('');
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [creating, setCreating] = useState(false);
  const now = new Date().toISOString();
  const list = useQuery({
    queryKey: ['activities', 'console', centerId, when],
    queryFn: () =>
      getAll<Activity>(
        `/api/activities?${centerId ? `centerId=${centerId}&` : ''}${
          when === 'upcoming' ? `from=${encodeURIComponent(now)}&order=asc` : `to=${encodeURIComponent(now)}`
        }`,
        3,
      ),
  });
  const mine = new Set((centers.data ?? []).map((center) => center.id));
  const items = (list.data ?? []).filter((activity) => mine.has(activity.centerId));
  const names = centerNames(centers.data);
  return (
    <Stack>
      <PageTitle
        actions={
          <Button onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {t('activities.new')}
          </Button>
        }
      >
        {t('activities.title')}
      </PageTitle>
      {creating && <NewActivity onCancel={() => setCreating(false)} />}
      <Group align="end">
        <CenterSelect value={centerId} onChange={setCenterId} allowAll />
        <div>
          <Text size="sm" fw={500} id="activities-when">
            {t('activities.when')}
          </Text>
          <SegmentedControl
            aria-labelledby="activities-when"
            value={when}
            onChange={(value) => setWhen(value as 'upcoming' | 'past')}
            data={[
              { value: 'upcoming', label: t('activities.upcoming') },
              { value: 'past', label: t('activities.past') },
            ]}
          />
        </div>
      </Group>
      <QueryState query={list}>
        <DataTable
          caption={t('activities.caption', { count: items.length })}
          headers={[
            t('common.when'),
            t('common.title'),
            t('common.kind'),
            t('common.center'),
            t('activities.seats'),
            t('activities.waitlist'),
            t('common.status'),
          ]}
          empty={items.length === 0}
        >
          {items.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Td>{formatRange(activity.start, activity.end)}</Table.Td>
              <Table.Td>
                <RouterAnchor to={`/console/activities/${activity.id}`}>{activity.title}</RouterAnchor>
                {!activity.published && (
                  <Text span size="xs">
                    {' '}
                    ({t('activities.draft')})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`kinds.activity.${activity.kind}`)}</Table.Td>
              <Table.Td>{names[activity.centerId] ?? ''}</Table.Td>
              <Table.Td>
                {activity.seatsTaken}
                {activity.capacity !== null ? ` / ${activity.capacity}` : ''}
              </Table.Td>
              <Table.Td>{activity.waitlisted}</Table.Td>
              <Table.Td>
                <StatusBadge status={activityPhase(activity)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
    </Stack>
  );
}

function NewActivity({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const centers = useMyCenters();
  const [centerId, setCenterId] = useState('');
  const effectiveCenter = centerId || centers.data?.[0]?.id || '';
  const rooms = useRooms(effectiveCenter || undefined);
  const create = useMutation({
    mutationFn: (body: RequestBody<'/api/activities', 'post'>) => send('post', '/api/activities', { body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      navigate(`/console/activities/${created.id}`);
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim();
    const date = value('date');
    create.mutate({
      centerId: effectiveCenter,
      kind: value('kind') as ActivityKind,
      title: value('title'),
      description: value('description') || null,
      start: date && value('startTime') ? zonedIso(date, value('startTime')) : '',
      end: date && value('endTime') ? zonedIso(date, value('endTime')) : '',
      roomId: value('roomId') || null,
      capacity: value('capacity') ? Number(value('capacity')) : undefined,
      published: form.get('published') === 'on',
      override: form.get('override') === 'on',
    });
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-activity">
      <Title order={2} id="new-activity" mb="sm">
        {t('activities.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorMessage error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CenterSelect value={effectiveCenter} onChange={setCenterId} />
            <NativeSelect
              name="kind"
              label={t('common.kind')}
              data={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.activity.${kind}`) }))}
            />
            <TextInput
              name="title"
              label={t('common.title')}
              required
              error={fieldError(create.error, 'title')}
            />
            <NativeSelect
              name="roomId"
              label={t('common.room')}
              data={[
                { value: '', label: t('activities.noRoom') },
                ...(rooms.data ?? [])
                  .filter((room) => room.active)
                  .map((room) => ({ value: room.id, label: `${room.name} (${room.capacity})` })),
              ]}
            />
            <TextInput
              name="date"
              type="date"
              label={t('common.date')}
              required
              defaultValue={today()}
              error={fieldError(create.error, 'start')}
            />
            <Group grow>
              <TextInput
                name="startTime"
                type="time"
                label={t('common.from')}
                required
                defaultValue="10:00"
              />
              <TextInput
                name="endTime"
                type="time"
                label={t('common.to')}
                required
                defaultValue="12:00"
                error={fieldError(create.error, 'end')}
              />
            </Group>
            <NumberInput
              name="capacity"
              label={t('activities.capacity')}
              description={t('activities.capacityHelp')}
              min={1}
              allowDecimal={false}
              error={fieldError(create.error, 'capacity')}
            />
            <Textarea name="description" label={t('activities.description')} autosize minRows={2} />
          </SimpleGrid>
          <Checkbox name="published" label={t('activities.published')} defaultChecked />
          <Checkbox name="override" label={t('activities.override')} />
          <FormActions submitLabel={t('activities.create')} busy={create.isPending} onCancel={onCancel} />
        </Stack>
      </form>
    </Card>
  );
}

import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read, send } from '../../../api/client.ts';
import type { Center, Room } from '../../../api/types.ts';
import { DataTable, ErrorMessage, Notice, QueryState } from '../../lib/ui.tsx';
import { RoomForm } from './RoomForm.tsx';
import { SettingsSection } from './shared.tsx';

/** 'new', a room's id, or nothing: which form is open under the table. */
type Editing = 'new' | string | null;

/**
 * The centre's rooms, retired ones too: add one, change one, retire one (PATCH active=false;
 * the API deletes no room, so its bookings and reports keep it) or bring it back.
 */
export function RoomsSection({ center }: { center: Center }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rooms = useQuery({
    queryKey: ['rooms', center.id, 'with-retired'],
    queryFn: () =>
      read('/api/rooms', {
        params: { query: { centerId: center.id, includeInactive: 'true', limit: 200 } },
      }),
    select: (page) => page.items,
  });
  const refresh = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: ['rooms'] });
  };
  const setActive = useMutation({
    mutationFn: (room: Room) =>
      send('patch', '/api/rooms/{id}', { params: { path: { id: room.id } }, body: { active: !room.active } }),
    onSuccess: (room) =>
      refresh(t(room.active ? 'settings.rooms.restored' : 'settings.rooms.retired', { name: room.name })),
  });
  const yesNo = (value: boolean) => (value ? t('settings.yes') : t('settings.no'));
  const editedRoom = rooms.data?.find((room) => room.id === editing);

  return (
    <SettingsSection id="settings-rooms" title={t('settings.rooms.title')}>
      <Stack>
        <Group justify="space-between">
          <Text size="sm">{t('settings.rooms.help')}</Text>
          <Button
            onClick={() => {
              setNotice(null);
              setEditing(editing === 'new' ? null : 'new');
            }}
            aria-expanded={editing === 'new'}
          >
            {t('settings.rooms.new')}
          </Button>
        </Group>
        <Notice message={notice} />
        <ErrorMessage error={setActive.error} />
        {editing === 'new' && (
          <RoomForm
            key="new"
            centerId={center.id}
            onCancel={() => setEditing(null)}
            onSaved={(room) => {
              setEditing(null);
              refresh(t('settings.rooms.created', { name: room.name }));
            }}
          />
        )}
        <QueryState query={rooms}>
          {(rooms.data?.length ?? 0) === 0 ? (
            <Text size="sm">{t('settings.rooms.none')}</Text>
          ) : (
            <DataTable
              caption={t('settings.rooms.caption', { center: center.name })}
              headers={[
                t('settings.rooms.name'),
                t('settings.rooms.capacity'),
                t('settings.rooms.amenities'),
                t('settings.rooms.accessibleShort'),
                t('settings.rooms.autoApproveShort'),
                t('common.status'),
                '',
              ]}
            >
              {rooms.data?.map((room) => (
                <Table.Tr key={room.id}>
                  <Table.Th scope="row" fw={500}>
                    {room.name}
                  </Table.Th>
                  <Table.Td>{room.capacity}</Table.Td>
                  <Table.Td>{room.amenities.join(', ') || '—'}</Table.Td>
                  <Table.Td>{yesNo(room.accessible)}</Table.Td>
                  <Table.Td>{yesNo(room.autoApprove)}</Table.Td>
                  <Table.Td>
                    {room.active ? t('settings.rooms.active') : t('settings.rooms.inactive')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('settings.rooms.editOne', { name: room.name })}
                        aria-expanded={editing === room.id}
                        onClick={() => {
                          setNotice(null);
                          setEditing(editing === room.id ? null : room.id);
                        }}
                      >
                        {t('settings.rooms.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={setActive.isPending && setActive.variables?.id === room.id}
                        aria-label={t(
                          room.active ? 'settings.rooms.retireOne' : 'settings.rooms.restoreOne',
                          {
                            name: room.name,
                          },
                        )}
                        onClick={() => setActive.mutate(room)}
                      >
                        {room.active ? t('settings.rooms.retire') : t('settings.rooms.restore')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </QueryState>
        {editedRoom && (
          <RoomForm
            key={editedRoom.id}
            centerId={center.id}
            room={editedRoom}
            onCancel={() => setEditing(null)}
            onSaved={(room) => {
              setEditing(null);
              refresh(t('settings.rooms.saved', { name: room.name }));
            }}
          />
        )}
      </Stack>
    </SettingsSection>
  );
}

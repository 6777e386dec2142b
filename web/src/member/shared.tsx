import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCenters, useRooms } from '../public/shared/queries.ts';
import { ErrorNote } from '../public/shared/ui.tsx';

/** A confirmation before something that cannot be undone (cancelling). Focus stays inside while open. */
export function ConfirmDialog({
  opened,
  title,
  confirmLabel,
  keepLabel,
  onConfirm,
  onClose,
  busy,
  error,
  children,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy: boolean;
  error: unknown;
  children?: ReactNode;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': keepLabel }}
    >
      <Stack>
        {children}
        {error ? <ErrorNote error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {keepLabel}
          </Button>
          <Button color="red" onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Names of rooms and centres by id, for lists that carry only ids. */
export function usePlaces() {
  const centers = useCenters();
  const rooms = useRooms();
  return {
    room: (id: string) => rooms.data?.find((room) => room.id === id),
    center: (id: string) => centers.data?.find((center) => center.id === id),
  };
}

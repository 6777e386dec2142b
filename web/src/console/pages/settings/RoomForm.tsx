import { Card, Checkbox, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import type { RequestBody, Room } from '../../../api/types.ts';
import { FormActions } from '../../lib/ui.tsx';
import { type FieldErrors, FormErrors, RequestError, serverFieldErrors } from './shared.tsx';

const FIELDS = ['name', 'capacity', 'amenities', 'description'] as const;
/** What the form sets: the body of a new room without its centre, and of a change. */
type RoomFields = Omit<RequestBody<'/api/rooms', 'post'>, 'centerId'>;

/** The amenities as typed: comma-separated, blanks and repeats dropped. */
const splitAmenities = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

/** Adding a room (no `room`) or changing one: name, capacity, amenities, access, auto-approval. */
export function RoomForm({
  centerId,
  room,
  onSaved,
  onCancel,
}: {
  centerId: string;
  room?: Room;
  onSaved: (room: Room, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('console');
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState<number | string>(room?.capacity ?? '');
  const [amenities, setAmenities] = useState((room?.amenities ?? []).join(', '));
  const [accessible, setAccessible] = useState(room?.accessible ?? false);
  const [autoApprove, setAutoApprove] = useState(room?.autoApprove ?? false);
  const [description, setDescription] = useState(room?.description ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: RoomFields) =>
      room
        ? send('patch', '/api/rooms/{id}', { params: { path: { id: room.id } }, body })
        : send('post', '/api/rooms', { body: { centerId, ...body } }),
    onSuccess: (saved) => onSaved(saved, !room),
    onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
  });
  const labels = {
    name: t('settings.rooms.name'),
    capacity: t('settings.rooms.capacity'),
    amenities: t('settings.rooms.amenities'),
    description: t('settings.rooms.description'),
  };
  const prefix = room ? `room-${room.id}` : 'room-new';
  const titleId = `${prefix}-title`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    const items = splitAmenities(amenities);
    const seats = Number(capacity);
    if (!name.trim()) found.name = t('settings.required');
    else if (name.trim().length > 200) found.name = t('settings.tooLong', { max: 200 });
    if (capacity === '' || !Number.isInteger(seats) || seats < 1 || seats > 10000)
      found.capacity = t('settings.rooms.capacityRange');
    if (items.length > 30) found.amenities = t('settings.rooms.tooManyAmenities');
    else if (items.some((item) => item.length > 50)) found.amenities = t('settings.rooms.amenityTooLong');
    if (description.length > 5000) found.description = t('settings.tooLong', { max: 5000 });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({
      name: name.trim(),
      capacity: seats,
      amenities: items,
      accessible,
      autoApprove,
      description: description.trim() || null,
    });
  }

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="sm">
        {room ? t('settings.rooms.editTitle', { name: room.name }) : t('settings.rooms.new')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="sm">
          <FormErrors errors={errors} labels={labels} idPrefix={prefix} />
          <RequestError error={save.error} />
          <TextInput
            id={`${prefix}-name`}
            label={labels.name}
            value={name}
            required
            maxLength={200}
            error={errors.name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <NumberInput
            id={`${prefix}-capacity`}
            label={labels.capacity}
            description={t('settings.rooms.capacityHelp')}
            value={capacity}
            required
            min={1}
            max={10000}
            allowDecimal={false}
            allowNegative={false}
            error={errors.capacity}
            onChange={setCapacity}
            w={220}
          />
          <TextInput
            id={`${prefix}-amenities`}
            label={labels.amenities}
            description={t('settings.rooms.amenitiesHelp')}
            value={amenities}
            error={errors.amenities}
            onChange={(event) => setAmenities(event.currentTarget.value)}
          />
          <Checkbox
            label={t('settings.rooms.accessible')}
            checked={accessible}
            onChange={(event) => setAccessible(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('settings.rooms.autoApprove')}
            description={t('settings.rooms.autoApproveHelp')}
            checked={autoApprove}
            onChange={(event) => setAutoApprove(event.currentTarget.checked)}
          />
          <Textarea
            id={`${prefix}-description`}
            label={labels.description}
            value={description}
            autosize
            minRows={2}
            error={errors.description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <FormActions
            submitLabel={room ? t('settings.rooms.save') : t('settings.rooms.create')}
            busy={save.isPending}
            onCancel={onCancel}
          />
        </Stack>
      </form>
    </Card>
  );
}

import { z } from 'zod';
import { pageQuery } from '../../../lib/pagination.ts';
import { descriptionInput, nameInput } from '../centers/centers.schema.ts';

const capacity = z.number().int().min(1).max(10000);
const amenities = z.array(z.string().trim().min(1).max(50)).max(30);

export const roomBody = z
  .object({
    centerId: z.string().max(100),
    name: nameInput,
    capacity,
    amenities: amenities.optional(),
    accessible: z.boolean().optional(),
    autoApprove: z.boolean().optional(),
    description: descriptionInput.optional(),
  })
  .strict();
export type RoomInput = z.infer<typeof roomBody>;

export const roomChanges = z
  .object({
    name: nameInput.optional(),
    capacity: capacity.optional(),
    amenities: amenities.optional(),
    accessible: z.boolean().optional(),
    autoApprove: z.boolean().optional(),
    description: descriptionInput.optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type RoomChanges = z.infer<typeof roomChanges>;

export const roomsQuery = z
  .object({
    centerId: z.string().max(100).optional(),
    includeInactive: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => value === 'true'),
    ...pageQuery,
  })
  .strict();
export type RoomsQuery = z.infer<typeof roomsQuery>;

export const roomSchema = z.object({
  id: z.string(),
  centerId: z.string(),
  name: z.string(),
  capacity: z.number(),
  amenities: z.array(z.string()),
  accessible: z.boolean(),
  autoApprove: z.boolean(),
  description: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Room = z.infer<typeof roomSchema>;

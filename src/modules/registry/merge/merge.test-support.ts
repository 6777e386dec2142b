import { createCenter, createRoom } from '../../../../test/factories.ts';
import { makeUser, type TestUser } from '../../../../test/helpers.ts';
import { admin, ctx } from '../registry.test-support.ts';

/** A centre with a room, its coordinator, and factories for the things a beneficiary uses there. */
export type MergeWorld = { centerId: string; roomId: string; coordinator: TestUser; foreign: TestUser };

export async function buildMergeWorld(): Promise<MergeWorld> {
  const center = await createCenter(ctx, admin);
  const room = await createRoom(ctx, admin, center.id);
  const other = await createCenter(ctx, admin);
  return {
    centerId: center.id,
    roomId: room.id,
    coordinator: await makeUser(ctx, ['coordinator'], { centerIds: [center.id] }),
    foreign: await makeUser(ctx, ['coordinator'], { centerIds: [other.id] }),
  };
}

let hour = 0;

/** A completed lending of the world's room in January 2026 (an hour of its own). */
export async function lendRoom(world: MergeWorld, beneficiaryId: string) {
  const start = new Date(Date.UTC(2026, 0, 5, 8) + hour++ * 3_600_000);
  await ctx.db
    .insertInto('bookings')
    .values({
      room_id: world.roomId,
      center_id: world.centerId,
      beneficiary_id: beneficiaryId,
      title: 'Spotkanie',
      start_at: start,
      end_at: new Date(start.getTime() + 3_600_000),
      status: 'completed',
      attendees: 10,
    })
    .execute();
}

export async function makeActivity(world: MergeWorld) {
  const start = new Date(Date.UTC(2026, 0, 20, 9));
  const end = new Date(start.getTime() + 2 * 3_600_000);
  const { id } = await ctx.db
    .insertInto('activities')
    .values({ center_id: world.centerId, kind: 'training', title: 'Szkolenie', start_at: start, end_at: end })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await ctx.db
    .insertInto('activity_sessions')
    .values({ activity_id: id, ordinal: 1, start_at: start, end_at: end })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, sessionId: session.id };
}

export async function register(
  activityId: string,
  beneficiaryId: string,
  options: { seats: number; status: 'registered' | 'waitlisted' },
) {
  const { id } = await ctx.db
    .insertInto('activity_registrations')
    .values({ activity_id: activityId, beneficiary_id: beneficiaryId, ...options })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function makeVolunteer(beneficiaryId: string, skills: string[]) {
  const { id } = await ctx.db
    .insertInto('volunteers')
    .values({ beneficiary_id: beneficiaryId, skills })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

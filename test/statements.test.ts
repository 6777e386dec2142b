import { beforeAll, describe, expect, it } from 'vitest';
import { isMarkedPrepared } from '../src/db/prepared.ts';
import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
  openOnHolidays,
} from './factories.ts';
import { call, countStatements, makeUser, setupApp, type TestContext, type TestUser } from './helpers.ts';

/**
 * Round trips to the database per request: the statements each hot path sends, BEGIN and
 * COMMIT included. A change that adds one fails here; one that removes some lowers the number.
 */
let ctx: TestContext;
let coordinator: TestUser;
let member: TestUser;
let centerId: string;
let room: { id: string };
let otherRoom: { id: string };
let beneficiaryId: string;
/** A day 10+ days ahead, inside members' booking window; the centre is open every day. */
let day: string;

beforeAll(async () => {
  ctx = await setupApp();
  const admin = await makeUser(ctx, ['admin']);
  centerId = (
    await createCenter(ctx, admin, {
      openingHours: everyDay([['08:00', '22:00']]),
      openHolidays: openOnHolidays(),
    })
  ).id;
  coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  member = await makeUser(ctx, ['member']);
  room = await createRoom(ctx, admin, centerId, { name: 'Sala konferencyjna', capacity: 30 });
  otherRoom = await createRoom(ctx, admin, centerId, { name: 'Sala spotkań', capacity: 10 });
  beneficiaryId = (
    await createBeneficiary(ctx, { email: 'biuro@sasiedzka.example', representatives: [member] })
  ).id;
  day = futureDate(10);
});

async function statementsOf(request: () => Promise<{ status: number; body: unknown }>) {
  const { result, statements } = await countStatements(ctx, request);
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return statements;
}

/** The statements PostgreSQL is not asked to prepare (src/db/prepared.ts): only BEGIN and COMMIT. */
const unprepared = (statements: string[]) => statements.filter((text) => !isMarkedPrepared(text));

const book = (as: TestUser, overrides: Record<string, unknown>) =>
  call(ctx, {
    method: 'POST',
    url: '/api/bookings',
    as,
    payload: {
      roomId: room.id,
      beneficiaryId,
      title: 'Spotkanie zarządu',
      purpose: 'Comiesięczne zebranie zarządu stowarzyszenia',
      termsAccepted: true,
      expectedAttendees: 8,
      ...overrides,
    },
  });

describe('statements per request', () => {
  it('a staff booking', async () => {
    const statements = await statementsOf(() =>
      book(coordinator, { start: at(day, '08:00'), end: at(day, '09:00') }),
    );
    expect(statements).toHaveLength(3);
    expect(unprepared(statements)).toEqual([]);
  });

  it("a member's booking request", async () => {
    const statements = await statementsOf(() =>
      book(member, { start: at(day, '14:00'), end: at(day, '15:00') }),
    );
    expect(statements).toHaveLength(3);
    expect(unprepared(statements)).toEqual([]);
  });

  it("a member's weekly series of four", async () => {
    const statements = await statementsOf(() =>
      book(member, {
        roomId: otherRoom.id,
        start: at(day, '18:00'),
        end: at(day, '20:00'),
        recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4' },
      }),
    );
    expect(statements).toHaveLength(3);
    expect(unprepared(statements)).toEqual([]);
    // The one write holds the series, its bookings, their audit entries (with the centre) and the
    // mail (the member's second request here).
    const bookings = await ctx.db
      .selectFrom('bookings')
      .select(['id', 'series_id'])
      .where('room_id', '=', otherRoom.id)
      .execute();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['center_id', 'action'])
      .where(
        'entity_id',
        'in',
        bookings.map((booking) => booking.id),
      )
      .execute();
    const mail = await ctx.db
      .selectFrom('outbox')
      .select('kind')
      .where('to_address', '=', member.email)
      .execute();
    expect(bookings).toHaveLength(4);
    expect(new Set(bookings.map((booking) => booking.series_id)).size).toBe(1);
    expect(audit).toEqual(Array(4).fill({ center_id: centerId, action: 'request' }));
    expect(mail.filter((each) => each.kind === 'booking_received')).toHaveLength(2);
  });

  it("a member's registration for an activity", async () => {
    const activity = await call(ctx, {
      method: 'POST',
      url: '/api/activities',
      as: coordinator,
      payload: {
        centerId,
        kind: 'training',
        title: 'Szkolenie z pisania wniosków',
        description: 'Jak napisać wniosek do budżetu obywatelskiego',
        audience: 'organizacje pozarządowe',
        start: at(day, '16:00'),
        end: at(day, '17:00'),
        capacity: 10,
      },
    });
    expect(activity.status, JSON.stringify(activity.body)).toBe(201);
    const statements = await statementsOf(() =>
      call(ctx, {
        method: 'POST',
        url: `/api/activities/${activity.body.id}/registrations`,
        as: member,
        payload: { beneficiaryId },
      }),
    );
    // Authentication, BEGIN, the locked read of everything, the one write, COMMIT.
    expect(statements).toHaveLength(5);
    expect(unprepared(statements)).toEqual(['begin', 'commit']);
    // The one write holds the registration, its audit entry (with the centre) and the mail.
    const registration = await ctx.db
      .selectFrom('activity_registrations')
      .select(['id', 'status'])
      .where('activity_id', '=', activity.body.id)
      .executeTakeFirstOrThrow();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['center_id', 'action'])
      .where('entity_id', '=', registration.id)
      .execute();
    const mail = await ctx.db
      .selectFrom('outbox')
      .select('kind')
      .where('to_address', '=', member.email)
      .where('kind', '=', 'registration_confirmed')
      .execute();
    expect(registration.status).toBe('registered');
    expect(audit).toEqual([{ center_id: centerId, action: 'register' }]);
    expect(mail).toHaveLength(1);
  });
});

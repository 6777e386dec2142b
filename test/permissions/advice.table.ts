import { addDays, isPolishHoliday } from '../../src/lib/time.ts';
import { at, createBeneficiary, futureDate } from '../factories.ts';
import { makeUser, type TestUser } from '../helpers.ts';
import { adminOnly, all, confidential, defineTable, publicRead } from './runner.ts';
import { created, type World } from './world.ts';

/**
 * Those who see an appointment or engagement: staff of its centre, its advisor, the
 * representatives (the member, and the staff representative as a representative, not as staff).
 */
const seers = (status: number, member = status) =>
  all(404, { admin: status, coordinator: status, advisor: status, member, staffRepresentative: member });
/** Those who keep an advisor's hours and engagements: staff of its centre and the advisor. */
const keepers = (status: number) => all(403, { admin: status, coordinator: status, advisor: status });

const FUTURE_DAYS = Array.from({ length: 6 }, (_, i) => futureDate(30 + i * 2, isPolishHoliday));
const PAST_DAYS = Array.from({ length: 3 }, (_, i) => futureDate(-10 - i * 2, isPolishHoliday));
let futureSlot = 0;
let pastSlot = 0;
let windowSlot = 0;
const slotOf = (days: string[], n: number) => {
  const date = days[Math.floor(n / 10)] as string;
  const hour = String(8 + (n % 10)).padStart(2, '0');
  return { start: at(date, `${hour}:00`), end: at(date, `${hour}:45`) };
};
const nextFuture = () => slotOf(FUTURE_DAYS, futureSlot++);
const nextPast = () => slotOf(PAST_DAYS, pastSlot++);
/** An availability window on a day of its own, far from the others. */
const nextWindow = (world: World) => {
  const date = addDays(futureDate(100), windowSlot++);
  return { start: at(date, '09:00'), end: at(date, '12:00'), centerId: world.centerId };
};

const appointment = (
  world: World,
  time: { start: string; end: string },
  beneficiaryId = world.beneficiaryId,
) => ({
  advisorId: world.advisorId,
  beneficiaryId,
  kind: 'consulting',
  topic: 'Statut stowarzyszenia',
  ...time,
});
/** An appointment of the advisor with the member's beneficiary, booked by the coordinator. */
const appointmentOf = async (world: World, time: { start: string; end: string }, beneficiaryId?: string) =>
  (
    await created(
      world,
      world.users.coordinator,
      '/api/appointments',
      appointment(world, time, beneficiaryId),
    )
  ).id as string;
const engagement = async (world: World) =>
  (await created(world, world.users.coordinator, '/api/engagements', {
    advisorId: world.advisorId,
    beneficiaryId: world.beneficiaryId,
    kind: 'coaching',
    goals: [{ title: 'Cel' }],
  })) as { id: string; goals: { id: string }[] };

// Notes are between the advisor and the beneficiary: the advisor who wrote them and the member
// representatives read them; staff do not, a staff account that represents the beneficiary neither.
const SHARED_NOTES = 'Poufne: spór w zarządzie';
const UNRELATED_NOTES = 'Poufne: sytuacja finansowa';
const SESSION_NOTES = 'Poufne: sesja coachingowa';

/** Advice: advisors and their hours, appointments, engagements and their goals. */
export const adviceTable = defineTable({
  title: 'advice',
  setup: async (world) => {
    for (const date of [...FUTURE_DAYS, ...PAST_DAYS]) {
      await created(world, world.users.admin, `/api/advisors/${world.advisorId}/availability`, {
        start: at(date, '08:00'),
        end: at(date, '20:00'),
        centerId: world.centerId,
      });
    }
    const sharedAppointment = await appointmentOf(world, nextFuture());
    await created(
      world,
      world.users.advisor,
      `/api/appointments/${sharedAppointment}`,
      { notes: SHARED_NOTES },
      'PATCH',
    );
    // A beneficiary of no one here, whose appointment (with notes) each role reads once it is made
    // a representative of it.
    const unrelated = (await createBeneficiary(world.ctx, { name: 'Fundacja Obca' })).id;
    const unrelatedAppointment = await appointmentOf(world, nextFuture(), unrelated);
    await created(
      world,
      world.users.advisor,
      `/api/appointments/${unrelatedAppointment}`,
      { notes: UNRELATED_NOTES },
      'PATCH',
    );
    const made = await engagement(world);
    // A session of the engagement with the advisor's notes (engagements show their sessions).
    const session = await created(world, world.users.coordinator, '/api/appointments', {
      ...appointment(world, nextFuture()),
      kind: 'coaching',
      engagementId: made.id,
    });
    await created(
      world,
      world.users.advisor,
      `/api/appointments/${session.id}`,
      { notes: SESSION_NOTES },
      'PATCH',
    );
    return {
      sharedAppointment,
      unrelated,
      unrelatedAppointment,
      engagementId: made.id,
      goalId: made.goals[0]?.id as string,
    };
  },
  rows: (w) => [
    {
      route: 'POST /api/advisors',
      prepare: async () => ({
        url: '/api/advisors',
        payload: { userId: (await makeUser(w().ctx, ['advisor'])).id, specialties: ['pr'], centerIds: [] },
      }),
      expect: adminOnly(201),
    },
    { route: 'GET /api/advisors', prepare: () => ({ url: '/api/advisors' }), expect: publicRead },
    {
      route: 'GET /api/advisors/:id',
      prepare: () => ({ url: `/api/advisors/${w().advisorId}` }),
      expect: publicRead,
    },
    {
      route: 'PATCH /api/advisors/:id',
      prepare: () => ({ url: `/api/advisors/${w().advisorId}`, payload: { bio: 'Prawo stowarzyszeń' } }),
      expect: adminOnly(200),
    },
    {
      route: 'POST /api/advisors/:id/availability',
      prepare: () => ({ url: `/api/advisors/${w().advisorId}/availability`, payload: nextWindow(w()) }),
      expect: keepers(201),
    },
    {
      route: 'GET /api/advisors/:id/availability',
      prepare: () => ({ url: `/api/advisors/${w().advisorId}/availability` }),
      expect: publicRead,
    },
    {
      route: 'DELETE /api/advisors/:id/availability/:windowId',
      prepare: async () => {
        const window = await created(
          w(),
          w().users.admin,
          `/api/advisors/${w().advisorId}/availability`,
          nextWindow(w()),
        );
        return { url: `/api/advisors/${w().advisorId}/availability/${window.id}` };
      },
      expect: keepers(204),
    },
    {
      route: 'POST /api/appointments',
      prepare: () => ({ url: '/api/appointments', payload: appointment(w(), nextFuture()) }),
      expect: all(403, { admin: 201, coordinator: 201, advisor: 201, member: 201, staffRepresentative: 201 }),
    },
    {
      route: 'GET /api/appointments',
      prepare: () => ({ url: '/api/appointments' }),
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'GET /api/appointments',
      name: "the beneficiary's, with their notes",
      prepare: () => ({ url: `/api/appointments?beneficiaryId=${w().beneficiaryId}&limit=200` }),
      expect: all(200, { observer: 403 }),
      body: confidential(SHARED_NOTES, ['advisor', 'member']),
    },
    {
      route: 'GET /api/appointments/:id',
      prepare: () => ({ url: `/api/appointments/${w().sharedAppointment}` }),
      expect: seers(200),
      body: confidential(SHARED_NOTES, ['advisor', 'member']),
    },
    {
      route: 'GET /api/appointments/:id',
      name: 'having made itself a representative of its beneficiary',
      prepare: async (role) => {
        const user = role === 'anonymous' ? null : w().users[role];
        if (user) await makeRepresentative(w(), w().unrelated, user);
        return { url: `/api/appointments/${w().unrelatedAppointment}` };
      },
      // Written straight into the database (the API makes only member accounts representatives):
      // a representative reads the appointment; its confidential notes stay with the advisor and
      // the member representatives, never a staff account (appointments.test.ts checks the notes).
      expect: all(200),
      body: confidential(UNRELATED_NOTES, ['advisor', 'member']),
    },
    {
      route: 'PATCH /api/appointments/:id',
      prepare: async () => ({
        url: `/api/appointments/${await appointmentOf(w(), nextFuture())}`,
        payload: nextFuture(),
      }),
      expect: seers(200),
    },
    {
      route: 'POST /api/appointments/:id/complete',
      prepare: async () => ({ url: `/api/appointments/${await appointmentOf(w(), nextPast())}/complete` }),
      expect: seers(200, 403),
    },
    {
      route: 'POST /api/appointments/:id/no-show',
      prepare: async () => ({ url: `/api/appointments/${await appointmentOf(w(), nextPast())}/no-show` }),
      expect: seers(200, 403),
    },
    {
      route: 'POST /api/appointments/:id/cancel',
      prepare: async () => ({ url: `/api/appointments/${await appointmentOf(w(), nextFuture())}/cancel` }),
      expect: seers(200),
    },
    {
      route: 'POST /api/appointments/:id/feedback',
      prepare: async () => {
        const id = await appointmentOf(w(), nextPast());
        await created(w(), w().users.coordinator, `/api/appointments/${id}/complete`);
        return { url: `/api/appointments/${id}/feedback`, payload: { rating: 5 } };
      },
      expect: all(404, { admin: 403, coordinator: 403, advisor: 403, member: 201, staffRepresentative: 201 }),
    },
    {
      route: 'POST /api/engagements',
      prepare: () => ({
        url: '/api/engagements',
        payload: { advisorId: w().advisorId, beneficiaryId: w().beneficiaryId, kind: 'mentoring', goals: [] },
      }),
      expect: keepers(201),
    },
    {
      route: 'GET /api/engagements',
      prepare: () => ({ url: '/api/engagements' }),
      expect: all(200, { observer: 403 }),
    },
    {
      route: 'GET /api/engagements/:id',
      prepare: () => ({ url: `/api/engagements/${w().engagementId}` }),
      expect: seers(200),
      // Its sessions are appointments: their notes as theirs.
      body: confidential(SESSION_NOTES, ['advisor', 'member']),
    },
    {
      route: 'POST /api/engagements/:id/goals',
      prepare: () => ({ url: `/api/engagements/${w().engagementId}/goals`, payload: { title: 'Nowy cel' } }),
      expect: seers(201, 403),
    },
    {
      route: 'PATCH /api/engagements/:id/goals/:goalId',
      prepare: () => ({
        url: `/api/engagements/${w().engagementId}/goals/${w().goalId}`,
        payload: { progress: 30 },
      }),
      expect: seers(200, 403),
    },
    {
      route: 'POST /api/engagements/:id/close',
      prepare: async () => ({ url: `/api/engagements/${(await engagement(w())).id}/close` }),
      expect: seers(200, 403),
    },
  ],
});

/** The user made a representative of the beneficiary, as staff may do today (directly in the table). */
async function makeRepresentative(world: World, beneficiaryId: string, user: TestUser) {
  await world.ctx.db
    .insertInto('beneficiary_representatives')
    .values({ beneficiary_id: beneficiaryId, user_id: user.id })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

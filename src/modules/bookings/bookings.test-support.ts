import {
  at,
  createBeneficiary,
  createCenter,
  createRoom,
  everyDay,
  futureDate,
  openOnHolidays,
} from '../../../test/factories.ts';
import { call, makeUser, setupApp, type TestContext, type TestUser } from '../../../test/helpers.ts';
import { isPolishHoliday, weekdayKey } from '../../lib/time.ts';

/**
 * The world the bookings tests share, built once per test file on its fresh database: a centre
 * open every day 08:00-22:00 (and on holidays, but the Christmas Eve the holiday test books),
 * its staff and members, three rooms and a beneficiary the member represents.
 */
export async function setupBookings() {
  const ctx: TestContext = await setupApp();
  const admin = await makeUser(ctx, ['admin']);
  const center = await createCenter(ctx, admin, {
    openingHours: everyDay([['08:00', '22:00']]),
    openHolidays: openOnHolidays(['2026-12-24']),
  });
  const centerId: string = center.id;
  const otherCenter = await createCenter(ctx, admin, { name: 'Centrum Nowa Huta' });
  const coordinator = await makeUser(ctx, ['coordinator'], { centerIds: [centerId] });
  const otherCoordinator = await makeUser(ctx, ['coordinator'], { centerIds: [otherCenter.id] });
  const member = await makeUser(ctx, ['member'], { name: 'Maria Członkini' });
  const otherMember = await makeUser(ctx, ['member']);
  const advisor = await makeUser(ctx, ['advisor']);
  const observer = await makeUser(ctx, ['observer']);
  const room: { id: string } = await createRoom(ctx, admin, centerId, {
    name: 'Sala konferencyjna',
    capacity: 30,
  });
  const autoRoom: { id: string } = await createRoom(ctx, admin, centerId, {
    name: 'Pokój konsultacji',
    capacity: 4,
    autoApprove: true,
  });
  const smallRoom: { id: string } = await createRoom(ctx, admin, centerId, {
    name: 'Sala spotkań',
    capacity: 10,
  });
  const beneficiaryId: string = (
    await createBeneficiary(ctx, {
      name: 'Fundacja Sąsiedzka Tajemnica',
      email: 'biuro@sasiedzka.example',
      representatives: [member],
    })
  ).id;
  /** A working day 10+ days ahead that is no holiday: inside members' 24 h..60 days window. */
  const day = futureDate(10, (date) => isPolishHoliday(date) || weekdayKey(date) === 'sun');

  const request = (overrides: Record<string, unknown> = {}) => ({
    roomId: room.id,
    beneficiaryId,
    title: 'Spotkanie zarządu',
    purpose: 'Comiesięczne zebranie zarządu stowarzyszenia',
    termsAccepted: true,
    expectedAttendees: 12,
    start: at(day, '10:00'),
    end: at(day, '12:00'),
    ...overrides,
  });
  const book = (as: TestUser, overrides: Record<string, unknown> = {}) =>
    call(ctx, { method: 'POST', url: '/api/bookings', as, payload: request(overrides) });

  return {
    ctx,
    admin,
    coordinator,
    otherCoordinator,
    member,
    otherMember,
    advisor,
    observer,
    centerId,
    otherCenterId: otherCenter.id as string,
    room,
    autoRoom,
    smallRoom,
    beneficiaryId,
    day,
    request,
    book,
  };
}

export type BookingsWorld = Awaited<ReturnType<typeof setupBookings>>;

export const rulesOf = (body: { error: { details: { rule?: string }[] } }) =>
  body.error.details.map((detail) => detail.rule);

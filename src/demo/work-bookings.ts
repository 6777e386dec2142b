import { addDays, isPolishHoliday, localDate, weekdayKey } from '../lib/time.ts';
import * as bookings from '../modules/bookings/index.ts';
import { at, type DemoContext, workingDay, ZONE } from './work-context.ts';

/** The rooms at work: past lendings with their headcounts and requests waiting for approval. */

export async function pastLendings({
  db,
  coordinator,
  conference,
  workshop,
  meeting,
  organizations,
  groups,
  individuals,
}: DemoContext): Promise<void> {
  // Eight weeks of lendings in Reymonta's three bigger rooms, with the headcount recorded.
  const lenders = [...organizations.slice(0, 12), ...groups.slice(0, 5), ...individuals.slice(0, 3)];
  const slots = [
    ['10:00', '12:00'],
    ['13:00', '15:00'],
    ['17:00', '19:00'],
  ] as const;
  let n = 0;
  const today = localDate(new Date(), ZONE);
  for (let date = addDays(today, -56); date < today; date = addDays(date, 1)) {
    if (!['mon', 'wed', 'thu'].includes(weekdayKey(date)) || isPolishHoliday(date)) continue;
    for (const [i, lent] of [conference, workshop, meeting].entries()) {
      if (!lent) continue;
      const [from, to] = slots[(n + i) % slots.length] as readonly [string, string];
      const lender = lenders[n % lenders.length] as { id: string };
      n++;
      const created = (await bookings.createBooking(db, coordinator, {
        roomId: lent.id,
        beneficiaryId: lender.id,
        title: [
          'Zebranie zarządu',
          'Spotkanie wolontariuszy',
          'Warsztaty dla mieszkańców',
          'Próba chóru',
          'Spotkanie grupy wsparcia',
        ][n % 5] as string,
        start: at(date, from),
        end: at(date, to),
        expectedAttendees: Math.min(lent.capacity, 6 + (n % 15)),
        override: true,
      })) as bookings.Booking;
      if (n % 9 === 0) {
        await bookings.cancelBooking(db, coordinator, created.id, {
          reason: 'Odwołane przez organizatora',
        });
      } else {
        await bookings.recordAttendance(
          db,
          coordinator,
          created.id,
          Math.min(lent.capacity, 4 + ((n * 7) % 18)),
        );
      }
    }
  }
}

export async function waitingRequests({
  db,
  member,
  conference,
  workshop,
  meeting,
  memberOrganization,
}: DemoContext): Promise<void> {
  const requests = [
    [
      conference,
      4,
      '17:00',
      '19:00',
      'Walne zebranie członków',
      'Coroczne walne zebranie stowarzyszenia',
      30,
    ],
    [workshop, 6, '16:00', '18:00', 'Warsztaty sadzenia drzew', 'Przygotowanie jesiennej akcji sadzenia', 15],
    [
      meeting,
      8,
      '18:00',
      '20:00',
      'Spotkanie z radnymi dzielnicy',
      'Konsultacje projektu do budżetu obywatelskiego',
      10,
    ],
  ] as const;
  for (const [room, offset, from, to, title, purpose, attendees] of requests) {
    if (!room) continue;
    const date = workingDay(offset);
    await bookings.createBooking(db, member, {
      roomId: room.id,
      beneficiaryId: memberOrganization,
      title,
      purpose,
      termsAccepted: true,
      expectedAttendees: attendees,
      start: at(date, from),
      end: at(date, to),
    });
  }
}

import type { Insertable } from 'kysely';
import type { BookingStatus } from '../db/enums.ts';
import type { DB } from '../db/schema.ts';
import { addDays, isPolishHoliday, weekdayKey } from '../lib/time.ts';
import { recordAudit } from '../modules/audit/index.ts';
import * as bookings from '../modules/bookings/index.ts';
import { at, type DemoContext } from './work-context.ts';

/** The rooms at work: eight weeks of past lendings and requests waiting for approval. */

const PAST_TITLES = [
  'Zebranie zarządu',
  'Spotkanie wolontariuszy',
  'Warsztaty dla mieszkańców',
  'Próba chóru',
  'Spotkanie grupy wsparcia',
  'Spotkanie zespołu projektowego',
  'Szkolenie wewnętrzne dla członków',
];

/** How many days back the lendings still wait for the coordinator to record a headcount. */
const WITHOUT_HEADCOUNT_DAYS = 4;

/**
 * Eight weeks of lendings in Reymonta's three bigger rooms, as the history the reports count:
 * most with the headcount recorded, some cancelled by the organizer, and those of the last few
 * days still waiting for a headcount. Written in one insert (with its audit) rather than
 * booking by booking, so the demo loads quickly.
 */
export async function pastLendings({
  db,
  today,
  coordinator,
  reymonta,
  conference,
  workshop,
  meeting,
  organizations,
  groups,
  individuals,
}: DemoContext): Promise<void> {
  const lenders = [...organizations.slice(0, 12), ...groups.slice(0, 5), ...individuals.slice(0, 3)];
  const slots = [
    ['10:00', '12:00'],
    ['13:00', '15:00'],
    ['17:00', '19:00'],
  ] as const;
  const rows: Insertable<DB['bookings']>[] = [];
  let n = 0;
  for (let date = addDays(today, -56); date < today; date = addDays(date, 1)) {
    if (!['mon', 'wed', 'thu'].includes(weekdayKey(date)) || isPolishHoliday(date)) continue;
    const recent = date >= addDays(today, -WITHOUT_HEADCOUNT_DAYS);
    for (const [i, lent] of [conference, workshop, meeting].entries()) {
      if (!lent) continue;
      const [from, to] = slots[(n + i) % slots.length] as readonly [string, string];
      const lender = lenders[n % lenders.length] as { id: string };
      n++;
      const start = at(date, from);
      const status: BookingStatus = n % 9 === 0 ? 'cancelled' : recent ? 'approved' : 'completed';
      rows.push({
        room_id: lent.id,
        center_id: reymonta,
        beneficiary_id: lender.id,
        title: PAST_TITLES[n % PAST_TITLES.length] as string,
        expected_attendees: Math.min(lent.capacity, 6 + (n % 15)),
        start_at: start,
        end_at: at(date, to),
        status,
        attendees: status === 'completed' ? Math.min(lent.capacity, 4 + ((n * 7) % 18)) : null,
        decision_reason: status === 'cancelled' ? 'Odwołane przez organizatora' : null,
        requested_by: coordinator.id,
        decided_by: coordinator.id,
        decided_at: new Date(start.getTime() - 7 * 86_400_000),
        was_approved: true,
        created_at: new Date(start.getTime() - 7 * 86_400_000),
      });
    }
  }
  if (rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('bookings').values(rows).returning(['id', 'status']).execute();
    await recordAudit(
      trx,
      inserted.flatMap((row) => [
        {
          actorId: coordinator.id,
          action: 'create_approved',
          entity: 'booking',
          entityId: row.id,
          fields: ['room', 'beneficiary', 'title', 'time'],
        },
        ...(row.status === 'completed'
          ? [
              {
                actorId: coordinator.id,
                action: 'attendance',
                entity: 'booking',
                entityId: row.id,
                fields: ['attendees', 'status'],
              },
            ]
          : row.status === 'cancelled'
            ? [
                {
                  actorId: coordinator.id,
                  action: 'cancel',
                  entity: 'booking',
                  entityId: row.id,
                  fields: ['status'],
                  reason: 'Odwołane przez organizatora',
                },
              ]
            : []),
      ]),
    );
  });
}

/** Requests the demo member has sent for later weeks, waiting for the coordinator's decision. */
export async function laterRequests({
  db,
  now,
  member,
  conference,
  workshop,
  meeting,
  memberOrganization,
  workingDay,
}: DemoContext): Promise<void> {
  const requests = [
    [
      conference,
      8,
      '17:00',
      '19:00',
      'Walne zebranie członków',
      'Coroczne walne zebranie stowarzyszenia: sprawozdanie zarządu i absolutorium',
      30,
    ],
    [
      workshop,
      10,
      '16:00',
      '18:00',
      'Warsztaty sadzenia drzew',
      'Przygotowanie jesiennej akcji sadzenia',
      15,
    ],
    [
      meeting,
      12,
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
    await bookings.createBooking(
      db,
      member,
      {
        roomId: room.id,
        beneficiaryId: memberOrganization,
        title,
        purpose,
        termsAccepted: true,
        expectedAttendees: attendees,
        start: at(date, from),
        end: at(date, to),
      },
      now,
    );
  }
}

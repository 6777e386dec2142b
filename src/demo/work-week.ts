import type { ActivityKind, AppointmentKind } from '../db/enums.ts';
import { weekdayKey } from '../lib/time.ts';
import * as advice from '../modules/advice/index.ts';
import * as bookings from '../modules/bookings/index.ts';
import * as programme from '../modules/programme/index.ts';
import { at, type DemoContext } from './work-context.ts';

/**
 * The demo week at Reymonta: from the demo day (today, or the next open day) through the six
 * days after it, room lendings, trainings and meetings of the programme, advice appointments and
 * members' requests waiting for approval. Each room has its own bands of hours, so nothing here
 * overlaps; what is planned for later weeks starts after the demo week (workingDay 7 and on).
 */

type Room = { id: string; capacity: number } | undefined;
type Lending = [room: 'meeting' | 'conference' | 'workshop', from: string, to: string];

/** The lending bands of a weekday and of a Saturday (10:00-16:00). */
const WEEKDAY_LENDINGS: Lending[] = [
  ['meeting', '09:30', '11:30'],
  ['conference', '12:00', '14:00'],
  ['workshop', '15:00', '17:00'],
  ['meeting', '18:00', '20:00'],
];
const SATURDAY_LENDINGS: Lending[] = [
  ['workshop', '10:00', '12:30'],
  ['meeting', '13:00', '15:30'],
];

const LENDING_TITLES = [
  ['Zebranie zarządu stowarzyszenia', 'Plan działań na kolejny kwartał'],
  ['Spotkanie koordynatorów wolontariatu', 'Grafik dyżurów wolontariuszy'],
  ['Warsztaty rękodzieła dla seniorów', 'Zajęcia otwarte dla mieszkańców dzielnicy'],
  ['Spotkanie grupy wsparcia rodziców', 'Cotygodniowe spotkanie grupy'],
  ['Próba zespołu wokalnego', 'Przygotowanie do koncertu sąsiedzkiego'],
  ['Spotkanie rady programowej fundacji', 'Podsumowanie projektu i raport dla grantodawcy'],
  ['Zajęcia z języka polskiego dla cudzoziemców', 'Kurs prowadzony przez wolontariuszy'],
  ['Spotkanie mieszkańców w sprawie zieleni osiedlowej', 'Przygotowanie wniosku o inicjatywę lokalną'],
  ['Klub dyskusyjny: Kraków dla pieszych', 'Otwarte spotkanie dyskusyjne'],
  ['Zebranie członków klubu sportowego', 'Organizacja turnieju dla dzieci'],
] as const;

/** The members' requests of the week: which open day (1 = the day after the demo day) and band. */
const REQUESTS = [
  [
    1,
    2,
    'Warsztaty kompostowania dla mieszkańców',
    'Pokaz kompostownika i rozmowa o ogrodach społecznych',
    15,
  ],
  [2, 3, 'Spotkanie informacyjne dla nowych wolontariuszy', 'Przedstawienie fundacji i jej projektów', 10],
  [3, 1, 'Prezentacja raportu o drzewach w Krakowie', 'Spotkanie z mieszkańcami i radnymi dzielnicy', 35],
] as const;

/** The programme of the week: the open day, a weekday's evening or morning, what, for how many. */
const ACTIVITIES: [number, 'evening' | 'morning', ActivityKind, string, string, number][] = [
  [
    0,
    'evening',
    'training',
    'Szkolenie: Sprawozdanie finansowe i merytoryczne organizacji',
    'Terminy, formularze i najczęstsze błędy przy sprawozdaniach stowarzyszeń i fundacji.',
    30,
  ],
  [
    0,
    'morning',
    'workshop',
    'Warsztaty: Wniosek w trybie małych grantów',
    'Ćwiczymy pisanie krótkiej oferty realizacji zadania publicznego (art. 19a).',
    16,
  ],
  [
    1,
    'evening',
    'networking',
    'Spotkanie sieciujące organizacji z Krowodrzy',
    'Poznajmy się: organizacje, grupy nieformalne i rada dzielnicy.',
    40,
  ],
  [
    2,
    'evening',
    'seminar',
    'Seminarium: Zbiórki publiczne w praktyce',
    'Zgłoszenie zbiórki na portalu zbiórek publicznych, rozliczenie i sprawozdanie.',
    40,
  ],
  [
    2,
    'morning',
    'workshop',
    'Kawiarenka obywatelska: jak zgłosić projekt do budżetu obywatelskiego',
    'Rozmowa przy kawie o pomysłach na projekty dzielnicowe i ogólnomiejskie.',
    16,
  ],
  [
    3,
    'evening',
    'training',
    'Szkolenie: Współpraca z wolontariuszami',
    'Porozumienie wolontariackie, ubezpieczenie NNW, rekrutacja i docenianie wolontariuszy.',
    24,
  ],
  [
    4,
    'evening',
    'workshop',
    'Warsztaty: Dostępne wydarzenia',
    'Jak zaplanować spotkanie dostępne dla osób z niepełnosprawnościami i seniorów.',
    20,
  ],
];

/** Advice appointments of the week: the open day, the hour, for whom, about what. */
const APPOINTMENTS: [number, string, 'member' | number, AppointmentKind, string][] = [
  [0, '10:00', 6, 'consulting', 'Sprawozdanie finansowe i merytoryczne'],
  [0, '11:30', 'member', 'consulting', 'Zmiana statutu fundacji'],
  [0, '13:00', 14, 'consulting', 'Założenie stowarzyszenia zwykłego'],
  [1, '10:00', 8, 'consulting', 'Status organizacji pożytku publicznego'],
  [1, '12:00', 15, 'consulting', 'Inicjatywa lokalna: wniosek do miasta'],
  [2, '11:00', 10, 'consulting', 'RODO: rejestr czynności przetwarzania'],
  [3, '10:00', 12, 'consulting', 'Zgłoszenie zbiórki publicznej'],
  [4, '12:00', 16, 'coaching', 'Plan rozwoju organizacji'],
];

const isSaturday = (date: string) => weekdayKey(date) === 'sat';

export async function weekAtTheCentre(context: DemoContext): Promise<void> {
  await weekLendings(context);
  await weekProgramme(context);
  await weekAppointments(context);
}

/** The week's lendings (approved by the coordinator) and the member's requests among them. */
async function weekLendings({
  db,
  now,
  week,
  coordinator,
  member,
  conference,
  workshop,
  meeting,
  organizations,
  groups,
  memberOrganization,
}: DemoContext): Promise<void> {
  const rooms: Record<Lending[0], Room> = { conference, workshop, meeting };
  const lenders = [...organizations.slice(1, 14), ...groups.slice(0, 6)];
  // The requests were sent a few days ago, with the notice the rules ask for.
  const asked = new Date(now.getTime() - 3 * 86_400_000);
  let n = 0;
  for (const [day, date] of week.entries()) {
    const bands = isSaturday(date) ? SATURDAY_LENDINGS : WEEKDAY_LENDINGS;
    for (const [band, [roomKey, from, to]] of bands.entries()) {
      const room = rooms[roomKey];
      if (!room) continue;
      const request = REQUESTS.find(([d, b]) => d === day && b % bands.length === band);
      if (request) {
        const [, , title, purpose, attendees] = request;
        await bookings.createBooking(
          db,
          member,
          {
            roomId: room.id,
            beneficiaryId: memberOrganization,
            title,
            purpose,
            termsAccepted: true,
            expectedAttendees: Math.min(room.capacity, attendees),
            start: at(date, from),
            end: at(date, to),
          },
          asked,
        );
        continue;
      }
      const [title, purpose] = LENDING_TITLES[n % LENDING_TITLES.length] as readonly [string, string];
      const lender = lenders[n % lenders.length] as { id: string };
      n++;
      await bookings.createBooking(
        db,
        coordinator,
        {
          roomId: room.id,
          beneficiaryId: lender.id,
          title,
          purpose,
          expectedAttendees: Math.min(room.capacity, 6 + ((n * 5) % 14)),
          start: at(date, from),
          end: at(date, to),
          override: true,
        },
        asked,
      );
    }
  }
}

/** The week's programme: evenings in the conference room, mornings in the workshop room. */
async function weekProgramme({
  db,
  now,
  week,
  coordinator,
  reymonta,
  conference,
  workshop,
  organizations,
}: DemoContext): Promise<void> {
  for (const [day, part, kind, title, description, capacity] of ACTIVITIES) {
    const date = week[day];
    if (!date) continue;
    // A Saturday (10:00-16:00) has the evening's activity at midday, in the conference room.
    const saturday = isSaturday(date);
    const [from, to] = saturday
      ? part === 'evening'
        ? ['12:30', '15:00']
        : ['10:00', '12:00']
      : part === 'evening'
        ? ['17:00', '19:30']
        : ['10:00', '13:00'];
    const room = part === 'evening' || saturday ? conference : workshop;
    if (saturday && part === 'morning') continue;
    const activity = await programme.createActivity(db, coordinator, {
      centerId: reymonta,
      kind,
      title,
      description,
      start: at(date, from),
      end: at(date, to),
      roomId: room?.id,
      capacity,
      override: true,
    });
    // A few organizations have signed up already.
    for (const beneficiary of organizations.slice(day, day + 3 + (capacity % 4))) {
      await programme.registerForActivity(
        db,
        coordinator,
        activity.id,
        { beneficiaryId: beneficiary.id },
        now,
      );
    }
  }
}

/** The week's advice appointments with the demo advisor at Reymonta. */
async function weekAppointments({
  db,
  now,
  week,
  admin,
  advisorUser,
  reymonta,
  organizations,
  groups,
  individuals,
  memberOrganization,
}: DemoContext): Promise<void> {
  const advisor = await db
    .selectFrom('advisors')
    .select('id')
    .where('user_id', '=', advisorUser.id)
    .executeTakeFirstOrThrow();
  const registry = [...organizations, ...groups, ...individuals];
  const booked = new Date(now.getTime() - 5 * 86_400_000);
  // The advisor keeps weekday hours; a Saturday demo day gets hours of its own.
  const first = week[0];
  if (first && isSaturday(first)) {
    await advice.addAvailability(db, admin, advisor.id, {
      start: at(first, '10:00'),
      end: at(first, '14:00'),
      centerId: reymonta,
    });
  }
  for (const [day, from, whom, kind, topic] of APPOINTMENTS) {
    const date = week[day];
    if (!date || (isSaturday(date) && day !== 0)) continue;
    const beneficiaryId =
      whom === 'member' ? memberOrganization : (registry[whom % registry.length] as { id: string }).id;
    const [hour, minute] = from.split(':').map(Number) as [number, number];
    const end = `${String(hour + 1).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    await advice.createAppointment(
      db,
      admin,
      { advisorId: advisor.id, beneficiaryId, kind, topic, start: at(date, from), end: at(date, end) },
      booked,
    );
  }
}

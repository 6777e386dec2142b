import type { Kysely } from 'kysely';
import type { DB, OpeningHours } from '../db/schema.ts';
import { hashPassword } from '../lib/passwords.ts';
import { loadDemoWork } from './work.ts';

/**
 * The demo network loaded on the first start of an empty embedded database: the two centres
 * of the Kraków model with their rooms, a registry of organizations, informal groups and
 * residents, and one account per role. Everything here is invented.
 */
export const DEMO_PASSWORD = 'civitas-demo';

export const DEMO_ACCOUNTS = [
  {
    label: 'admin',
    email: 'admin@civitas.demo',
    name: 'Anna Administratorka',
    roles: ['admin'],
    centers: [],
  },
  {
    label: 'coordinator (Reymonta 20)',
    email: 'koordynator@civitas.demo',
    name: 'Katarzyna Wiśniewska',
    roles: ['coordinator'],
    centers: ['reymonta'],
  },
  {
    label: 'coordinator (Nowa Huta)',
    email: 'nowahuta@civitas.demo',
    name: 'Piotr Zieliński',
    roles: ['coordinator'],
    centers: ['nowa-huta'],
  },
  {
    label: 'advisor',
    email: 'doradca@civitas.demo',
    name: 'Małgorzata Lewandowska',
    roles: ['advisor'],
    centers: [],
  },
  {
    label: 'member (Fundacja Zielony Kraków)',
    email: 'czlonek@civitas.demo',
    name: 'Tomasz Wójcik',
    roles: ['member'],
    centers: [],
  },
  {
    label: 'observer (city office)',
    email: 'urzad@civitas.demo',
    name: 'Ewa Kamińska',
    roles: ['observer'],
    centers: [],
  },
].map((account) => ({ ...account, password: DEMO_PASSWORD }));

const weekdays = (open: string, close: string, saturday: [string, string] | null): OpeningHours => ({
  mon: [[open, close]],
  tue: [[open, close]],
  wed: [[open, close]],
  thu: [[open, close]],
  fri: [[open, close]],
  sat: saturday ? [saturday] : [],
  sun: [],
});

const CENTERS = {
  reymonta: {
    name: 'Centrum Obywatelskie Reymonta 20',
    address: 'ul. Reymonta 20, 30-059 Kraków',
    district: 5,
    email: 'reymonta@civitas.demo',
    phone: '+48 12 000 00 01',
    description:
      'Bezpłatne sale, szkolenia, doradztwo i wsparcie dla organizacji pozarządowych, grup nieformalnych i mieszkańców.',
    accessibility:
      'Wejście od ul. Reymonta bez progów, drzwi otwierane automatycznie. Winda obsługuje wszystkie piętra. Toaleta dostosowana dla osób z niepełnosprawnościami na parterze. Dwa miejsca parkingowe dla osób z niepełnosprawnościami przed budynkiem. Pętla indukcyjna w sali konferencyjnej. Można wejść z psem asystującym.',
    opening_hours: weekdays('08:00', '21:00', ['10:00', '16:00']),
    rooms: [
      {
        name: 'Sala konferencyjna',
        capacity: 40,
        amenities: ['projektor', 'nagłośnienie', 'flipchart', 'wifi'],
        accessible: true,
      },
      {
        name: 'Sala warsztatowa',
        capacity: 20,
        amenities: ['flipchart', 'tablica', 'wifi'],
        accessible: true,
      },
      { name: 'Sala spotkań', capacity: 12, amenities: ['ekran', 'wifi'], accessible: true },
      { name: 'Pokój konsultacji', capacity: 4, amenities: ['wifi'], accessible: true, auto_approve: true },
      { name: 'Coworking', capacity: 16, amenities: ['drukarka', 'wifi', 'kuchnia'], accessible: false },
    ],
  },
  'nowa-huta': {
    name: 'Centrum Obywatelskie Nowa Huta',
    address: 'os. Centrum C 10, 31-929 Kraków',
    district: 18,
    email: 'nowahuta@civitas.demo',
    phone: '+48 12 000 00 02',
    description:
      'Drugie centrum obywatelskie Krakowa: sale dla inicjatyw z Nowej Huty i wschodnich dzielnic.',
    accessibility:
      'Wejście główne od os. Centrum C z podjazdem dla wózków. Wszystkie sale na parterze. Toaleta dostosowana dla osób z niepełnosprawnościami przy sali wielofunkcyjnej. Można wejść z psem asystującym.',
    opening_hours: weekdays('09:00', '20:00', null),
    rooms: [
      {
        name: 'Sala wielofunkcyjna',
        capacity: 60,
        amenities: ['projektor', 'nagłośnienie', 'scena', 'wifi'],
        accessible: true,
      },
      { name: 'Sala warsztatowa', capacity: 18, amenities: ['flipchart', 'wifi'], accessible: true },
      { name: 'Pokój cichej pracy', capacity: 6, amenities: ['wifi'], accessible: true, auto_approve: true },
    ],
  },
} as const;

const ORGANIZATIONS: [string, string, number][] = [
  ['Fundacja Zielony Kraków', 'fundacja', 5],
  ['Stowarzyszenie Sąsiedzi z Bronowic', 'stowarzyszenie', 6],
  ['Fundacja Edukacji Obywatelskiej „Agora”', 'fundacja', 1],
  ['Stowarzyszenie Rowerowy Kraków', 'stowarzyszenie', 2],
  ['Fundacja Pomocy Seniorom „Złota Jesień”', 'fundacja', 18],
  ['Klub Sportowy Hutnik-Juniorzy', 'stowarzyszenie', 18],
  ['Stowarzyszenie Przyjaciół Zwierzyńca', 'stowarzyszenie', 7],
  ['Fundacja Kultury Żydowskiej Kazimierz', 'fundacja', 1],
  ['Stowarzyszenie Rodziców Dzieci z Autyzmem „Razem”', 'stowarzyszenie', 3],
  ['Fundacja Teatr Łaźnia Młodych', 'fundacja', 18],
  ['Stowarzyszenie Mieszkańców Czyżyn', 'stowarzyszenie', 14],
  ['Fundacja Wspierania Uchodźców „Dom”', 'fundacja', 13],
  ['Stowarzyszenie Ochotnicza Straż Ratownicza Podgórze', 'stowarzyszenie', 13],
  ['Fundacja Otwarte Dane Małopolska', 'fundacja', 4],
  ['Uniwersytet Trzeciego Wieku Krowodrza', 'stowarzyszenie', 5],
  ['Fundacja Ogrody Społeczne', 'fundacja', 8],
  ['Stowarzyszenie Kobiet Aktywnych Prokocim', 'stowarzyszenie', 12],
  ['Fundacja Muzyczna Dębniki', 'fundacja', 8],
  ['Spółdzielnia Socjalna „Pracownia”', 'spółdzielnia socjalna', 16],
  ['Stowarzyszenie Historyczne Nowej Huty', 'stowarzyszenie', 18],
  ['Fundacja Bezpieczne Dzieciństwo', 'fundacja', 11],
  ['Stowarzyszenie Rękodzielników Mistrzejowic', 'stowarzyszenie', 15],
];

const GROUPS: [string, number][] = [
  ['Grupa sąsiedzka ul. Lea', 5],
  ['Klub Planszówkowy Bieńczyce', 16],
  ['Krakowski Klub Szachowy Seniorów (grupa nieformalna)', 2],
  ['Inicjatywa „Czysta Wisła”', 8],
  ['Chór Osiedlowy Krzesławice', 17],
  ['Rodzice z Łagiewnik', 9],
  ['Grupa wsparcia „Po Drugiej Stronie”', 3],
  ['Kolektyw Fotograficzny Podgórze', 13],
];

const INDIVIDUALS: [string, number | null][] = [
  ['Agnieszka Nowak', 5],
  ['Łukasz Kowalczyk', 18],
  ['Zofia Mazur', 1],
  ['Michał Krawczyk', 14],
  ['Joanna Piotrowska', 3],
  ['Paweł Grabowski', null],
  ['Magdalena Pawłowska', 12],
  ['Krzysztof Michalski', 16],
  ['Aleksandra Zając', 6],
  ['Jakub Król', 9],
  ['Natalia Wieczorek', 15],
  ['Bartosz Jabłoński', 18],
];

/** A 10-digit NIP with a valid checksum, derived from a seed. */
function demoNip(seed: number): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  for (let n = seed; ; n++) {
    const digits = String(676_000_000 + n * 7919)
      .padStart(9, '0')
      .slice(0, 9)
      .split('')
      .map(Number);
    const check = digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
    if (check !== 10) return digits.join('') + String(check);
  }
}

export async function isEmptyDatabase(db: Kysely<DB>): Promise<boolean> {
  const [users, centers] = await Promise.all([
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('centers')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return users.count === 0 && centers.count === 0;
}

export async function hasDemoAccounts(db: Kysely<DB>): Promise<boolean> {
  const first = DEMO_ACCOUNTS[0];
  if (!first) return false;
  const row = await db.selectFrom('users').select('id').where('email', '=', first.email).executeTakeFirst();
  return row !== undefined;
}

/** Loads the demo; `now` sets the day it shows as today (the clock, unless a test fixes it). */
export async function loadDemoData(
  db: Kysely<DB>,
  log: { warn: (message: string) => void } = console,
  now = new Date(),
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const centerIds: Record<string, string> = {};
    for (const [key, center] of Object.entries(CENTERS)) {
      const { rooms, opening_hours, ...fields } = center;
      const { id } = await trx
        .insertInto('centers')
        .values({ ...fields, opening_hours: JSON.stringify(opening_hours) })
        .returning('id')
        .executeTakeFirstOrThrow();
      centerIds[key] = id;
      await trx
        .insertInto('rooms')
        .values(rooms.map((room) => ({ ...room, amenities: [...room.amenities], center_id: id })))
        .execute();
    }

    const userIds: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const { id } = await trx
        .insertInto('users')
        .values({
          email: account.email,
          name: account.name,
          password_hash: passwordHash,
          roles: [...account.roles],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.push(id);
      const centers = account.centers.map((key) => centerIds[key]).filter((id): id is string => !!id);
      if (centers.length > 0) {
        await trx
          .insertInto('user_centers')
          .values(centers.map((centerId) => ({ user_id: id, center_id: centerId })))
          .execute();
      }
    }

    const organizations = await trx
      .insertInto('beneficiaries')
      .values(
        ORGANIZATIONS.map(([name, legalForm, district], i) => ({
          kind: 'organization' as const,
          name,
          legal_form: legalForm,
          district,
          krs: String(300_000 + i * 1_237).padStart(10, '0'),
          nip: demoNip(i * 31 + 7),
          email: `kontakt${i + 1}@organizacja.demo`,
        })),
      )
      .returning('id')
      .execute();
    await trx
      .insertInto('beneficiaries')
      .values([
        ...GROUPS.map(([name, district]) => ({ kind: 'informal_group' as const, name, district })),
        ...INDIVIDUALS.map(([name, district], i) => ({
          kind: 'individual' as const,
          name,
          district,
          email: `mieszkaniec${i + 1}@poczta.demo`,
        })),
      ])
      .execute();

    // The demo member represents the first organization (Fundacja Zielony Kraków).
    const memberIndex = DEMO_ACCOUNTS.findIndex((account) => account.email === 'czlonek@civitas.demo');
    const memberId = userIds[memberIndex];
    const organizationId = organizations[0]?.id;
    if (memberId && organizationId) {
      await trx
        .insertInto('beneficiary_representatives')
        .values({ beneficiary_id: organizationId, user_id: memberId })
        .execute();
    }
  });
  await loadDemoWork(db, log, now);
}

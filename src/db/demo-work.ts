import type { Kysely } from 'kysely';
import type { Actor, Role } from '../lib/policy/index.ts';
import { addDays, isPolishHoliday, localDate, weekdayKey, zonedInstant } from '../lib/time.ts';
import * as advice from '../modules/advice/index.ts';
import * as bookings from '../modules/bookings/index.ts';
import * as incubation from '../modules/incubation/index.ts';
import * as knowledge from '../modules/knowledge/index.ts';
import * as programme from '../modules/programme/index.ts';
import * as reports from '../modules/reports/index.ts';
import * as volunteering from '../modules/volunteering/index.ts';
import type { DB } from './schema.ts';

/**
 * The demo centres at work, recorded through the services as staff and members would: past
 * lendings with their headcounts, requests waiting for approval, the programme (one training
 * already full), an advisor's hours and appointments, volunteer offers, knowledge-base articles,
 * initiatives in the incubator and the funding agreement. Dates follow today, so the demo is
 * always current.
 */
const ZONE = 'Europe/Warsaw';

type Log = { warn: (message: string) => void };

async function actorOf(db: Kysely<DB>, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'roles'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const centers = await db
    .selectFrom('user_centers')
    .select('center_id')
    .where('user_id', '=', user.id)
    .execute();
  return {
    ...user,
    roles: user.roles as Role[],
    centerIds: centers.map((row) => row.center_id),
    language: 'pl',
  };
}

/** Working days (no Sundays, no public holidays) counted from today, negative for the past. */
function workingDay(offset: number): string {
  const today = localDate(new Date(), ZONE);
  let date = addDays(today, offset);
  const step = offset < 0 ? -1 : 1;
  while (weekdayKey(date) === 'sun' || weekdayKey(date) === 'sat' || isPolishHoliday(date))
    date = addDays(date, step);
  return date;
}

const at = (date: string, time: string) => zonedInstant(date, time, ZONE);

export async function loadDemoWork(db: Kysely<DB>, log: Log): Promise<void> {
  const admin = await actorOf(db, 'admin@civitas.demo');
  const coordinator = await actorOf(db, 'koordynator@civitas.demo');
  const member = await actorOf(db, 'czlonek@civitas.demo');
  const advisorUser = await actorOf(db, 'doradca@civitas.demo');
  const centers = await db.selectFrom('centers').select(['id', 'name']).orderBy('name').execute();
  const reymonta = centers.find((center) => center.name.includes('Reymonta'))?.id as string;
  const nowaHuta = centers.find((center) => center.name.includes('Nowa Huta'))?.id as string;
  const rooms = await db
    .selectFrom('rooms')
    .select(['id', 'center_id', 'name', 'capacity'])
    .orderBy('name')
    .execute();
  const room = (centerId: string, name: string) =>
    rooms.find((each) => each.center_id === centerId && each.name === name);
  const conference = room(reymonta, 'Sala konferencyjna');
  const workshop = room(reymonta, 'Sala warsztatowa');
  const meeting = room(reymonta, 'Sala spotkań');
  const hall = room(nowaHuta, 'Sala wielofunkcyjna');
  const beneficiaries = await db
    .selectFrom('beneficiaries')
    .select(['id', 'kind', 'name'])
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  const organizations = beneficiaries.filter((b) => b.kind === 'organization');
  const groups = beneficiaries.filter((b) => b.kind === 'informal_group');
  const individuals = beneficiaries.filter((b) => b.kind === 'individual');
  const memberOrganization = (
    await db
      .selectFrom('beneficiary_representatives')
      .select('beneficiary_id')
      .where('user_id', '=', member.id)
      .executeTakeFirstOrThrow()
  ).beneficiary_id;

  const step = async (name: string, work: () => Promise<void>) => {
    const started = Date.now();
    try {
      await work();
      if (process.env.DEMO_TIMING) log.warn(`Demo data: ${name} in ${Date.now() - started} ms`);
    } catch (error) {
      log.warn(`Demo data: ${name} could not be loaded: ${(error as Error).message}`);
    }
  };

  await step('past room lendings', async () => {
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
  });

  await step('requests waiting for approval', async () => {
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
      [
        workshop,
        6,
        '16:00',
        '18:00',
        'Warsztaty sadzenia drzew',
        'Przygotowanie jesiennej akcji sadzenia',
        15,
      ],
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
  });

  await step('the programme', async () => {
    const attendees = [...organizations.slice(0, 8), ...individuals.slice(0, 6)];
    // Two trainings already held, with their attendance lists.
    for (const [offset, title] of [
      [-21, 'Szkolenie: Jak założyć stowarzyszenie'],
      [-10, 'Szkolenie: Księgowość małej organizacji'],
    ] as const) {
      const date = workingDay(offset);
      const activity = await programme.createActivity(db, coordinator, {
        centerId: reymonta,
        kind: 'training',
        title,
        start: at(date, '19:15'),
        end: at(date, '21:00'),
        roomId: workshop?.id,
        capacity: 16,
        override: true,
      });
      const registrations = [];
      for (const beneficiary of attendees.slice(0, 12)) {
        registrations.push(
          await programme.registerForActivity(db, coordinator, activity.id, {
            beneficiaryId: beneficiary.id,
          }),
        );
      }
      await programme.recordAttendance(db, coordinator, activity.id, {
        attended: registrations
          .slice(0, 10)
          .map((registration) => ({ registrationId: registration.id, seats: 1 })),
        walkIns: 2,
      });
    }
    const upcoming = [
      [
        reymonta,
        'training',
        9,
        'Szkolenie: Jak napisać wniosek o dotację',
        conference,
        24,
        'Dla organizacji, które chcą złożyć wniosek w konkursie miejskim.',
      ],
      [
        reymonta,
        'seminar',
        12,
        'Seminarium: RODO w organizacji pozarządowej',
        conference,
        40,
        'Ochrona danych osobowych w praktyce małych organizacji.',
      ],
      [
        reymonta,
        'workshop',
        16,
        'Warsztaty: Media społecznościowe dla NGO',
        workshop,
        16,
        'Praktyczne ćwiczenia z planowania komunikacji.',
      ],
      [
        nowaHuta,
        'networking',
        11,
        'Spotkanie sieciujące organizacji z Nowej Huty',
        hall,
        60,
        'Poznajmy się: organizacje, grupy i mieszkańcy Nowej Huty.',
      ],
      [
        nowaHuta,
        'study_visit',
        25,
        'Wizyta studyjna: Centrum Aktywności Lokalnej',
        undefined,
        20,
        'Wyjazd do centrum aktywności lokalnej; zbiórka przed centrum.',
      ],
    ] as const;
    for (const [centerId, kind, offset, title, room, capacity, description] of upcoming) {
      const date = workingDay(offset);
      await programme.createActivity(db, coordinator.centerIds.includes(centerId) ? coordinator : admin, {
        centerId,
        kind,
        title,
        description,
        start: at(date, '17:00'),
        end: at(date, '19:30'),
        roomId: room?.id,
        capacity,
        override: true,
      });
    }
    // A working group meeting every other week.
    const first = workingDay(5);
    await programme.createActivity(db, coordinator, {
      centerId: reymonta,
      kind: 'working_group',
      title: 'Grupa robocza ds. budżetu obywatelskiego',
      description: 'Stała grupa robocza organizacji i mieszkańców.',
      start: at(first, '18:00'),
      end: at(first, '19:30'),
      roomId: meeting?.id,
      capacity: 12,
      recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4' },
      override: true,
    });
    // A training that is already full: the next to register goes on the waitlist.
    const full = workingDay(14);
    const firstAid = await programme.createActivity(db, coordinator, {
      centerId: reymonta,
      kind: 'training',
      title: 'Szkolenie: Pierwsza pomoc dla opiekunów grup',
      description: 'Małe grupy, dużo ćwiczeń. Liczba miejsc ograniczona.',
      start: at(full, '10:00'),
      end: at(full, '14:00'),
      capacity: 3,
    });
    for (const beneficiary of [...groups.slice(0, 3), ...individuals.slice(6, 7)]) {
      await programme.registerForActivity(db, coordinator, firstAid.id, { beneficiaryId: beneficiary.id });
    }
  });

  await step('advice', async () => {
    const advisor = await advice.createAdvisor(db, admin, {
      userId: advisorUser.id,
      specialties: ['legal', 'fundraising', 'coaching'],
      centerIds: [reymonta, nowaHuta],
      bio: 'Prawniczka i trenerka; doradza organizacjom przy zakładaniu i pozyskiwaniu funduszy.',
    });
    const today = localDate(new Date(), ZONE);
    for (let date = addDays(today, -30); date <= addDays(today, 20); date = addDays(date, 1)) {
      if (['sat', 'sun'].includes(weekdayKey(date)) || isPolishHoliday(date)) continue;
      await advice.addAvailability(db, admin, advisor.id, {
        start: at(date, '10:00'),
        end: at(date, '14:00'),
        centerId: reymonta,
      });
    }
    const topics = [
      'Statut stowarzyszenia',
      'Wniosek o dotację',
      'Sprawozdanie finansowe',
      'Umowy z wolontariuszami',
      'Plan rozwoju organizacji',
    ];
    for (const [i, beneficiary] of [...organizations.slice(2, 6), ...individuals.slice(0, 2)].entries()) {
      const date = workingDay(-25 + i * 4);
      const appointment = await advice.createAppointment(db, admin, {
        advisorId: advisor.id,
        beneficiaryId: beneficiary.id,
        kind: i === 4 ? 'coaching' : 'consulting',
        topic: topics[i % topics.length] as string,
        start: at(date, '10:00'),
        end: at(date, '11:00'),
      });
      await advice.completeAppointment(db, advisorUser, appointment.id, {
        notes: 'Omówiono kolejne kroki; materiały wysłane e-mailem.',
      });
    }
    const next = workingDay(3);
    await advice.createAppointment(db, admin, {
      advisorId: advisor.id,
      beneficiaryId: memberOrganization,
      kind: 'consulting',
      topic: 'Zmiana statutu fundacji',
      start: at(next, '11:00'),
      end: at(next, '12:00'),
    });
  });

  await step('volunteering', async () => {
    const profiles = [
      [individuals[0], ['event_support', 'photography', 'social_media'], [5], 6],
      [individuals[1], ['translation', 'writing'], [18], 4],
      [individuals[2], ['tutoring', 'care'], [1, 5], 3],
    ] as const;
    const volunteers = [];
    for (const [beneficiary, skills, districts, hoursPerWeek] of profiles) {
      if (!beneficiary) continue;
      volunteers.push(
        await volunteering.createVolunteer(db, coordinator, {
          beneficiaryId: beneficiary.id,
          skills: [...skills],
          districts: [...districts],
          hoursPerWeek,
        }),
      );
    }
    const offer = await volunteering.createOffer(db, coordinator, {
      organizationId: memberOrganization,
      centerId: reymonta,
      title: 'Pomoc przy jesiennym sadzeniu drzew',
      description:
        'Szukamy osób do pomocy przy organizacji akcji sadzenia drzew i dokumentowania jej zdjęciami.',
      skills: ['event_support', 'photography'],
      district: 5,
      volunteersNeeded: 4,
      hoursPerWeek: 4,
    });
    await volunteering.createOffer(db, coordinator, {
      organizationId: (organizations[4] as { id: string }).id,
      centerId: nowaHuta,
      title: 'Czytanie seniorom',
      description: 'Cotygodniowe spotkania z seniorami w klubie osiedlowym.',
      skills: ['care'],
      district: 18,
      volunteersNeeded: 2,
      hoursPerWeek: 2,
    });
    await volunteering.createOffer(db, coordinator, {
      organizationId: (organizations[2] as { id: string }).id,
      centerId: reymonta,
      title: 'Tłumaczenie materiałów edukacyjnych',
      skills: ['translation', 'writing'],
      volunteersNeeded: 1,
    });
    const first = volunteers[0];
    if (first) {
      const application = await volunteering.applyForOffer(db, coordinator, offer.id, {
        volunteerId: first.id,
      });
      await volunteering.decideApplication(db, coordinator, application.id, 'accept');
      for (const offset of [-12, -5]) {
        await volunteering.logHours(db, coordinator, application.id, { date: workingDay(offset), hours: 4 });
      }
    }
  });

  await step('knowledge base', async () => {
    const articles = [
      [
        'Jak założyć stowarzyszenie zwykłe?',
        'zakładanie organizacji',
        ['stowarzyszenie', 'rejestracja'],
        'public',
        '## W skrócie\n\nStowarzyszenie zwykłe mogą założyć **co najmniej trzy osoby**. Potrzebny jest regulamin i wpis do ewidencji prowadzonej przez starostę (w Krakowie: prezydenta miasta).\n\n## Krok po kroku\n\n1. Spotkanie założycielskie i uchwała o założeniu.\n2. Uchwalenie regulaminu.\n3. Wybór przedstawiciela lub zarządu.\n4. Złożenie wniosku o wpis do ewidencji.\n\nW centrum obywatelskim pomożemy przygotować dokumenty: umów się na konsultację.',
      ],
      [
        'Jak założyć fundację?',
        'zakładanie organizacji',
        ['fundacja', 'KRS'],
        'public',
        '## Fundator, cel i majątek\n\nFundację zakłada **fundator**, który określa jej cel i przeznacza na niego majątek (fundusz założycielski). Potrzebny jest akt notarialny i statut.\n\n## Rejestracja w KRS\n\nWniosek składa się elektronicznie przez Portal Rejestrów Sądowych.',
      ],
      [
        'Zasady korzystania z sal',
        'sale',
        ['sale', 'regulamin'],
        'public',
        '## Kto może korzystać\n\nSale udostępniamy **bezpłatnie** organizacjom pozarządowym, grupom nieformalnym i mieszkańcom na spotkania niekomercyjne.\n\n## Jak zarezerwować\n\nZałóż konto, wybierz salę i wolny termin, podaj cel spotkania i zaakceptuj regulamin. Prośbę rozpatrujemy zwykle w ciągu dwóch dni roboczych.',
      ],
      [
        'Jak napisać wniosek o dotację z budżetu miasta',
        'finansowanie',
        ['dotacje', 'konkursy'],
        'public',
        '## Zacznij od ogłoszenia konkursu\n\nPrzeczytaj dokładnie kryteria oceny i budżet. Opisz **problem**, **działania** i **rezultaty**, które da się zmierzyć.\n\n## Budżet\n\nKażda pozycja kosztorysu musi wynikać z opisu działań.',
      ],
      [
        'RODO w małej organizacji: lista kontrolna',
        'prawo',
        ['RODO', 'dane osobowe'],
        'members',
        '## Lista kontrolna\n\n- Rejestr czynności przetwarzania.\n- Klauzule informacyjne na formularzach.\n- Umowy powierzenia z dostawcami usług.\n- Zasady przechowywania list obecności.\n\nMateriał dla członków: zaloguj się, by zobaczyć wzory dokumentów.',
      ],
    ] as const;
    for (const [title, category, tags, visibility, body] of articles) {
      await knowledge.createArticle(db, admin, { title, body, category, tags: [...tags], visibility });
    }
  });

  await step('incubation', async () => {
    const garden = await incubation.createInitiative(db, coordinator, {
      beneficiaryId: (groups[0] as { id: string }).id,
      title: 'Ogród sąsiedzki przy ul. Lea',
      description: 'Mieszkańcy chcą zamienić nieużywany skwer w ogród sąsiedzki.',
      mentorId: advisorUser.id,
      centerId: reymonta,
    });
    await incubation.changeStage(db, coordinator, garden.id, {
      stage: 'planning',
      note: 'Pierwsze spotkanie z zarządcą terenu.',
    });
    await incubation.createInitiative(db, coordinator, {
      beneficiaryId: (individuals[3] as { id: string }).id,
      title: 'Kawiarenka językowa dla sąsiadów z Ukrainy',
      mentorId: advisorUser.id,
      centerId: nowaHuta,
    });
  });

  await step('funding agreement', async () => {
    const year = localDate(new Date(), ZONE).slice(0, 4);
    await reports.createAgreement(db, admin, {
      centerId: reymonta,
      title: `Umowa na prowadzenie Centrum Obywatelskiego ${year}`,
      operator: 'Krakowska Federacja Organizacji Pozarządowych',
      funder: 'Gmina Miejska Kraków',
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      targets: {
        'beneficiaries.total': 250,
        'rooms.lendings': 450,
        'rooms.people': 1500,
        'activities.count': 40,
      },
    });
  });
}

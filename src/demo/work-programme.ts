import { addDays, isPolishHoliday, weekdayKey } from '../lib/time.ts';
import * as advice from '../modules/advice/index.ts';
import * as programme from '../modules/programme/index.ts';
import { at, type DemoContext } from './work-context.ts';

/** The programme (one training already full) and an advisor's hours and past appointments. */

export async function programmeWork({
  db,
  now,
  workingDay,
  admin,
  coordinator,
  reymonta,
  nowaHuta,
  conference,
  workshop,
  meeting,
  hall,
  organizations,
  groups,
  individuals,
}: DemoContext): Promise<void> {
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
        await programme.registerForActivity(
          db,
          coordinator,
          activity.id,
          { beneficiaryId: beneficiary.id },
          now,
        ),
      );
    }
    await programme.recordAttendance(
      db,
      coordinator,
      activity.id,
      {
        attended: registrations
          .slice(0, 10)
          .map((registration) => ({ registrationId: registration.id, seats: 1 })),
        walkIns: 2,
      },
      now,
    );
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
  // A working group meeting every other week, from the week after the demo week.
  const first = workingDay(7);
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
    await programme.registerForActivity(db, coordinator, firstAid.id, { beneficiaryId: beneficiary.id }, now);
  }
}

export async function adviceWork({
  db,
  now,
  today,
  workingDay,
  admin,
  advisorUser,
  reymonta,
  nowaHuta,
  organizations,
  individuals,
}: DemoContext): Promise<void> {
  const advisor = await advice.createAdvisor(db, admin, {
    userId: advisorUser.id,
    specialties: ['legal', 'fundraising', 'coaching'],
    centerIds: [reymonta, nowaHuta],
    bio: 'Prawniczka i trenerka; doradza organizacjom przy zakładaniu i pozyskiwaniu funduszy.',
  });
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
    const appointment = await advice.createAppointment(
      db,
      admin,
      {
        advisorId: advisor.id,
        beneficiaryId: beneficiary.id,
        kind: i === 4 ? 'coaching' : 'consulting',
        topic: topics[i % topics.length] as string,
        start: at(date, '10:00'),
        end: at(date, '11:00'),
      },
      now,
    );
    await advice.completeAppointment(
      db,
      advisorUser,
      appointment.id,
      { notes: 'Omówiono kolejne kroki; materiały wysłane e-mailem.' },
      now,
    );
  }
}

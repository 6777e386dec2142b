import { localDate } from '../lib/time.ts';
import * as incubation from '../modules/incubation/index.ts';
import * as knowledge from '../modules/knowledge/index.ts';
import * as reports from '../modules/reports/index.ts';
import * as volunteering from '../modules/volunteering/index.ts';
import { type DemoContext, ZONE } from './work-context.ts';
import { ARTICLES } from './work-knowledge.ts';

/** Volunteer offers, knowledge-base articles, initiatives in the incubator and the funding agreement. */

export async function volunteeringWork({
  db,
  now,
  workingDay,
  admin,
  coordinator,
  reymonta,
  nowaHuta,
  organizations,
  individuals,
  memberOrganization,
}: DemoContext): Promise<void> {
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
  // Nowa Huta has no coordinator of its own in the demo yet: the admin keeps its offers.
  await volunteering.createOffer(db, admin, {
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
    const application = await volunteering.applyForOffer(
      db,
      coordinator,
      offer.id,
      { volunteerId: first.id },
      now,
    );
    await volunteering.decideApplication(db, coordinator, application.id, 'accept');
    for (const offset of [-12, -5]) {
      await volunteering.logHours(
        db,
        coordinator,
        application.id,
        { date: workingDay(offset), hours: 4 },
        now,
      );
    }
  }
}

/** The knowledge base: practical articles for organizations, some for members only. */
export async function knowledgeWork({ db, admin }: DemoContext): Promise<void> {
  for (const { title, category, tags, visibility, body } of ARTICLES) {
    await knowledge.createArticle(db, admin, { title, body, category, tags: [...tags], visibility });
  }
}

export async function incubationWork({
  db,
  admin,
  coordinator,
  advisorUser,
  reymonta,
  nowaHuta,
  groups,
  individuals,
}: DemoContext): Promise<void> {
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
  await incubation.createInitiative(db, admin, {
    beneficiaryId: (individuals[3] as { id: string }).id,
    title: 'Kawiarenka językowa dla sąsiadów z Ukrainy',
    mentorId: advisorUser.id,
    centerId: nowaHuta,
  });
}

export async function fundingAgreement({ db, now, admin, reymonta }: DemoContext): Promise<void> {
  const year = localDate(now, ZONE).slice(0, 4);
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
}

import { localDate } from '../lib/time.ts';
import * as incubation from '../modules/incubation/index.ts';
import * as knowledge from '../modules/knowledge/index.ts';
import * as reports from '../modules/reports/index.ts';
import * as volunteering from '../modules/volunteering/index.ts';
import { type DemoContext, workingDay, ZONE } from './work-context.ts';

/** Volunteer offers, knowledge-base articles, initiatives in the incubator and the funding agreement. */

export async function volunteeringWork({
  db,
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
    const application = await volunteering.applyForOffer(db, coordinator, offer.id, {
      volunteerId: first.id,
    });
    await volunteering.decideApplication(db, coordinator, application.id, 'accept');
    for (const offset of [-12, -5]) {
      await volunteering.logHours(db, coordinator, application.id, { date: workingDay(offset), hours: 4 });
    }
  }
}

export async function knowledgeWork({ db, admin }: DemoContext): Promise<void> {
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

export async function fundingAgreement({ db, admin, reymonta }: DemoContext): Promise<void> {
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
}

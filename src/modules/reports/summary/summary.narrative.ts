import { countEn, countPl, polishPlural } from '../../../lib/polish.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import type { Summary } from './summary.schema.ts';

/**
 * The figures as the paragraph a centre reads to a council committee. Polish needs the right
 * plural form of every noun and the verb agreeing with it ("skorzystała 1 osoba",
 * "skorzystały 22 osoby", "skorzystało 112 osób").
 */
const beneficjent = { one: 'beneficjent', few: 'beneficjentów', many: 'beneficjentów' };
const organizacja = { one: 'organizacja', few: 'organizacje', many: 'organizacji' };
const osobaIGrupa = {
  one: 'osoba fizyczna lub grupa nieformalna',
  few: 'osoby fizyczne i grupy nieformalne',
  many: 'osób fizycznych i grup nieformalnych',
};
const osoba = { one: 'osoba', few: 'osoby', many: 'osób' };
const raz = { one: 'raz', few: 'razy', many: 'razy' };
const wydarzenie = { one: 'wydarzenie', few: 'wydarzenia', many: 'wydarzeń' };
const spotkanie = { one: 'spotkanie doradcze', few: 'spotkania doradcze', many: 'spotkań doradczych' };
const godzina = { one: 'godzina', few: 'godziny', many: 'godzin' };
const oferta = { one: 'ofertę', few: 'oferty', many: 'ofert' };
const wolontariusz = { one: 'wolontariusz', few: 'wolontariuszy', many: 'wolontariuszy' };
const inicjatywa = { one: 'inicjatywę', few: 'inicjatywy', many: 'inicjatyw' };

/** Neuter singular for 0 and 5+ ("skorzystało"), the noun's own gender for 1, plural for 2-4. */
const verb = (count: number, forms: { one: string; few: string; many: string }) => polishPlural(count, forms);

const polishDate = (date: string) => formatCalendarDate(date, 'pl');
const englishDate = (date: string) => formatCalendarDate(date, 'en');
const hours = (value: number) => Math.round(value);

/** How the report names who served: one centre, or the network of centres. */
export type Subject = { genitive: string; nominative: string; plural: boolean };

export function narrativePl(summary: Summary, subject: Subject): string {
  const { beneficiaries: b, rooms, activities, advice, volunteering, incubation } = summary;
  const groupsAndPeople = b.informalGroups + b.individuals;
  const sentences = [
    `Dane za okres od ${polishDate(summary.period.from)} do ${polishDate(summary.period.to)}`,
    `Z oferty ${subject.genitive} ${verb(b.total, { one: 'skorzystał', few: 'skorzystało', many: 'skorzystało' })} ` +
      `${countPl(b.total, beneficjent)}, w tym ${countPl(b.organizations, organizacja)} oraz ${countPl(groupsAndPeople, osobaIGrupa)}.`,
    `Z sal ${subject.genitive} ${verb(rooms.people, { one: 'skorzystała', few: 'skorzystały', many: 'skorzystało' })} ` +
      `${countPl(rooms.people, osoba)}, a pomieszczenia udostępniono ${countPl(rooms.lendings, raz)}.`,
  ];
  if (rooms.lendings > 0) {
    sentences.push(
      `Łączny czas udostępnienia sal ${verb(hours(rooms.hours), { one: 'wyniósł', few: 'wyniósł', many: 'wyniósł' })} ${countPl(hours(rooms.hours), godzina)}.`,
    );
  }
  if (activities.count > 0) {
    sentences.push(
      `${subject.nominative} ${subject.plural ? 'zorganizowały' : 'zorganizowało'} ${countPl(activities.count, wydarzenie)} ` +
        '(szkolenia, seminaria, warsztaty, grupy robocze i inne), ' +
        `w których ${verb(activities.participants, { one: 'wzięła', few: 'wzięły', many: 'wzięło' })} udział ${countPl(activities.participants, osoba)}.`,
    );
  }
  if (advice.appointments > 0) {
    sentences.push(
      `${verb(advice.appointments, { one: 'Odbyło się', few: 'Odbyły się', many: 'Odbyło się' })} ${countPl(advice.appointments, spotkanie)} ` +
        `(konsultacje, coaching i mentoring), łącznie ${countPl(hours(advice.hours), godzina)}.`,
    );
  }
  if (volunteering.offers > 0 || volunteering.placements > 0) {
    sentences.push(
      `Pośrednictwo wolontariatu objęło ${countPl(volunteering.offers, oferta)}; ` +
        `współpracę ${verb(volunteering.placements, { one: 'podjął', few: 'podjęło', many: 'podjęło' })} ${countPl(volunteering.placements, wolontariusz)}, ` +
        `a wolontariusze przepracowali ${countPl(hours(volunteering.hours), godzina)}.`,
    );
  }
  if (incubation.initiatives > 0) {
    sentences.push(`Inkubator wspierał ${countPl(incubation.initiatives, inicjatywa)} mieszkańców.`);
  }
  return sentences.join(' ');
}

export function narrativeEn(summary: Summary, subject: { name: string; plural: boolean }): string {
  const { beneficiaries: b, rooms, activities, advice, volunteering, incubation } = summary;
  const sentences = [
    `From ${englishDate(summary.period.from)} to ${englishDate(summary.period.to)}, ${countEn(b.total, 'beneficiary', 'beneficiaries')} ` +
      `used the services of ${subject.name}, including ${countEn(b.organizations, 'organization', 'organizations')} and ` +
      `${countEn(b.informalGroups + b.individuals, 'individual or informal group', 'individuals and informal groups')}.`,
    `${countEn(rooms.people, 'person', 'people')} used the rooms, which were lent ${countEn(rooms.lendings, 'time', 'times')} ` +
      `(${countEn(hours(rooms.hours), 'hour', 'hours')} in all).`,
  ];
  if (activities.count > 0) {
    sentences.push(
      `${subject.name.charAt(0).toUpperCase()}${subject.name.slice(1)} held ${countEn(activities.count, 'activity', 'activities')} ` +
        `(trainings, seminars, workshops, working groups and more) with ${countEn(activities.participants, 'participant', 'participants')}.`,
    );
  }
  if (advice.appointments > 0) {
    sentences.push(
      `Advisors held ${countEn(advice.appointments, 'appointment', 'appointments')} (consulting, coaching and mentoring), ` +
        `${countEn(hours(advice.hours), 'hour', 'hours')} in all.`,
    );
  }
  if (volunteering.offers > 0 || volunteering.placements > 0) {
    sentences.push(
      `Volunteer brokerage published ${countEn(volunteering.offers, 'offer', 'offers')}; ` +
        `${countEn(volunteering.placements, 'volunteer', 'volunteers')} took up a placement and worked ` +
        `${countEn(hours(volunteering.hours), 'hour', 'hours')}.`,
    );
  }
  if (incubation.initiatives > 0) {
    sentences.push(
      `The incubator supported ${countEn(incubation.initiatives, "residents' initiative", "residents' initiatives")}.`,
    );
  }
  return sentences.join(' ');
}

import { agreeingVerb, countEn, countOf } from '../../../lib/polish.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import type { Summary } from './summary.schema.ts';

/**
 * The figures as the paragraph a centre reads to a council committee. Every counted noun takes
 * the form its number and the sentence's case need (`countOf` in src/lib/polish.ts), and the
 * verb agrees with it ("skorzystała 1 osoba", "skorzystały 22 osoby", "skorzystało 112 osób";
 * "wyniósł 1 godzinę", "1,5 godziny").
 */
const polishDate = (date: string) => formatCalendarDate(date, 'pl');
const englishDate = (date: string) => formatCalendarDate(date, 'en');
/** Hours to a tenth: 1.5 hours read "1,5 godziny", not a rounded 2. */
const hours = (value: number) => Math.round(value * 10) / 10;

/** How the report names who served: one centre, or the network of centres. */
export type Subject = { genitive: string; nominative: string; plural: boolean };

export function narrativePl(summary: Summary, subject: Subject): string {
  const { beneficiaries: b, rooms, activities, advice, volunteering, incubation } = summary;
  const groupsAndPeople = b.informalGroups + b.individuals;
  const sentences = [
    `Dane za okres od ${polishDate(summary.period.from)} do ${polishDate(summary.period.to)}`,
    `Z oferty ${subject.genitive} ${agreeingVerb(b.total, 'beneficjent', { one: 'skorzystał', few: 'skorzystali', many: 'skorzystało' })} ` +
      `${countOf(b.total, 'beneficjent', 'nominative')}, w tym ${countOf(b.organizations, 'organizacja', 'nominative')} ` +
      `oraz ${countOf(groupsAndPeople, 'osobaLubGrupa', 'nominative')}.`,
    `Z sal ${subject.genitive} ${agreeingVerb(rooms.people, 'osoba', { one: 'skorzystała', few: 'skorzystały', many: 'skorzystało' })} ` +
      `${countOf(rooms.people, 'osoba', 'nominative')}, a pomieszczenia udostępniono ${countOf(rooms.lendings, 'raz', 'accusative')}.`,
  ];
  if (rooms.lendings > 0) {
    sentences.push(
      `Łączny czas udostępnienia sal wyniósł ${countOf(hours(rooms.hours), 'godzina', 'accusative')}.`,
    );
  }
  if (activities.count > 0) {
    sentences.push(
      `${subject.nominative} ${subject.plural ? 'zorganizowały' : 'zorganizowało'} ${countOf(activities.count, 'wydarzenie', 'accusative')} ` +
        '(szkolenia, seminaria, warsztaty, grupy robocze i inne), ' +
        `w których ${agreeingVerb(activities.participants, 'osoba', { one: 'wzięła', few: 'wzięły', many: 'wzięło' })} ` +
        `udział ${countOf(activities.participants, 'osoba', 'nominative')}.`,
    );
  }
  if (advice.appointments > 0) {
    sentences.push(
      `${agreeingVerb(advice.appointments, 'spotkanieDoradcze', { one: 'Odbyło się', few: 'Odbyły się', many: 'Odbyło się' })} ` +
        `${countOf(advice.appointments, 'spotkanieDoradcze', 'nominative')} (konsultacje, coaching i mentoring) ` +
        `w łącznym wymiarze ${countOf(hours(advice.hours), 'godzina', 'genitive')}.`,
    );
  }
  if (volunteering.offers > 0) {
    sentences.push(
      `Pośrednictwo wolontariatu objęło ${countOf(volunteering.offers, 'oferta', 'accusative')}.`,
    );
  }
  if (volunteering.placements > 0) {
    sentences.push(
      `Współpracę ${agreeingVerb(volunteering.placements, 'wolontariusz', { one: 'podjął', few: 'podjęli', many: 'podjęło' })} ` +
        `${countOf(volunteering.placements, 'wolontariusz', 'nominative')}.`,
    );
  }
  if (volunteering.hours > 0) {
    sentences.push(
      `Wolontariusze przepracowali łącznie ${countOf(hours(volunteering.hours), 'godzina', 'accusative')}.`,
    );
  }
  if (incubation.initiatives > 0) {
    sentences.push(
      `Inkubator wspierał ${countOf(incubation.initiatives, 'inicjatywa', 'accusative')} mieszkańców.`,
    );
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
  if (volunteering.offers > 0) {
    sentences.push(`Volunteer brokerage published ${countEn(volunteering.offers, 'offer', 'offers')}.`);
  }
  if (volunteering.placements > 0) {
    sentences.push(`${countEn(volunteering.placements, 'volunteer', 'volunteers')} took up a placement.`);
  }
  if (volunteering.hours > 0) {
    sentences.push(`Volunteers worked ${countEn(hours(volunteering.hours), 'hour', 'hours')} in all.`);
  }
  if (incubation.initiatives > 0) {
    sentences.push(
      `The incubator supported ${countEn(incubation.initiatives, "residents' initiative", "residents' initiatives")}.`,
    );
  }
  return sentences.join(' ');
}

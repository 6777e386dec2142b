import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { type Actor, allowed } from '../../../lib/policy.ts';
import { listDistricts } from '../../registry/index.ts';
import { selectApplications } from '../applications/applications.repo.ts';
import { today } from '../volunteering.shared.ts';
import type { Language } from '../volunteers/skills.ts';
import { selectVolunteersWithSkills, type VolunteerRow } from '../volunteers/volunteers.repo.ts';
import { loadVolunteer } from '../volunteers/volunteers.service.ts';
import { byScoreThenId, scoreMatch } from './matching.ts';
import { type OfferRow, selectOpenOffersWithSkills } from './offers.repo.ts';
import type { OfferMatches, VolunteerMatches } from './offers.schema.ts';
import { loadManagedOffer } from './offers.service.ts';

async function districtNames(db: Kysely<DB>) {
  const { items } = await listDistricts(db);
  const names = new Map(items.map((district) => [district.number, district.name]));
  return (number: number) => names.get(number) ?? String(number);
}

const needsOf = (row: OfferRow) => ({
  skills: row.skills,
  district: row.district,
  hoursPerWeek: row.hours_per_week,
  start: row.start_date,
  end: row.end_date,
});

const profileOf = (row: VolunteerRow) => ({
  skills: row.skills,
  districts: row.districts,
  hoursPerWeek: row.hours_per_week,
  availableFrom: row.available_from,
  availableTo: row.available_to,
});

/**
 * Volunteers for an offer, best first: for staff every one who matches; for the organization's
 * members those who applied, with a count of the others.
 */
export async function matchVolunteers(
  db: Kysely<DB>,
  actor: Actor | null,
  offerId: string,
  options: { language: Language; limit: number },
): Promise<VolunteerMatches> {
  const offer = await loadManagedOffer(db, actor, offerId);
  const [candidates, nameOf, applications] = await Promise.all([
    selectVolunteersWithSkills(db, offer.skills),
    districtNames(db),
    selectApplications(db, { offerId: offer.id }),
  ]);
  const applied = new Map(applications.map((application) => [application.volunteer_id, application.status]));
  // Personal data of those who have not applied stays with the staff; others get a count.
  const seesCandidates = allowed(actor, 'offer.seeCandidates', { centerId: offer.center_id });
  const shown = seesCandidates ? candidates : candidates.filter((volunteer) => applied.has(volunteer.id));
  const items = shown
    .map((volunteer) => ({
      volunteerId: volunteer.id,
      name: volunteer.name,
      ...scoreMatch(needsOf(offer), profileOf(volunteer), options.language, nameOf),
      applicationStatus: applied.get(volunteer.id) ?? null,
    }))
    .sort(byScoreThenId((item) => item.volunteerId));
  return { items: items.slice(0, options.limit), othersMatching: candidates.length - shown.length };
}

/** Open offers for a volunteer, best first (staff and the volunteer's representatives). */
export async function matchOffers(
  db: Kysely<DB>,
  actor: Actor | null,
  volunteerId: string,
  options: { language: Language; limit: number },
  now = new Date(),
): Promise<OfferMatches> {
  const volunteer = await loadVolunteer(db, actor, volunteerId);
  const [offers, nameOf] = await Promise.all([
    selectOpenOffersWithSkills(db, volunteer.skills, today(now)),
    districtNames(db),
  ]);
  const items = offers
    .map((offer) => ({
      offerId: offer.id,
      title: offer.title,
      organizationName: offer.organization_name,
      ...scoreMatch(needsOf(offer), profileOf(volunteer), options.language, nameOf),
    }))
    .sort(byScoreThenId((item) => item.offerId));
  return { items: items.slice(0, options.limit) };
}

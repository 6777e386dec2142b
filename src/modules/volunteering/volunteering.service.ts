import type { Kysely } from 'kysely';
import type { ApplicationStatus, DB, OfferStatus } from '../../db/schema.ts';
import { conflict, forbidden, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, type Page, toPage } from '../../lib/pagination.ts';
import {
  type Action,
  type Actor,
  allowed,
  isStaffActor,
  requireActor,
  type Target,
} from '../../lib/policy/index.ts';
import { DEFAULT_TIMEZONE, localDate } from '../../lib/time.ts';
import { findUserContact } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { findCenter } from '../centers/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { findBeneficiaryForService, listDistricts } from '../registry/index.ts';
import { renderAgreement, renderCertificate } from './volunteering.documents.ts';
import { byScoreThenId, type Factor, type Language, SKILLS, scoreMatch } from './volunteering.matching.ts';
import * as repo from './volunteering.repo.ts';

const VOLUNTEER = msg('Volunteer', 'wolontariusz');
const OFFER = msg('Volunteering offer', 'oferta wolontariatu');
const APPLICATION = msg('Application', 'zgłoszenie');
/** The day volunteering dates are read in: Kraków's. */
const ZONE = DEFAULT_TIMEZONE;
export const MAX_HOURS_A_DAY = 24;

const today = (now = new Date()) => localDate(now, ZONE);
const may = (actor: Actor, action: Action, target?: Target): boolean => allowed(actor, action, target);

// Presenting

export type Availability = {
  from: string | null;
  to: string | null;
  weekdays: string[];
  note: string | null;
};

export function presentVolunteer(row: repo.VolunteerRow) {
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    name: row.name,
    skills: row.skills,
    tags: row.tags,
    districts: row.districts,
    hoursPerWeek: row.hours_per_week,
    availability: {
      from: row.available_from,
      to: row.available_to,
      weekdays: row.available_weekdays,
      note: row.availability_note,
    } satisfies Availability,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentOffer(row: repo.OfferRow) {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    centerId: row.center_id,
    title: row.title,
    description: row.description,
    skills: row.skills,
    district: row.district,
    start: row.start_date,
    end: row.end_date,
    volunteersNeeded: row.volunteers_needed,
    volunteersAccepted: row.accepted_count,
    hoursPerWeek: row.hours_per_week,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentApplication(row: repo.ApplicationRow) {
  return {
    id: row.id,
    offerId: row.offer_id,
    offerTitle: row.offer_title,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    volunteerId: row.volunteer_id,
    volunteerName: row.volunteer_name,
    status: row.status,
    message: row.message,
    appliedBy: row.applied_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    totalHours: Number(row.total_hours),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentHours(row: repo.HoursRow) {
  return {
    id: row.id,
    applicationId: row.application_id,
    date: row.work_date,
    hours: Number(row.hours),
    note: row.note,
    loggedBy: row.logged_by,
    createdAt: row.created_at,
  };
}

export function listSkills(language: Language) {
  return {
    items: SKILLS.map((skill) => ({ code: skill.code, label: skill[language], pl: skill.pl, en: skill.en })),
  };
}

const unique = <T>(values: T[]) => [...new Set(values)];
const cleanTags = (tags: string[]) => unique(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean));

function checkPeriod(from: string | null, to: string | null, paths: [string, string]) {
  if (from !== null && to !== null && to < from) {
    throw invalidField(paths[1], msg('must not be before the start', 'nie może być wcześniej niż początek'));
  }
}

// Volunteers

export type VolunteerInput = {
  beneficiaryId: string;
  skills: string[];
  tags?: string[];
  districts?: number[];
  hoursPerWeek?: number | null;
  availability?: {
    from?: string | null;
    to?: string | null;
    weekdays?: string[];
    note?: string | null;
  } | null;
  active?: boolean;
};

function volunteerValues(input: Omit<VolunteerInput, 'beneficiaryId'>): repo.VolunteerValues {
  const availability = input.availability ?? {};
  const values: repo.VolunteerValues = {
    skills: unique(input.skills),
    tags: cleanTags(input.tags ?? []),
    districts: unique(input.districts ?? []).sort((a, b) => a - b),
    hoursPerWeek: input.hoursPerWeek ?? null,
    availableFrom: availability.from ?? null,
    availableTo: availability.to ?? null,
    availableWeekdays: unique(availability.weekdays ?? []),
    availabilityNote: availability.note?.trim() || null,
    active: input.active ?? true,
  };
  checkPeriod(values.availableFrom, values.availableTo, ['availability.from', 'availability.to']);
  return values;
}

/**
 * The volunteer if the actor may know it: 403 for roles that see no volunteers at all,
 * 404 for a member asking about one it does not represent.
 */
async function loadVolunteer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const row = isId(id) ? await repo.findVolunteer(db, id, options) : undefined;
  if (!row || !may(actor, 'volunteer.act', { representativeIds: row.representative_ids }))
    throw notFound(VOLUNTEER);
  return row;
}

export async function createVolunteer(db: Kysely<DB>, actor: Actor | null, input: VolunteerInput) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const beneficiary = await findBeneficiaryForService(db, input.beneficiaryId);
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  if (!may(actor, 'volunteer.register', { representativeIds: beneficiary.representativeIds }))
    throw forbidden();
  if (beneficiary.kind !== 'individual') {
    throw invalidField(
      'beneficiaryId',
      msg('a volunteer must be an individual (a person)', 'wolontariuszem może być tylko osoba fizyczna'),
      { kind: beneficiary.kind },
    );
  }
  const values = volunteerValues(input);
  const duplicate = (existingId: string | undefined) =>
    conflict(msg('This person already has a volunteer profile.', 'Ta osoba ma już profil wolontariusza.'), {
      existingId,
    });
  const existing = await repo.findVolunteerIdByBeneficiary(db, beneficiary.id);
  if (existing) throw duplicate(existing);
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await repo.insertVolunteer(trx, {
        ...values,
        beneficiaryId: beneficiary.id,
        createdBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'volunteer',
        entityId: id,
        fields: ['beneficiaryId', 'skills', 'tags', 'districts', 'hoursPerWeek', 'availability'],
      });
      return presentVolunteer((await repo.findVolunteer(trx, id)) as repo.VolunteerRow);
    });
  } catch (error) {
    // Two requests for the same person at once: the unique index lets one through.
    if ((error as { code?: string }).code !== '23505') throw error;
    throw duplicate(await repo.findVolunteerIdByBeneficiary(db, beneficiary.id));
  }
}

export async function getVolunteer(db: Kysely<DB>, actor: Actor | null, id: string) {
  return presentVolunteer(await loadVolunteer(db, actor, id));
}

export async function listVolunteers(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { skill?: string; district?: number; limit: number; cursor?: string },
) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const rows = await repo.selectVolunteers(db, {
    ...query,
    representedBy: isStaffActor(actor) ? undefined : actor.id,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), presentVolunteer);
}

export async function updateVolunteer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<Omit<VolunteerInput, 'beneficiaryId'>>,
) {
  return db.transaction().execute(async (trx) => {
    const row = await loadVolunteer(trx, actor, id, { forUpdate: true });
    const current = presentVolunteer(row);
    const values = volunteerValues({
      skills: changes.skills ?? current.skills,
      tags: changes.tags ?? current.tags,
      districts: changes.districts ?? current.districts,
      hoursPerWeek: changes.hoursPerWeek !== undefined ? changes.hoursPerWeek : current.hoursPerWeek,
      availability:
        changes.availability !== undefined
          ? changes.availability
          : { ...current.availability, weekdays: current.availability.weekdays },
      active: changes.active ?? current.active,
    });
    await repo.updateVolunteerRow(trx, row.id, values);
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'update',
      entity: 'volunteer',
      entityId: row.id,
      fields: Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined),
    });
    return presentVolunteer((await repo.findVolunteer(trx, row.id)) as repo.VolunteerRow);
  });
}

// Offers

export type OfferInput = {
  organizationId: string;
  centerId?: string | null;
  title: string;
  description?: string | null;
  skills: string[];
  district?: number | null;
  start?: string | null;
  end?: string | null;
  volunteersNeeded: number;
  hoursPerWeek?: number | null;
  status?: OfferStatus;
};

async function offerValues(
  db: Kysely<DB>,
  input: Omit<OfferInput, 'organizationId'>,
): Promise<repo.OfferValues> {
  const values: repo.OfferValues = {
    centerId: input.centerId ?? null,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    skills: unique(input.skills),
    district: input.district ?? null,
    startDate: input.start ?? null,
    endDate: input.end ?? null,
    volunteersNeeded: input.volunteersNeeded,
    hoursPerWeek: input.hoursPerWeek ?? null,
    status: input.status ?? 'open',
  };
  checkPeriod(values.startDate, values.endDate, ['start', 'end']);
  if (values.centerId !== null && !(isId(values.centerId) && (await findCenter(db, values.centerId)))) {
    throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  }
  return values;
}

/** Open and not over: anyone may see it. */
const isPublicOffer = (row: repo.OfferRow, now = new Date()) =>
  row.status === 'open' && (row.end_date === null || row.end_date >= today(now));

/** An offer as the actor may see it: public ones for all, others for staff and the organization's members. */
async function loadOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = isId(id) ? await repo.findOffer(db, id, options) : undefined;
  if (!row) throw notFound(OFFER);
  const manages = actor !== null && may(actor, 'offer.manage', { representativeIds: row.representative_ids });
  if (!manages && !isPublicOffer(row)) throw notFound(OFFER);
  return { row, manages };
}

/** For changes and for what only the organization may see: 401, 403 or the offer. */
async function loadManagedOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  requireActor(actor);
  const { row, manages } = await loadOffer(db, actor, id, options);
  if (!manages) throw forbidden();
  return row;
}

export async function createOffer(db: Kysely<DB>, actor: Actor | null, input: OfferInput) {
  requireActor(actor);
  const organization = await findBeneficiaryForService(db, input.organizationId);
  if (!organization || organization.erased) {
    throw invalidField('organizationId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  if (!may(actor, 'offer.manage', { representativeIds: organization.representativeIds })) throw forbidden();
  if (organization.kind === 'individual') {
    throw invalidField(
      'organizationId',
      msg(
        'offers are made by an organization or an informal group',
        'oferty zgłasza organizacja lub grupa nieformalna',
      ),
      { kind: organization.kind },
    );
  }
  const values = await offerValues(db, input);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertOffer(trx, {
      ...values,
      organizationId: organization.id,
      createdBy: actor.id,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'volunteer_offer',
      entityId: id,
      fields: [],
    });
    return presentOffer((await repo.findOffer(trx, id)) as repo.OfferRow);
  });
}

export async function listOffers(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    organizationId?: string;
    status?: OfferStatus;
    skill?: string;
    district?: number;
    limit: number;
    cursor?: string;
  },
  now = new Date(),
): Promise<Page<ReturnType<typeof presentOffer>>> {
  if (query.organizationId !== undefined && !isId(query.organizationId))
    return { items: [], nextCursor: null };
  const staff = isStaffActor(actor);
  const rows = await repo.selectOffers(db, {
    ...query,
    // Everyone sees open offers; staff all; members also their organizations' closed ones.
    publicOn: staff ? undefined : today(now),
    orRepresentedBy: !staff && actor?.roles.includes('member') ? actor.id : undefined,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), presentOffer);
}

export async function getOffer(db: Kysely<DB>, actor: Actor | null, id: string) {
  return presentOffer((await loadOffer(db, actor, id)).row);
}

export async function updateOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<Omit<OfferInput, 'organizationId'>>,
) {
  return db.transaction().execute(async (trx) => {
    const row = await loadManagedOffer(trx, actor, id, { forUpdate: true });
    const keep = <K extends keyof typeof changes>(key: K, current: (typeof changes)[K]) =>
      changes[key] !== undefined ? changes[key] : current;
    const values = await offerValues(trx, {
      centerId: keep('centerId', row.center_id),
      title: keep('title', row.title) as string,
      description: keep('description', row.description),
      skills: keep('skills', row.skills) as string[],
      district: keep('district', row.district),
      start: keep('start', row.start_date),
      end: keep('end', row.end_date),
      volunteersNeeded: keep('volunteersNeeded', row.volunteers_needed) as number,
      hoursPerWeek: keep('hoursPerWeek', row.hours_per_week),
      status: keep('status', row.status),
    });
    await repo.updateOfferRow(trx, row.id, values);
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'update',
      entity: 'volunteer_offer',
      entityId: row.id,
      fields: Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined),
    });
    return presentOffer((await repo.findOffer(trx, row.id)) as repo.OfferRow);
  });
}

// Matching

async function districtNames(db: Kysely<DB>) {
  const { items } = await listDistricts(db);
  const names = new Map(items.map((district) => [district.number, district.name]));
  return (number: number) => names.get(number) ?? String(number);
}

const needsOf = (row: repo.OfferRow) => ({
  skills: row.skills,
  district: row.district,
  hoursPerWeek: row.hours_per_week,
  start: row.start_date,
  end: row.end_date,
});

const profileOf = (row: repo.VolunteerRow) => ({
  skills: row.skills,
  districts: row.districts,
  hoursPerWeek: row.hours_per_week,
  availableFrom: row.available_from,
  availableTo: row.available_to,
});

export type VolunteerMatch = {
  volunteerId: string;
  name: string;
  score: number;
  reasons: string[];
  factors: Factor[];
  applicationStatus: ApplicationStatus | null;
};

/** Volunteers for an offer, best first (staff and the organization's members). */
export async function matchVolunteers(
  db: Kysely<DB>,
  actor: Actor | null,
  offerId: string,
  options: { language: Language; limit: number },
): Promise<{ items: VolunteerMatch[] }> {
  const offer = await loadManagedOffer(db, actor, offerId);
  const [candidates, nameOf, applications] = await Promise.all([
    repo.selectVolunteersWithSkills(db, offer.skills),
    districtNames(db),
    repo.selectApplications(db, { offerId: offer.id }),
  ]);
  const applied = new Map(applications.map((application) => [application.volunteer_id, application.status]));
  const items = candidates
    .map((volunteer) => ({
      volunteerId: volunteer.id,
      name: volunteer.name,
      ...scoreMatch(needsOf(offer), profileOf(volunteer), options.language, nameOf),
      applicationStatus: applied.get(volunteer.id) ?? null,
    }))
    .sort(byScoreThenId((item) => item.volunteerId));
  return { items: items.slice(0, options.limit) };
}

/** Open offers for a volunteer, best first (staff and the volunteer's representatives). */
export async function matchOffers(
  db: Kysely<DB>,
  actor: Actor | null,
  volunteerId: string,
  options: { language: Language; limit: number },
  now = new Date(),
) {
  const volunteer = await loadVolunteer(db, actor, volunteerId);
  const [offers, nameOf] = await Promise.all([
    repo.selectOpenOffersWithSkills(db, volunteer.skills, today(now)),
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

// Applications: applied -> accepted | declined; accepted -> completed

type Party = { staff: boolean; organization: boolean; volunteer: boolean };

/** The application if the actor is a party to it (staff, either side's members), else 404; 403 for roles with none. */
async function loadApplication(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const row = isId(id) ? await repo.findApplication(db, id) : undefined;
  if (!row) throw notFound(APPLICATION);
  const party: Party = {
    staff: isStaffActor(actor),
    organization: may(actor, 'offer.manage', { representativeIds: row.organization_representative_ids }),
    volunteer: may(actor, 'volunteer.act', { representativeIds: row.volunteer_representative_ids }),
  };
  if (!party.staff && !party.organization && !party.volunteer) throw notFound(APPLICATION);
  return { row, party };
}

export async function applyForOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  offerId: string,
  input: { volunteerId: string; message?: string },
  now = new Date(),
) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const { row: offer } = await loadOffer(db, actor, offerId);
  const volunteer = isId(input.volunteerId) ? await repo.findVolunteer(db, input.volunteerId) : undefined;
  if (!volunteer || volunteer.erased_at) {
    throw invalidField('volunteerId', msg('no such volunteer', 'nie ma takiego wolontariusza'));
  }
  if (!may(actor, 'volunteer.act', { representativeIds: volunteer.representative_ids })) throw forbidden();
  if (!volunteer.active) {
    throw invalidField(
      'volunteerId',
      msg('this volunteer profile is inactive', 'ten profil wolontariusza jest nieaktywny'),
    );
  }
  if (!isPublicOffer(offer, now)) {
    throw conflict(msg('This offer no longer takes applications.', 'Ta oferta nie przyjmuje już zgłoszeń.'), {
      status: offer.status,
      end: offer.end_date,
    });
  }
  const duplicate = (existingId: string | undefined) =>
    conflict(msg('This volunteer has already applied.', 'Ten wolontariusz już się zgłosił.'), { existingId });
  const existing = await repo.findApplicationId(db, offer.id, volunteer.id);
  if (existing) throw duplicate(existing);
  try {
    return await db.transaction().execute(async (trx) => {
      const id = await repo.insertApplication(trx, {
        offerId: offer.id,
        volunteerId: volunteer.id,
        message: input.message?.trim() || null,
        appliedBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'apply',
        entity: 'volunteer_application',
        entityId: id,
        fields: [],
      });
      const row = (await repo.findApplication(trx, id)) as repo.ApplicationRow;
      await notify(trx, row, 'volunteer_application_received');
      return presentApplication(row);
    });
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    throw duplicate(await repo.findApplicationId(db, offer.id, volunteer.id));
  }
}

export async function getApplication(db: Kysely<DB>, actor: Actor | null, id: string) {
  return presentApplication((await loadApplication(db, actor, id)).row);
}

export async function listOfferApplications(
  db: Kysely<DB>,
  actor: Actor | null,
  offerId: string,
  query: { status?: ApplicationStatus },
) {
  const offer = await loadManagedOffer(db, actor, offerId);
  const rows = await repo.selectApplications(db, { offerId: offer.id, status: query.status });
  return { items: rows.map(presentApplication), nextCursor: null };
}

export async function listVolunteerApplications(db: Kysely<DB>, actor: Actor | null, volunteerId: string) {
  const volunteer = await loadVolunteer(db, actor, volunteerId);
  const rows = await repo.selectApplications(db, { volunteerId: volunteer.id });
  return { items: rows.map(presentApplication), nextCursor: null };
}

type Decision = 'accept' | 'decline' | 'complete';

const ALLOWED_FROM: Record<Decision, ApplicationStatus[]> = {
  accept: ['applied'],
  decline: ['applied'],
  complete: ['accepted'],
};
const RESULT: Record<Decision, ApplicationStatus> = {
  accept: 'accepted',
  decline: 'declined',
  complete: 'completed',
};

export async function decideApplication(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  decision: Decision,
  reason?: string,
) {
  return db.transaction().execute(async (trx) => {
    const { row, party } = await loadApplication(trx, actor, id);
    if (!party.staff && !party.organization) throw forbidden();
    // The offer's lock serializes decisions on it, so accepted places never exceed volunteersNeeded.
    await repo.findOffer(trx, row.offer_id, { forUpdate: true });
    await repo.lockApplication(trx, row.id);
    const current = (await repo.findApplication(trx, row.id)) as repo.ApplicationRow;
    if (!ALLOWED_FROM[decision].includes(current.status)) {
      throw conflict(
        msg(
          `An application that is ${current.status} cannot be given this action (${decision}).`,
          `Zgłoszenia o statusie ${current.status} nie można: ${decision}.`,
        ),
        { status: current.status, action: decision, allowedFrom: ALLOWED_FROM[decision] },
      );
    }
    if (decision === 'accept') {
      const offer = (await repo.findOffer(trx, row.offer_id)) as repo.OfferRow;
      if (offer.accepted_count >= offer.volunteers_needed) {
        throw conflict(
          msg('The offer has all the volunteers it needs.', 'Oferta ma już komplet wolontariuszy.'),
          {
            reason: 'offer_full',
            volunteersNeeded: offer.volunteers_needed,
            accepted: offer.accepted_count,
          },
        );
      }
    }
    await repo.updateApplicationStatus(trx, row.id, {
      status: RESULT[decision],
      decidedBy: (actor as Actor).id,
      ...(reason !== undefined && { reason }),
    });
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: decision,
      entity: 'volunteer_application',
      entityId: row.id,
      fields: ['status'],
      reason: reason ?? null,
    });
    const updated = (await repo.findApplication(trx, row.id)) as repo.ApplicationRow;
    if (decision === 'accept') await notify(trx, updated, 'volunteer_application_accepted');
    if (decision === 'decline') await notify(trx, updated, 'volunteer_application_declined');
    return presentApplication(updated);
  });
}

// Hours

export async function logHours(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { date: string; hours: number; note?: string },
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const { row, party } = await loadApplication(trx, actor, id);
    const loggedBy = (actor as Actor).id;
    if (row.status !== 'accepted' && row.status !== 'completed') {
      throw conflict(
        msg(
          'Hours are logged on accepted applications only.',
          'Godziny wpisuje się tylko do przyjętych zgłoszeń.',
        ),
        { status: row.status, allowedFrom: ['accepted', 'completed'] },
      );
    }
    if (input.date > today(now)) {
      throw invalidField(
        'date',
        msg('hours cannot be logged for a future day', 'nie można wpisać godzin na przyszły dzień'),
        {
          rule: 'future_date',
        },
      );
    }
    // Members log from the day of applying (and the offer's start); staff may backfill paper records.
    const earliest = [localDate(row.created_at, ZONE), row.offer_start]
      .filter((date): date is string => !!date)
      .sort()
      .at(-1);
    if (!party.staff && earliest && input.date < earliest) {
      throw invalidField(
        'date',
        msg(`hours can be logged from ${earliest} on`, `godziny można wpisać od ${earliest}`),
        { rule: 'before_engagement', earliest },
      );
    }
    await repo.lockApplication(trx, row.id);
    const already = await repo.sumHoursOn(trx, row.id, input.date);
    if (already + input.hours > MAX_HOURS_A_DAY) {
      throw invalidField(
        'hours',
        msg(
          `at most ${MAX_HOURS_A_DAY} hours a day: ${already} already logged on ${input.date}`,
          `najwyżej ${MAX_HOURS_A_DAY} godziny na dzień: na ${input.date} wpisano już ${already}`,
        ),
        { rule: 'day_limit', alreadyLogged: already, limit: MAX_HOURS_A_DAY },
      );
    }
    const inserted = await repo.insertHours(trx, {
      applicationId: row.id,
      date: input.date,
      hours: input.hours,
      note: input.note?.trim() || null,
      loggedBy,
    });
    await recordAudit(trx, {
      actorId: loggedBy,
      action: 'log_hours',
      entity: 'volunteer_application',
      entityId: row.id,
      fields: ['hours'],
    });
    const after = (await repo.findApplication(trx, row.id)) as repo.ApplicationRow;
    return {
      ...presentHours(inserted),
      dayTotal: already + input.hours,
      totalHours: Number(after.total_hours),
    };
  });
}

export async function listHours(db: Kysely<DB>, actor: Actor | null, id: string) {
  const { row } = await loadApplication(db, actor, id);
  const rows = await repo.selectHours(db, row.id);
  return { items: rows.map(presentHours), totalHours: Number(row.total_hours), nextCursor: null };
}

// Documents

function assertEngaged(row: repo.ApplicationRow) {
  if (row.status !== 'accepted' && row.status !== 'completed') {
    throw conflict(
      msg('Only an accepted application has an agreement.', 'Porozumienie ma tylko przyjęte zgłoszenie.'),
      { status: row.status, allowedFrom: ['accepted', 'completed'] },
    );
  }
}

export async function agreementPdf(db: Kysely<DB>, actor: Actor | null, id: string, now = new Date()) {
  const { row } = await loadApplication(db, actor, id);
  assertEngaged(row);
  return renderAgreement({
    organization: { name: row.organization_name, krs: row.organization_krs },
    volunteer: { name: row.volunteer_name },
    offer: {
      title: row.offer_title,
      description: row.offer_description,
      skills: row.offer_skills,
      start: row.offer_start,
      end: row.offer_end,
      hoursPerWeek: row.offer_hours_per_week,
    },
    acceptedOn: localDate(row.decided_at ?? row.created_at, ZONE),
    issuedOn: today(now),
    applicationId: row.id,
  });
}

export async function certificatePdf(db: Kysely<DB>, actor: Actor | null, id: string, now = new Date()) {
  const { row } = await loadApplication(db, actor, id);
  assertEngaged(row);
  const hours = await repo.selectHours(db, row.id);
  return renderCertificate({
    organization: { name: row.organization_name },
    volunteer: { name: row.volunteer_name },
    offer: { title: row.offer_title },
    hours: hours.map((entry) => ({ date: entry.work_date, hours: Number(entry.hours) })),
    issuedOn: today(now),
    applicationId: row.id,
  });
}

// Mail

type ApplicationMailKind =
  | 'volunteer_application_received'
  | 'volunteer_application_accepted'
  | 'volunteer_application_declined';

/** Received goes to the organization's side; the decisions to the volunteer's. */
async function notify(db: Kysely<DB>, row: repo.ApplicationRow, kind: ApplicationMailKind) {
  const toOrganization = kind === 'volunteer_application_received';
  const userIds = toOrganization ? row.organization_representative_ids : row.volunteer_representative_ids;
  const recipients = new Map<string, 'pl' | 'en'>();
  for (const userId of userIds) {
    const contact = await findUserContact(db, userId);
    if (contact && !recipients.has(contact.email)) recipients.set(contact.email, contact.language);
  }
  const email = toOrganization ? row.organization_email : row.volunteer_email;
  if (email && !recipients.has(email)) recipients.set(email, 'pl');
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      to,
      kind,
      language,
      data: {
        offer: row.offer_title,
        organization: row.organization_name,
        volunteer: row.volunteer_name,
        reason: row.decision_reason,
      },
    });
  }
}

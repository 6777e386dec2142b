import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { conflict, forbidden, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, may, requireActor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { checkPeriod, unique } from '../volunteering.shared.ts';
import { type Language, SKILLS } from './skills.ts';
import * as repo from './volunteers.repo.ts';
import type { NewVolunteer, Volunteer, VolunteerChanges, VolunteerListQuery } from './volunteers.schema.ts';

const VOLUNTEER = msg('Volunteer', 'wolontariusz');

export function listSkills(language: Language) {
  return {
    items: SKILLS.map((skill) => ({ code: skill.code, label: skill[language], pl: skill.pl, en: skill.en })),
  };
}

const cleanTags = (tags: string[]) => unique(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean));

/** A profile as given, or as it stands for what a change leaves out. */
type Profile = Omit<VolunteerChanges, 'skills' | 'availability'> & {
  skills: readonly string[];
  availability?: Partial<Volunteer['availability']> | null;
};

function volunteerValues(input: Profile): repo.VolunteerValues {
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
export async function loadVolunteer(
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

export async function createVolunteer(
  db: Kysely<DB>,
  actor: Actor | null,
  input: NewVolunteer,
): Promise<Volunteer> {
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
      return repo.toVolunteer((await repo.findVolunteer(trx, id)) as repo.VolunteerRow);
    });
  } catch (error) {
    // Two requests for the same person at once: the unique index lets one through.
    if (!isUniqueViolation(error)) throw error;
    throw duplicate(await repo.findVolunteerIdByBeneficiary(db, beneficiary.id));
  }
}

export async function getVolunteer(db: Kysely<DB>, actor: Actor | null, id: string) {
  return repo.toVolunteer(await loadVolunteer(db, actor, id));
}

export async function listVolunteers(db: Kysely<DB>, actor: Actor | null, query: VolunteerListQuery) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const rows = await repo.selectVolunteers(db, {
    ...query,
    representedBy: may(actor, 'volunteer.listAll') ? undefined : actor.id,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), repo.toVolunteer);
}

export async function updateVolunteer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: VolunteerChanges,
): Promise<Volunteer> {
  return db.transaction().execute(async (trx) => {
    const row = await loadVolunteer(trx, actor, id, { forUpdate: true });
    const current = repo.toVolunteer(row);
    const values = volunteerValues({
      skills: changes.skills ?? current.skills,
      tags: changes.tags ?? current.tags,
      districts: changes.districts ?? current.districts,
      hoursPerWeek: changes.hoursPerWeek !== undefined ? changes.hoursPerWeek : current.hoursPerWeek,
      availability: changes.availability !== undefined ? changes.availability : current.availability,
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
    return repo.toVolunteer((await repo.findVolunteer(trx, row.id)) as repo.VolunteerRow);
  });
}

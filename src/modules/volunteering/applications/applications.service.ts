import type { Kysely } from 'kysely';
import type { ApplicationStatus, DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { conflict, forbidden, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, may, requireActor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findOffer, type OfferRow } from '../offers/offers.repo.ts';
import { isPublicOffer, loadManagedOffer, loadOffer } from '../offers/offers.service.ts';
import { findVolunteer } from '../volunteers/volunteers.repo.ts';
import { loadVolunteer } from '../volunteers/volunteers.service.ts';
import { notify } from './applications.mail.ts';
import * as repo from './applications.repo.ts';
import type { Application, ApplyInput, Decision, OfferApplicationsQuery } from './applications.schema.ts';

// Applications: applied -> accepted | declined; accepted -> completed

const APPLICATION = msg('Application', 'zgłoszenie');

/** Both sides of an application: who represents the organization and who the volunteer. */
export const partiesOf = (row: repo.ApplicationRow) => ({
  representativeIds: [...row.organization_representative_ids, ...row.volunteer_representative_ids],
  centerId: row.offer_center_id,
});

/** The application if the actor is a party to it (staff, either side's members), else 404; 403 for roles with none. */
export async function loadApplication(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const row = isId(id) ? await repo.findApplication(db, id) : undefined;
  if (!row || !may(actor, 'application.read', partiesOf(row))) throw notFound(APPLICATION);
  return row;
}

export async function applyForOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  offerId: string,
  input: ApplyInput,
  now = new Date(),
): Promise<Application> {
  requireActor(actor);
  if (!may(actor, 'volunteer.list')) throw forbidden();
  const { row: offer } = await loadOffer(db, actor, offerId);
  const volunteer = isId(input.volunteerId) ? await findVolunteer(db, input.volunteerId) : undefined;
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
      return repo.toApplication(row);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw duplicate(await repo.findApplicationId(db, offer.id, volunteer.id));
  }
}

export async function getApplication(db: Kysely<DB>, actor: Actor | null, id: string) {
  return repo.toApplication(await loadApplication(db, actor, id));
}

export async function listOfferApplications(
  db: Kysely<DB>,
  actor: Actor | null,
  offerId: string,
  query: OfferApplicationsQuery,
) {
  const offer = await loadManagedOffer(db, actor, offerId);
  const rows = await repo.selectApplications(db, { offerId: offer.id, status: query.status });
  return { items: rows.map(repo.toApplication), nextCursor: null };
}

export async function listVolunteerApplications(db: Kysely<DB>, actor: Actor | null, volunteerId: string) {
  const volunteer = await loadVolunteer(db, actor, volunteerId);
  const rows = await repo.selectApplications(db, { volunteerId: volunteer.id });
  return { items: rows.map(repo.toApplication), nextCursor: null };
}

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
): Promise<Application> {
  return db.transaction().execute(async (trx) => {
    const row = await loadApplication(trx, actor, id);
    if (
      !may(actor, 'application.decide', {
        representativeIds: row.organization_representative_ids,
        centerId: row.offer_center_id,
      })
    )
      throw forbidden();
    // The offer's lock serializes decisions on it, so accepted places never exceed volunteersNeeded.
    await findOffer(trx, row.offer_id, { forUpdate: true });
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
      const offer = (await findOffer(trx, row.offer_id)) as OfferRow;
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
    return repo.toApplication(updated);
  });
}

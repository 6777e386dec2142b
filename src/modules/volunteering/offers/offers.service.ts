import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, forbidden, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, type Page, toPage } from '../../../lib/pagination.ts';
import { type Actor, may, requireActor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findCenter } from '../../centers/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { checkPeriod, today, unique } from '../volunteering.shared.ts';
import * as repo from './offers.repo.ts';
import type { NewOffer, Offer, OfferChanges, OfferListQuery } from './offers.schema.ts';

const OFFER = msg('Volunteering offer', 'oferta wolontariatu');

async function offerValues(
  db: Kysely<DB>,
  input: Omit<NewOffer, 'organizationId'>,
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
export const isPublicOffer = (row: repo.OfferRow, now = new Date()) =>
  row.status === 'open' && (row.end_date === null || row.end_date >= today(now));

/** An offer as the actor may see it: public ones for all, others for staff and the organization's members. */
export async function loadOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = isId(id) ? await repo.findOffer(db, id, options) : undefined;
  if (!row) throw notFound(OFFER);
  const manages = may(actor, 'offer.manage', {
    representativeIds: row.representative_ids,
    centerId: row.center_id,
  });
  if (!manages && !isPublicOffer(row)) throw notFound(OFFER);
  return { row, manages };
}

/** For changes and for what only the organization may see: 401, 403 or the offer. */
export async function loadManagedOffer(
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

export async function createOffer(db: Kysely<DB>, actor: Actor | null, input: NewOffer): Promise<Offer> {
  requireActor(actor);
  const organization = await findBeneficiaryForService(db, input.organizationId);
  if (!organization || organization.erased) {
    throw invalidField('organizationId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  if (
    !may(actor, 'offer.manage', {
      representativeIds: organization.representativeIds,
      centerId: input.centerId ?? null,
    })
  )
    throw forbidden();
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
  // A member's offer is public only once the centre's staff have reviewed it.
  const reviewed = may(actor, 'offer.review', { centerId: values.centerId });
  if (!reviewed && values.status === 'open') values.status = 'pending_review';
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
    return repo.toOffer((await repo.findOffer(trx, id)) as repo.OfferRow);
  });
}

export async function listOffers(
  db: Kysely<DB>,
  actor: Actor | null,
  query: OfferListQuery,
  now = new Date(),
): Promise<Page<Offer>> {
  if (query.organizationId !== undefined && !isId(query.organizationId))
    return { items: [], nextCursor: null };
  const all = may(actor, 'offer.listAll');
  const rows = await repo.selectOffers(db, {
    ...query,
    // Everyone sees open offers; staff all; members also their organizations' closed ones.
    publicOn: all ? undefined : today(now),
    orRepresentedBy: !all && may(actor, 'offer.listRepresented') ? actor?.id : undefined,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), repo.toOffer);
}

export async function getOffer(db: Kysely<DB>, actor: Actor | null, id: string) {
  return repo.toOffer((await loadOffer(db, actor, id)).row);
}

export async function updateOffer(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: OfferChanges,
): Promise<Offer> {
  return db.transaction().execute(async (trx) => {
    const row = await loadManagedOffer(trx, actor, id, { forUpdate: true });
    const keep = <K extends keyof typeof changes>(key: K, current: (typeof changes)[K]) =>
      changes[key] !== undefined ? changes[key] : current;
    const values = await offerValues(trx, {
      centerId: keep('centerId', row.center_id),
      title: keep('title', row.title) as string,
      description: keep('description', row.description),
      skills: keep('skills', row.skills as OfferChanges['skills']) as NewOffer['skills'],
      district: keep('district', row.district),
      start: keep('start', row.start_date),
      end: keep('end', row.end_date),
      volunteersNeeded: keep('volunteersNeeded', row.volunteers_needed) as number,
      hoursPerWeek: keep('hoursPerWeek', row.hours_per_week),
      status: keep('status', row.status),
    });
    // Only staff publish: a member may close its offer, not open one still under review.
    if (
      values.status === 'open' &&
      row.status !== 'open' &&
      !may(actor, 'offer.review', { centerId: values.centerId })
    ) {
      throw new AppError(
        'forbidden',
        msg(
          "The centre's staff publish an offer after reviewing it.",
          'Ofertę publikuje zespół centrum po jej sprawdzeniu.',
        ),
      );
    }
    await repo.updateOfferRow(trx, row.id, values);
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'update',
      entity: 'volunteer_offer',
      entityId: row.id,
      fields: Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined),
    });
    return repo.toOffer((await repo.findOffer(trx, row.id)) as repo.OfferRow);
  });
}

import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import type { Page } from '../../../lib/pagination.ts';
import { type Actor, authorize, requireActor } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { DEFAULT_TIMEZONE } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/index.ts';
import { changedFields, decodeKeyCursor, type PageQuery, stored, toKeyPage } from '../centers.shared.ts';
import {
  assertOpeningHours,
  assertTimeZone,
  DEFAULT_OPENING_HOURS,
  normalizeOpenHolidays,
} from '../opening/opening.hours.ts';
import * as repo from './centers.repo.ts';
import type { Center, CenterChanges, CenterInput } from './centers.schema.ts';

const CENTER = msg('Centre', 'centrum');

/** The one mapping of a centres row to a Center. */
export function toCenter(row: repo.CenterRow): Center {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    district: row.district,
    timezone: row.timezone,
    openingHours: row.opening_hours,
    openHolidays: row.open_holidays,
    email: row.email,
    phone: row.phone,
    description: row.description,
    accessibility: row.accessibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function createCenter(db: Kysely<DB>, actor: Actor | null, input: CenterInput): Promise<Center> {
  authorize(actor, 'center.create');
  const timezone = assertTimeZone(input.timezone ?? DEFAULT_TIMEZONE);
  const openingHours = input.openingHours ?? DEFAULT_OPENING_HOURS;
  assertOpeningHours(openingHours);
  const openHolidays = normalizeOpenHolidays(input.openHolidays ?? []);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertCenter(trx, {
      name: input.name,
      address: input.address,
      district: input.district ?? null,
      timezone,
      openingHours,
      openHolidays,
      email: input.email ?? null,
      phone: blankToNull(input.phone) ?? null,
      description: blankToNull(input.description) ?? null,
      accessibility: blankToNull(input.accessibility) ?? null,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'center',
      entityId: id,
      fields: changedFields(input),
    });
    return toCenter(stored(await repo.findCenterById(trx, id)));
  });
}

export async function listCenters(db: Kysely<DB>, query: PageQuery): Promise<Page<Center>> {
  const rows = await repo.selectCenters(db, { limit: query.limit, after: decodeKeyCursor(query.cursor) });
  return toKeyPage(rows, query.limit, (row) => row.name, toCenter);
}

/** A centre by id for other modules (no permission check), or undefined for unknown ids. */
export async function findCenter(db: Kysely<DB>, id: string): Promise<Center | undefined> {
  const row = isId(id) ? await repo.findCenterById(db, id) : undefined;
  return row ? toCenter(row) : undefined;
}

export async function getCenter(db: Kysely<DB>, id: string): Promise<Center> {
  const center = await findCenter(db, id);
  if (!center) throw notFound(CENTER);
  return center;
}

export async function updateCenter(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: CenterChanges,
): Promise<Center> {
  requireActor(actor);
  return db.transaction().execute(async (trx) => {
    const existing = isId(id) ? await repo.lockCenterById(trx, id) : undefined;
    if (!existing) throw notFound(CENTER);
    authorize(actor, 'center.update', { centerId: id });
    const timezone = changes.timezone === undefined ? undefined : assertTimeZone(changes.timezone);
    if (changes.openingHours) assertOpeningHours(changes.openingHours);
    const openHolidays = changes.openHolidays && normalizeOpenHolidays(changes.openHolidays);
    await repo.updateCenterRow(trx, id, {
      name: changes.name,
      address: changes.address,
      district: changes.district,
      timezone,
      openingHours: changes.openingHours,
      openHolidays,
      email: changes.email,
      phone: blankToNull(changes.phone),
      description: blankToNull(changes.description),
      accessibility: blankToNull(changes.accessibility),
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'center',
      entityId: id,
      fields: changedFields(changes),
    });
    return toCenter(stored(await repo.findCenterById(trx, id)));
  });
}

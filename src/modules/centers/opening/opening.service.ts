import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { AppError, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import type { Page } from '../../../lib/pagination.ts';
import { type Actor, authorize, requireActor } from '../../../lib/policy.ts';
import { daysBetween, eachDate, isCalendarDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/index.ts';
import * as centersRepo from '../centers/centers.repo.ts';
import { getCenter } from '../centers/centers.service.ts';
import { decodeKeyCursor, stored, toKeyPage } from '../centers.shared.ts';
import { loadCenterCalendar, toClosure } from './opening.calendar.ts';
import * as repo from './opening.repo.ts';
import type { CenterDays, Closure, ClosureInput, ClosuresQuery } from './opening.schema.ts';

const CENTER = msg('Centre', 'centrum');
const CLOSURE = msg('Closure', 'dzień zamknięcia');

/** The days view covers at most a year (a leap year included). */
export const MAX_CALENDAR_DAYS = 366;

/** The centre whose closures staff change: 401 for the anonymous, 404 unknown, 403 not its staff. */
async function centerForClosures(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  const center = isId(id) ? await centersRepo.findCenterById(db, id) : undefined;
  if (!center) throw notFound(CENTER);
  authorize(actor, 'center.manageClosures', { centerId: id });
  return center;
}

export async function createClosure(
  db: Kysely<DB>,
  actor: Actor | null,
  centerId: string,
  input: ClosureInput,
): Promise<Closure> {
  requireActor(actor);
  return db.transaction().execute(async (trx) => {
    await centerForClosures(trx, actor, centerId);
    if (input.to < input.from) {
      throw invalidField(
        'to',
        msg('must be the same day as from or later', 'musi być tym samym dniem co from lub późniejszym'),
      );
    }
    const id = await repo.insertClosure(trx, { centerId, ...input, createdBy: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'center_closure',
      entityId: id,
      fields: ['centerId', 'from', 'to', 'reason'],
    });
    return toClosure(stored(await repo.findClosure(trx, centerId, id)));
  });
}

export async function listClosures(
  db: Kysely<DB>,
  centerId: string,
  query: ClosuresQuery,
): Promise<Page<Closure>> {
  await getCenter(db, centerId);
  const rows = await repo.selectClosures(db, {
    centerId,
    from: query.from,
    to: query.to,
    limit: query.limit,
    after: decodeKeyCursor(query.cursor, isCalendarDate),
  });
  return toKeyPage(rows, query.limit, (row) => row.from_date, toClosure);
}

export async function deleteClosure(
  db: Kysely<DB>,
  actor: Actor | null,
  centerId: string,
  closureId: string,
): Promise<void> {
  requireActor(actor);
  await db.transaction().execute(async (trx) => {
    await centerForClosures(trx, actor, centerId);
    const closure = isId(closureId) ? await repo.findClosure(trx, centerId, closureId) : undefined;
    if (!closure) throw notFound(CLOSURE);
    await repo.deleteClosureRow(trx, closureId);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'center_closure',
      entityId: closureId,
      fields: ['centerId', 'from', 'to', 'reason'],
    });
  });
}

export async function listCenterDays(
  db: Kysely<DB>,
  centerId: string,
  query: { from: string; to: string },
): Promise<CenterDays> {
  const center = await getCenter(db, centerId);
  const span = daysBetween(query.from, query.to) + 1;
  if (span < 1 || span > MAX_CALENDAR_DAYS) {
    throw new AppError(
      'bad_request',
      msg(
        `Ask for 1 to ${MAX_CALENDAR_DAYS} days, with to on or after from.`,
        `Podaj od 1 do ${MAX_CALENDAR_DAYS} dni, z to nie wcześniejszym niż from.`,
      ),
      [{ path: 'querystring.to', message: `from..to must span 1 to ${MAX_CALENDAR_DAYS} days` }],
    );
  }
  const calendar = await loadCenterCalendar(db, center, query.from, query.to);
  return {
    centerId: center.id,
    timezone: center.timezone,
    days: eachDate(query.from, query.to).map(calendar.day),
  };
}

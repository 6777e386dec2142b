import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isExclusionViolation } from '../../../lib/db-errors.ts';
import { AppError, conflict, invalidField, msg, notFound, ruleViolations } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize, requireActor } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findCenter } from '../../centers/index.ts';
import * as repo from './advisors.repo.ts';
import type { AvailabilityQuery, AvailabilityWindow, WindowInput } from './advisors.schema.ts';
import { loadAdvisor } from './advisors.service.ts';

// Availability: windows in which appointments may be booked

const WINDOW = msg('Availability window', 'okno dostępności');
const DAY = 24 * 3600_000;
const MAX_AVAILABILITY_DAYS = 93;

export function toWindow(row: repo.WindowRow): AvailabilityWindow {
  return {
    id: row.id,
    advisorId: row.advisor_id,
    centerId: row.center_id,
    start: row.start_at,
    end: row.end_at,
    createdAt: row.created_at,
  };
}

export async function addAvailability(
  db: Kysely<DB>,
  actor: Actor | null,
  advisorId: string,
  input: WindowInput,
): Promise<AvailabilityWindow> {
  requireActor(actor);
  const advisor = await loadAdvisor(db, advisorId);
  if (!isId(input.centerId) || !(await findCenter(db, input.centerId))) {
    throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  }
  authorize(actor, 'availability.manage', { centerId: input.centerId, ownerId: advisor.user_id });
  if (!advisor.center_ids.includes(input.centerId)) {
    throw ruleViolations([
      {
        rule: 'not_advisor_center',
        path: 'centerId',
        text: msg('The advisor does not serve this centre.', 'Doradca nie przyjmuje w tym centrum.'),
      },
    ]);
  }
  if (input.end <= input.start) {
    throw ruleViolations([
      {
        rule: 'end_before_start',
        path: 'end',
        text: msg('the end must be after the start', 'koniec musi być po początku'),
      },
    ]);
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await repo.insertWindow(trx, { advisorId: advisor.id, ...input, createdBy: actor.id });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'advisor_availability',
        entityId: row.id,
        fields: ['start', 'end', 'centerId'],
      });
      return toWindow(row);
    });
  } catch (error) {
    if (isExclusionViolation(error)) {
      const overlapping = await repo.selectOverlappingWindows(db, advisor.id, input.start, input.end);
      throw conflict(
        msg('The advisor already has availability at that time.', 'Doradca ma już dostępność w tym czasie.'),
        { conflicts: overlapping.map(toWindow) },
      );
    }
    throw error;
  }
}

export async function removeAvailability(
  db: Kysely<DB>,
  actor: Actor | null,
  advisorId: string,
  windowId: string,
) {
  requireActor(actor);
  const advisor = await loadAdvisor(db, advisorId);
  const window = isId(windowId) ? await repo.findWindow(db, windowId) : undefined;
  if (!window || window.advisor_id !== advisor.id) throw notFound(WINDOW);
  authorize(actor, 'availability.manage', { centerId: window.center_id, ownerId: advisor.user_id });
  await db.transaction().execute(async (trx) => {
    await repo.deleteWindow(trx, window.id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'delete',
      entity: 'advisor_availability',
      entityId: window.id,
    });
  });
}

/** Public: the windows and the busy times (times only) of an advisor between from and to. */
export async function getAvailability(
  db: Kysely<DB>,
  advisorId: string,
  query: AvailabilityQuery,
  now = new Date(),
) {
  const advisor = await loadAdvisor(db, advisorId);
  const from = query.from ?? now;
  const to = query.to ?? new Date(from.getTime() + 31 * DAY);
  const span = (to.getTime() - from.getTime()) / DAY;
  if (!(span > 0 && span <= MAX_AVAILABILITY_DAYS)) {
    throw new AppError(
      'bad_request',
      msg(
        `Ask for at most ${MAX_AVAILABILITY_DAYS} days, with to after from.`,
        `Podaj najwyżej ${MAX_AVAILABILITY_DAYS} dni, z to późniejszym niż from.`,
      ),
      [{ path: 'querystring.to', message: `from..to must span at most ${MAX_AVAILABILITY_DAYS} days` }],
    );
  }
  const windows = await repo.selectWindows(db, advisor.id, from, to);
  const busy = await repo.selectBusy(db, advisor.id, from, to);
  return {
    advisorId: advisor.id,
    windows: windows.map(toWindow),
    busy: busy.map((each) => ({ start: each.start_at, end: each.end_at })),
  };
}

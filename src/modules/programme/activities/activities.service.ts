import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { isExclusionViolation } from '../../../lib/db-errors.ts';
import { invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, allowed, authorize, visibleScope } from '../../../lib/policy.ts';
import { expandRecurrence, type Occurrence } from '../../../lib/recurrence.ts';
import { blankToNull } from '../../../lib/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { holdRoomForActivity } from '../../bookings/index.ts';
import { findCenter } from '../../centers/index.ts';
import { selectActivityFeedbackStats } from '../feedback/feedback.repo.ts';
import * as repo from './activities.repo.ts';
import { checkActivityRules, roomConflict, roomOfCenter, rule } from './activities.rules.ts';
import {
  type ActivityDetail,
  type ActivityInput,
  type ActivityQuery,
  toActivity,
  toSession,
} from './activities.schema.ts';

export const ACTIVITY = msg('Activity', 'zajęcia');

/**
 * Creates an activity: one-off, or a series expanded in the centre's zone. With a room, every
 * session holds it like a booking, under the same exclusion constraint (409 on overlap).
 */
export async function createActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  input: ActivityInput,
): Promise<ActivityDetail> {
  authorize(actor, 'activity.create');
  const center = isId(input.centerId) ? await findCenter(db, input.centerId) : undefined;
  if (!center) throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  authorize(actor, 'activity.manage', { centerId: center.id });
  const room = input.roomId ? await roomOfCenter(db, input.roomId, center) : undefined;
  if (input.end <= input.start) {
    throw rule(
      'end_before_start',
      'end',
      msg('the end must be after the start', 'koniec musi być po początku'),
    );
  }
  let occurrences: Occurrence[] = [{ start: input.start, end: input.end }];
  if (input.recurrence) {
    const expansion = expandRecurrence(input.recurrence.rrule, input.start, input.end, center.timezone);
    if (!expansion.ok) throw invalidField('recurrence.rrule', expansion.message, { rule: 'recurrence' });
    occurrences = expansion.occurrences;
  }
  const capacity = input.capacity ?? room?.capacity ?? null;
  await checkActivityRules(db, {
    center,
    room,
    capacity,
    occurrences,
    opensAt: input.registrationOpensAt ?? null,
    closesAt: input.registrationClosesAt ?? null,
    override: input.override === true,
    checkHours: true,
  });

  let id: string;
  try {
    id = await db.transaction().execute(async (trx) => {
      const activityId = await repo.insertActivity(trx, {
        centerId: center.id,
        kind: input.kind,
        title: input.title,
        description: blankToNull(input.description) ?? null,
        audience: blankToNull(input.audience) ?? null,
        roomId: room?.id ?? null,
        capacity,
        start: (occurrences[0] as Occurrence).start,
        end: (occurrences.at(-1) as Occurrence).end,
        rrule: input.recurrence?.rrule ?? null,
        registrationOpensAt: input.registrationOpensAt ?? null,
        registrationClosesAt: input.registrationClosesAt ?? null,
        published: input.published ?? true,
        createdBy: actor.id,
      });
      const bookingIds = room
        ? await holdRoomForActivity(trx, {
            roomId: room.id,
            centerId: center.id,
            title: input.title,
            occurrences,
            requestedBy: actor.id,
          })
        : [];
      await repo.insertSessions(
        trx,
        activityId,
        occurrences.map((occurrence, index) => ({ ...occurrence, bookingId: bookingIds[index] ?? null })),
      );
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'activity',
        entityId: activityId,
        fields: Object.keys(input).filter((key) => key !== 'override'),
      });
      return activityId;
    });
  } catch (error) {
    if (isExclusionViolation(error) && room) throw await roomConflict(db, room.id, occurrences);
    throw error;
  }
  return detailOf(db, id, true);
}

/**
 * The activity if the actor may know it: unpublished ones only for the centre's staff
 * (`staff`: the actor manages it).
 */
export async function loadActivity(db: Kysely<DB>, actor: Actor | null, id: string) {
  return visibleActivity(actor, isId(id) ? await repo.findActivity(db, id) : undefined);
}

/** The activity if the actor may see it (staff see their centres' unpublished ones), with whether it is staff. */
export function visibleActivity(actor: Actor | null, row: repo.ActivityRow | undefined) {
  if (!row) throw notFound(ACTIVITY);
  const staff = allowed(actor, 'activity.manage', { centerId: row.center_id });
  if (!row.published && !staff) throw notFound(ACTIVITY);
  return { row, staff };
}

export async function detailOf(db: Kysely<DB>, id: string, staff: boolean): Promise<ActivityDetail> {
  const row = (await repo.findActivity(db, id)) as repo.ActivityRow;
  const sessions = (await repo.selectSessions(db, id)).map(toSession);
  const detail: ActivityDetail = { ...toActivity(row), sessions };
  if (staff) detail.feedback = await selectActivityFeedbackStats(db, id);
  return detail;
}

export async function getActivity(db: Kysely<DB>, actor: Actor | null, id: string): Promise<ActivityDetail> {
  const { row, staff } = await loadActivity(db, actor, id);
  return detailOf(db, row.id, staff);
}

/** The programme: published activities; the staff also see their centres' unpublished ones. */
export async function listActivities(db: Kysely<DB>, actor: Actor | null, query: ActivityQuery) {
  if (query.centerId !== undefined && !isId(query.centerId)) return { items: [], nextCursor: null };
  const scope = actor ? visibleScope(actor) : null;
  const unpublished: repo.ActivityFilter['unpublished'] = !scope
    ? 'none'
    : scope.all
      ? 'all'
      : { centerIds: scope.centerIds };
  const rows = await repo.selectActivityPage(db, {
    centerId: query.centerId,
    kind: query.kind,
    status: query.status,
    from: query.from,
    to: query.to,
    unpublished,
    order: query.order ?? 'desc',
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.start_at, id: row.id }), toActivity);
}

import type { Kysely } from 'kysely';
import { ACTIVITY_KINDS, APPOINTMENT_KINDS } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { AppError, conflict, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize, requireActor, visibleScope } from '../../../lib/policy.ts';
import { blankToNull } from '../../../lib/text.ts';
import { DEFAULT_TIMEZONE, daysBetween, zonedInstant } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/index.ts';
import { type Center, findCenter } from '../../centers/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { feedbackFigures } from '../../reports/index.ts';
import { rule } from '../activities/activities.rules.ts';
import { loadActivity } from '../activities/activities.service.ts';
import { findRegistration } from '../registrations/registrations.repo.ts';
import * as repo from './feedback.repo.ts';
import {
  type Feedback,
  type FeedbackInput,
  type FeedbackSummary,
  type FeedbackSummaryQuery,
  toFeedback,
} from './feedback.schema.ts';

// Feedback: once per attended registration, by a representative of the beneficiary

export async function giveActivityFeedback(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  input: FeedbackInput,
  now = new Date(),
): Promise<Feedback> {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, activityId);
  const registration = isId(input.registrationId)
    ? await findRegistration(db, input.registrationId)
    : undefined;
  if (!registration || registration.activity_id !== row.id) {
    throw invalidField(
      'registrationId',
      msg('no such registration of this activity', 'nie ma takiego zapisu na te zajęcia'),
    );
  }
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  authorize(actor, 'activity.feedback', { representativeIds: beneficiary?.representativeIds ?? [] });
  if (row.start_at > now) {
    throw rule(
      'not_held_yet',
      'registrationId',
      msg('The activity has not taken place yet.', 'Zajęcia jeszcze się nie odbyły.'),
    );
  }
  if (
    registration.status !== 'registered' ||
    !(registration.attended_seats && registration.attended_seats > 0)
  ) {
    throw rule(
      'not_attended',
      'registrationId',
      msg(
        'Only participants who attended may rate the activity.',
        'Ocenić zajęcia mogą tylko obecni na nich uczestnicy.',
      ),
    );
  }
  const given = () =>
    conflict(msg('Feedback for this registration was already given.', 'Ten zapis ma już ocenę.'), {
      registrationId: registration.id,
    });
  try {
    const feedback = await db.transaction().execute(async (trx) => {
      if (await repo.findFeedbackOfRegistration(trx, registration.id)) throw given();
      const created = await repo.insertActivityFeedback(trx, {
        activityId: row.id,
        registrationId: registration.id,
        rating: input.rating,
        comment: blankToNull(input.comment) ?? null,
        givenBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'activity_feedback',
        entityId: created.id,
        fields: ['rating', ...(input.comment ? ['comment'] : [])],
      });
      return created;
    });
    return toFeedback(feedback);
  } catch (error) {
    if (isUniqueViolation(error)) throw given();
    throw error;
  }
}

type Average = { count: number; average: number | null };

function summarize<K extends string>(
  kinds: readonly K[],
  rows: { kind: string; count: number; average: number }[],
) {
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind, { count: 0, average: null } as Average]),
  ) as Record<K, Average>;
  let count = 0;
  let sum = 0;
  for (const row of rows) {
    byKind[row.kind as K] = { count: row.count, average: round(row.average) };
    count += row.count;
    sum += row.average * row.count;
  }
  return { count, average: count ? round(sum / count) : null, byKind };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Average ratings of activities and appointments that started in the local days from..to,
 * per kind (staff: admins all centres, coordinators theirs).
 */
export async function feedbackSummary(
  db: Kysely<DB>,
  actor: Actor | null,
  query: FeedbackSummaryQuery,
): Promise<FeedbackSummary> {
  authorize(actor, 'feedback.summarize');
  let center: Center | undefined;
  if (query.centerId !== undefined) {
    center = isId(query.centerId) ? await findCenter(db, query.centerId) : undefined;
    if (!center) throw notFound(msg('Centre', 'centrum'));
    authorize(actor, 'feedback.summary', { centerId: center.id });
  }
  if (daysBetween(query.from, query.to) < 0) {
    throw new AppError('bad_request', msg('to must be on or after from.', 'to nie może być przed from.'), [
      { path: 'querystring.to', message: 'before from' },
    ]);
  }
  const zone = center?.timezone ?? DEFAULT_TIMEZONE;
  const from = zonedInstant(query.from, '00:00', zone);
  const to = zonedInstant(query.to, '24:00', zone);
  const scope = visibleScope(actor);
  const centerIds = center ? [center.id] : scope.all ? undefined : scope.centerIds;
  const figures = await feedbackFigures(db, { from, to, centers: centerIds ?? null });
  const activities = figures.filter((row) => row.service === 'activity');
  const advice = figures.filter((row) => row.service === 'advice');
  return {
    period: { from: query.from, to: query.to },
    centerIds: centerIds ?? null,
    activities: summarize(ACTIVITY_KINDS, activities),
    advice: summarize(APPOINTMENT_KINDS, advice),
  };
}

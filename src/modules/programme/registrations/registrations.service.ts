import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, RegistrationStatus } from '../../../db/schema.ts';
import { isUniqueViolation } from '../../../lib/db-errors.ts';
import { conflict, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, invalidCursor, toPage } from '../../../lib/pagination.ts';
import { type Actor, allowed, authorize, requireActor, visibleScope } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findBeneficiaryForService } from '../../registry/index.ts';
import { type ActivityRow, lockActivity } from '../activities/activities.repo.ts';
import { assertScheduled, rule } from '../activities/activities.rules.ts';
import { closesAt } from '../activities/activities.schema.ts';
import { loadActivity, visibleActivity } from '../activities/activities.service.ts';
import { registrationMessages } from './registrations.mail.ts';
import * as repo from './registrations.repo.ts';
import {
  type CancelledRegistration,
  type MyRegistration,
  type MyRegistrationQuery,
  type Registration,
  type RegistrationInput,
  type RegistrationQuery,
  toRegistration,
} from './registrations.schema.ts';
import { promoteWaitlisted } from './registrations.waitlist.ts';

const REGISTRATION = msg('Registration', 'zapis');

// Registration: counted and written under the activity's row lock, so never more seats than capacity

export async function registerForActivity(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  input: RegistrationInput,
  now = new Date(),
): Promise<Registration> {
  requireActor(actor);
  const beneficiaryId = isId(input.beneficiaryId) ? input.beneficiaryId : null;
  try {
    // Four statements in all: BEGIN, the locked read of everything, the write, COMMIT.
    return await db.transaction().execute(async (trx) => {
      const context = isId(activityId)
        ? await repo.lockForRegistration(trx, { activityId, beneficiaryId, registrantId: actor.id })
        : undefined;
      const { row, staff } = visibleActivity(actor, context?.activity);
      // visibleActivity answered 404 for a missing activity, so the context is there.
      const found = context as repo.RegistrationContext;
      const { beneficiary, live } = found;
      if (!beneficiary || beneficiary.erased) {
        throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
      }
      authorize(actor, 'activity.register', {
        centerId: row.center_id,
        representativeIds: beneficiary.representativeIds,
      });
      const seats = input.seats ?? 1;
      checkRegistrationWindow(row, seats, staff, now);
      assertScheduled(row, 'register');
      if (live) throw alreadyRegistered(live.id, live.status);
      // The locked row is the newest: its counts hold every registration committed before.
      const status: RegistrationStatus =
        row.capacity === null || row.seats_taken + seats <= row.capacity ? 'registered' : 'waitlisted';
      const registration = {
        id: randomUUID(),
        activity_id: row.id,
        beneficiary_id: beneficiary.id,
        beneficiary_name: beneficiary.name,
        seats,
        status,
        registered_by: actor.id,
        position: status === 'waitlisted' ? row.waitlisted + 1 : null,
        attended_seats: null,
        promoted_at: null,
        cancelled_at: null,
        cancel_reason: null,
      };
      const mail = registrationMessages(
        status === 'registered' ? 'registration_confirmed' : 'registration_waitlisted',
        { ...found, registration, activity: row },
      );
      const written = await repo.insertRegistrationWithRecords(trx, {
        registration: {
          id: registration.id,
          activityId: row.id,
          beneficiaryId: beneficiary.id,
          seats,
          status,
          registeredBy: actor.id,
        },
        audit: {
          actorId: actor.id,
          action: status === 'registered' ? 'register' : 'waitlist',
          entity: 'activity_registration',
          entityId: registration.id,
          fields: ['activity', 'beneficiary', 'seats'],
          centerId: row.center_id,
        },
        mail,
        events: [
          {
            type: 'registration.created',
            data: {
              registrationId: registration.id,
              activityId: row.id,
              centerId: row.center_id,
              beneficiaryId: beneficiary.id,
            },
          },
        ],
        at: now,
      });
      return toRegistration({ ...registration, ...written });
    });
  } catch (error) {
    // The unique index backs the check above should two requests slip past it.
    if (isUniqueViolation(error) && beneficiaryId) {
      const existing = await repo.findLiveRegistration(db, activityId, beneficiaryId);
      throw alreadyRegistered(existing?.id ?? null, existing?.status ?? null);
    }
    throw error;
  }
}

/** The seats asked for, and, for members, the registration window. Staff may register anyone at any time. */
function checkRegistrationWindow(row: ActivityRow, seats: number, staff: boolean, now: Date) {
  if (row.capacity !== null && seats > row.capacity) {
    throw rule(
      'seats_over_capacity',
      'seats',
      msg(`The activity has ${row.capacity} seats in all.`, `Zajęcia mają łącznie ${row.capacity} miejsc.`),
    );
  }
  // The window binds members; staff may register anyone at any time (backfilling paper lists too).
  if (staff) return;
  if (row.end_at <= now) {
    throw rule('in_past', 'activityId', msg('The activity is over.', 'Zajęcia już się odbyły.'));
  }
  if (row.registration_opens_at && now < row.registration_opens_at) {
    throw rule(
      'registration_not_open',
      'activityId',
      msg(
        `Registration opens at ${row.registration_opens_at.toISOString()}.`,
        `Zapisy otwierają się ${row.registration_opens_at.toISOString()}.`,
      ),
    );
  }
  if (now >= closesAt(row)) {
    throw rule('registration_closed', 'activityId', msg('Registration is closed.', 'Zapisy są zamknięte.'));
  }
}

const alreadyRegistered = (registrationId: string | null, status: string | null) =>
  conflict(
    msg(
      'This beneficiary is already registered for the activity.',
      'Ten beneficjent jest już zapisany na te zajęcia.',
    ),
    { registrationId, status },
  );

export async function cancelRegistration(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  registrationId: string,
  input: { reason?: string },
  now = new Date(),
): Promise<CancelledRegistration> {
  requireActor(actor);
  const { row, staff } = await loadActivity(db, actor, activityId);
  const { registration } = await loadRegistration(db, actor, row, registrationId);
  if (!staff && row.end_at <= now) {
    throw rule('in_past', 'registrationId', msg('The activity is over.', 'Zajęcia już się odbyły.'));
  }
  const promoted = await db.transaction().execute(async (trx) => {
    await lockActivity(trx, row.id);
    const current = (await repo.findRegistration(trx, registration.id)) as repo.RegistrationRow;
    if (current.status === 'cancelled') {
      throw conflict(msg('The registration is already cancelled.', 'Zapis jest już odwołany.'), {
        status: current.status,
        action: 'cancel',
        allowedFrom: ['registered', 'waitlisted'],
      });
    }
    await repo.updateRegistration(
      trx,
      current.id,
      { status: 'cancelled', cancelledAt: now, cancelledBy: actor.id, reason: input.reason ?? null },
      [
        {
          type: 'registration.cancelled',
          data: {
            registrationId: current.id,
            activityId: row.id,
            centerId: row.center_id,
            beneficiaryId: current.beneficiary_id,
          },
        },
      ],
    );
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'cancel',
      entity: 'activity_registration',
      entityId: current.id,
      fields: ['status'],
      reason: input.reason ?? null,
    });
    return current.status === 'registered' ? promoteWaitlisted(trx, row.id, actor.id, now) : [];
  });
  const updated = toRegistration((await repo.findRegistration(db, registration.id)) as repo.RegistrationRow);
  return { ...updated, promoted };
}

/** A registration of this activity, if the actor is its centre's staff, made it or represents its beneficiary. */
async function loadRegistration(db: Kysely<DB>, actor: Actor, activity: ActivityRow, registrationId: string) {
  const registration = isId(registrationId) ? await repo.findRegistration(db, registrationId) : undefined;
  if (!registration || registration.activity_id !== activity.id) throw notFound(REGISTRATION);
  const beneficiary = await findBeneficiaryForService(db, registration.beneficiary_id);
  const readable = allowed(actor, 'registration.read', {
    centerId: activity.center_id,
    ownerId: registration.registered_by,
    representativeIds: beneficiary?.representativeIds ?? [],
  });
  if (!readable) throw notFound(REGISTRATION);
  return { registration, beneficiary };
}

export async function getRegistration(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  registrationId: string,
) {
  requireActor(actor);
  const { row } = await loadActivity(db, actor, activityId);
  const { registration } = await loadRegistration(db, actor, row, registrationId);
  return toRegistration(registration);
}

export async function listRegistrations(
  db: Kysely<DB>,
  actor: Actor | null,
  activityId: string,
  query: RegistrationQuery,
) {
  requireActor(actor);
  const { row, staff } = await loadActivity(db, actor, activityId);
  authorize(actor, 'registration.list', { centerId: row.center_id });
  const rows = await repo.selectRegistrationPage(db, {
    activityId: row.id,
    status: query.status,
    visibleTo: staff ? undefined : actor.id,
    limit: query.limit,
    afterQueue: decodeQueueCursor(query.cursor),
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toRegistration),
    nextCursor:
      rows.length > query.limit && last ? Buffer.from(String(last.queue)).toString('base64url') : null,
  };
}

/**
 * The caller's registrations across the programme: a member's own and its beneficiaries';
 * staff see their centres' (admins all), optionally for one beneficiary.
 */
export async function listMyRegistrations(
  db: Kysely<DB>,
  actor: Actor | null,
  query: MyRegistrationQuery,
  now = new Date(),
) {
  authorize(actor, 'registration.listMine');
  if (query.beneficiaryId !== undefined && !isId(query.beneficiaryId)) return { items: [], nextCursor: null };
  const rows = await repo.selectRegistrationsAcross(db, {
    scope: visibleScope(actor),
    beneficiaryId: query.beneficiaryId,
    status: query.status,
    upcomingFrom: query.upcoming ? now : undefined,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ at: row.created_at, id: row.id }),
    (row): MyRegistration => ({
      ...toRegistration(row),
      activity: {
        id: row.activity_id,
        title: row.activity_title,
        kind: row.activity_kind,
        centerId: row.activity_center_id,
        start: row.activity_start,
        end: row.activity_end,
        status: row.activity_status,
        recurrence: row.activity_rrule ? { rrule: row.activity_rrule } : null,
      },
    }),
  );
}

function decodeQueueCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const value = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(value) || value < 0) {
    throw invalidCursor();
  }
  return value;
}

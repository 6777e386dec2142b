import type { Kysely } from 'kysely';
import type { AppointmentKind, AppointmentStatus, DB, EngagementKind, GoalStatus } from '../../db/schema.ts';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  type Message,
  msg,
  notFound,
} from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, toPage } from '../../lib/pagination.ts';
import {
  type Action,
  type Actor,
  allowed,
  authorize,
  isStaffActor,
  isStaffOf,
  requireActor,
  type Target,
} from '../../lib/policy/index.ts';
import { blankToNull } from '../../lib/text.ts';
import { findUserContact } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type Center, findCenter } from '../centers/index.ts';
import { enqueueMail } from '../mail/index.ts';
import { findBeneficiaryForService } from '../registry/index.ts';
import * as repo from './advice.repo.ts';

/** allowed() without narrowing: after a refusal the actor is still a signed-in actor. */
const can = (actor: Actor, action: Action, target: Target = {}): boolean => allowed(actor, action, target);

export const APPOINTMENT_KINDS = [
  'consulting',
  'coaching',
  'mentoring',
] as const satisfies readonly AppointmentKind[];
export const APPOINTMENT_STATUSES = [
  'booked',
  'completed',
  'cancelled',
  'no_show',
] as const satisfies readonly AppointmentStatus[];
export const ENGAGEMENT_KINDS = ['coaching', 'mentoring'] as const satisfies readonly EngagementKind[];
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const satisfies readonly GoalStatus[];

const ADVISOR = msg('Advisor', 'doradca');
const APPOINTMENT = msg('Appointment', 'spotkanie doradcze');
const ENGAGEMENT = msg('Engagement', 'proces coachingowy lub mentoringowy');
const WINDOW = msg('Availability window', 'okno dostępności');
const DAY = 24 * 3600_000;
const MAX_AVAILABILITY_DAYS = 93;

const rule = (ruleName: string, path: string, text: Message) =>
  new AppError('validation_failed', text, [{ path, rule: ruleName, message: text.en, messagePl: text.pl }]);

// Advisors: public profiles (name, specialties, centres), kept by admins

export type Advisor = {
  id: string;
  userId: string;
  name: string;
  specialties: string[];
  centerIds: string[];
  bio: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function presentAdvisor(row: repo.AdvisorRow): Advisor {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    specialties: row.specialties,
    centerIds: row.center_ids,
    bio: row.bio,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function checkCenters(db: Kysely<DB>, centerIds: string[]) {
  const unique = [...new Set(centerIds)];
  for (const [index, centerId] of unique.entries()) {
    if (!isId(centerId) || !(await findCenter(db, centerId))) {
      throw invalidField(`centerIds.${index}`, msg('no such centre', 'nie ma takiego centrum'));
    }
  }
  return unique;
}

export async function createAdvisor(
  db: Kysely<DB>,
  actor: Actor | null,
  input: { userId: string; specialties: string[]; centerIds: string[]; bio?: string | null },
): Promise<Advisor> {
  authorize(actor, 'advisor.manage');
  const user = await findUserContact(db, input.userId);
  if (!user) throw invalidField('userId', msg('no such user', 'nie ma takiego użytkownika'));
  const centerIds = await checkCenters(db, input.centerIds);
  const existing = await repo.findAdvisorByUser(db, input.userId);
  if (existing) {
    throw conflict(
      msg('This user already has an advisor profile.', 'Ten użytkownik ma już profil doradcy.'),
      {
        advisorId: existing.id,
      },
    );
  }
  const id = await db.transaction().execute(async (trx) => {
    const advisorId = await repo.insertAdvisor(trx, {
      userId: input.userId,
      specialties: [...new Set(input.specialties)],
      bio: blankToNull(input.bio) ?? null,
    });
    await repo.replaceAdvisorCenters(trx, advisorId, centerIds);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'advisor',
      entityId: advisorId,
      fields: Object.keys(input),
    });
    return advisorId;
  });
  return presentAdvisor((await repo.findAdvisor(db, id)) as repo.AdvisorRow);
}

export async function updateAdvisor(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: { specialties?: string[]; centerIds?: string[]; bio?: string | null; active?: boolean },
): Promise<Advisor> {
  authorize(actor, 'advisor.manage');
  const advisor = isId(id) ? await repo.findAdvisor(db, id) : undefined;
  if (!advisor) throw notFound(ADVISOR);
  const centerIds = changes.centerIds && (await checkCenters(db, changes.centerIds));
  await db.transaction().execute(async (trx) => {
    await repo.updateAdvisor(trx, advisor.id, {
      specialties: changes.specialties && [...new Set(changes.specialties)],
      bio: blankToNull(changes.bio),
      active: changes.active,
    });
    if (centerIds) await repo.replaceAdvisorCenters(trx, advisor.id, centerIds);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'advisor',
      entityId: advisor.id,
      fields: Object.keys(changes),
    });
  });
  return presentAdvisor((await repo.findAdvisor(db, advisor.id)) as repo.AdvisorRow);
}

export async function getAdvisor(db: Kysely<DB>, id: string): Promise<Advisor> {
  const advisor = isId(id) ? await repo.findAdvisor(db, id) : undefined;
  if (!advisor) throw notFound(ADVISOR);
  return presentAdvisor(advisor);
}

export async function listAdvisors(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { specialty?: string; centerId?: string; includeInactive?: boolean; limit: number; cursor?: string },
) {
  if (query.centerId !== undefined && !isId(query.centerId)) return { items: [], nextCursor: null };
  const rows = await repo.selectAdvisorPage(db, {
    specialty: query.specialty,
    centerId: query.centerId,
    // Retired advisors stay listed for staff (their past appointments still count).
    includeInactive: query.includeInactive === true && isStaffActor(actor),
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), presentAdvisor);
}

// Availability: windows in which appointments may be booked

export type AvailabilityWindow = {
  id: string;
  advisorId: string;
  centerId: string;
  start: Date;
  end: Date;
  createdAt: Date;
};

function presentWindow(row: repo.WindowRow): AvailabilityWindow {
  return {
    id: row.id,
    advisorId: row.advisor_id,
    centerId: row.center_id,
    start: row.start_at,
    end: row.end_at,
    createdAt: row.created_at,
  };
}

async function loadAdvisor(db: Kysely<DB>, id: string) {
  const advisor = isId(id) ? await repo.findAdvisor(db, id) : undefined;
  if (!advisor) throw notFound(ADVISOR);
  return advisor;
}

export async function addAvailability(
  db: Kysely<DB>,
  actor: Actor | null,
  advisorId: string,
  input: { start: Date; end: Date; centerId: string },
): Promise<AvailabilityWindow> {
  requireActor(actor);
  const advisor = await loadAdvisor(db, advisorId);
  if (!isId(input.centerId) || !(await findCenter(db, input.centerId))) {
    throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  }
  authorize(actor, 'availability.manage', { centerId: input.centerId, ownerId: advisor.user_id });
  if (!advisor.center_ids.includes(input.centerId)) {
    throw rule(
      'not_advisor_center',
      'centerId',
      msg('The advisor does not serve this centre.', 'Doradca nie przyjmuje w tym centrum.'),
    );
  }
  if (input.end <= input.start) {
    throw rule(
      'end_before_start',
      'end',
      msg('the end must be after the start', 'koniec musi być po początku'),
    );
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
      return presentWindow(row);
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01') {
      const overlapping = await repo.selectOverlappingWindows(db, advisor.id, input.start, input.end);
      throw conflict(
        msg('The advisor already has availability at that time.', 'Doradca ma już dostępność w tym czasie.'),
        { conflicts: overlapping.map(presentWindow) },
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
  query: { from?: Date; to?: Date },
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
    windows: windows.map(presentWindow),
    busy: busy.map((each) => ({ start: each.start_at, end: each.end_at })),
  };
}

// Appointments

export type Appointment = {
  id: string;
  advisorId: string;
  advisorName: string;
  beneficiaryId: string;
  beneficiaryName: string;
  centerId: string;
  engagementId: string | null;
  kind: AppointmentKind;
  topic: string;
  start: Date;
  end: Date;
  status: AppointmentStatus;
  cancelReason: string | null;
  bookedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Only for the advisor of the appointment and the beneficiary's representatives. */
  notes?: string | null;
};

const targetOf = (row: repo.AppointmentRow, actor: Actor): Target => ({
  centerId: row.center_id,
  ownerId: row.advisor_user_id,
  representativeIds: row.viewer_represents ? [actor.id] : [],
});

function presentAppointment(row: repo.AppointmentRow, actor: Actor): Appointment {
  const appointment: Appointment = {
    id: row.id,
    advisorId: row.advisor_id,
    advisorName: row.advisor_name,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    centerId: row.center_id,
    engagementId: row.engagement_id,
    kind: row.kind,
    topic: row.topic,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
    cancelReason: row.cancel_reason,
    bookedBy: row.booked_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (allowed(actor, 'appointment.readNotes', targetOf(row, actor))) appointment.notes = row.notes;
  return appointment;
}

/**
 * The appointment if the actor may see it: staff of its centre, its advisor, the
 * beneficiary's representatives and whoever booked it. Anyone else gets 404.
 */
async function loadAppointment(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  const row = isId(id) ? await repo.findAppointment(db, id, actor.id) : undefined;
  if (!row) throw notFound(APPOINTMENT);
  const target = targetOf(row, actor);
  const visible =
    isStaffOf(actor, row.center_id) ||
    target.ownerId === actor.id ||
    row.viewer_represents ||
    row.booked_by === actor.id;
  if (!visible) throw notFound(APPOINTMENT);
  return { row, target };
}

export type AppointmentInput = {
  advisorId: string;
  beneficiaryId: string;
  kind: AppointmentKind;
  start: Date;
  end: Date;
  topic: string;
  engagementId?: string;
};

export async function createAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  input: AppointmentInput,
  now = new Date(),
): Promise<Appointment> {
  requireActor(actor);
  const advisor = isId(input.advisorId) ? await repo.findAdvisor(db, input.advisorId) : undefined;
  if (!advisor?.active) throw invalidField('advisorId', msg('no such advisor', 'nie ma takiego doradcy'));
  const beneficiary = isId(input.beneficiaryId)
    ? await findBeneficiaryForService(db, input.beneficiaryId)
    : undefined;
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  const target: Target = { ownerId: advisor.user_id, representativeIds: beneficiary.representativeIds };
  // Coordinators may book for the centres they run: which one is decided by the availability below.
  if (!can(actor, 'appointment.book', target) && !actor.roles.includes('coordinator')) throw forbidden();
  if (input.end <= input.start) {
    throw rule(
      'end_before_start',
      'end',
      msg('the end must be after the start', 'koniec musi być po początku'),
    );
  }
  const centerId = await repo.findCoveringCenter(db, advisor.id, input.start, input.end);
  if (!centerId) {
    throw rule(
      'outside_availability',
      'start',
      msg('The advisor is not available at that time.', 'Doradca nie jest dostępny w tym czasie.'),
    );
  }
  authorize(actor, 'appointment.book', { ...target, centerId });
  // Staff and the advisor may record appointments that already happened; members book ahead.
  if (!isStaffOf(actor, centerId) && actor.id !== advisor.user_id && input.start < now) {
    throw rule(
      'in_past',
      'start',
      msg('The start is in the past.', 'Początek spotkania jest w przeszłości.'),
    );
  }
  if (input.engagementId !== undefined) {
    const engagement = isId(input.engagementId)
      ? await repo.findEngagement(db, input.engagementId)
      : undefined;
    if (
      !engagement ||
      engagement.advisor_id !== advisor.id ||
      engagement.beneficiary_id !== beneficiary.id ||
      engagement.kind !== input.kind ||
      engagement.status !== 'active'
    ) {
      throw invalidField(
        'engagementId',
        msg(
          'no active engagement of this kind between this advisor and beneficiary',
          'brak aktywnego procesu tego rodzaju między tym doradcą a beneficjentem',
        ),
      );
    }
  }
  let id: string;
  try {
    id = await db.transaction().execute(async (trx) => {
      const appointmentId = await repo.insertAppointment(trx, {
        advisorId: advisor.id,
        beneficiaryId: beneficiary.id,
        centerId,
        engagementId: input.engagementId ?? null,
        kind: input.kind,
        topic: input.topic,
        start: input.start,
        end: input.end,
        bookedBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'book',
        entity: 'appointment',
        entityId: appointmentId,
        fields: ['advisor', 'beneficiary', 'kind', 'topic', 'time'],
      });
      await mailAppointment(
        trx,
        'appointment_booked',
        (await repo.findAppointment(trx, appointmentId, actor.id)) as repo.AppointmentRow,
      );
      return appointmentId;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01')
      throw await doubleBooking(db, advisor.id, input.start, input.end);
    throw error;
  }
  return presentAppointment((await repo.findAppointment(db, id, actor.id)) as repo.AppointmentRow, actor);
}

async function doubleBooking(db: Kysely<DB>, advisorId: string, start: Date, end: Date, exceptId?: string) {
  const rows = await repo.selectAdvisorConflicts(db, advisorId, start, end, exceptId);
  return conflict(
    msg('The advisor already has an appointment at that time.', 'Doradca ma już spotkanie w tym czasie.'),
    {
      conflicts: rows.map((row) => ({
        appointmentId: row.id,
        start: row.start_at,
        end: row.end_at,
        status: row.status,
      })),
    },
  );
}

export async function getAppointment(db: Kysely<DB>, actor: Actor | null, id: string): Promise<Appointment> {
  const { row } = await loadAppointment(db, actor, id);
  return presentAppointment(row, actor as Actor);
}

export async function listAppointments(
  db: Kysely<DB>,
  actor: Actor | null,
  query: {
    advisorId?: string;
    beneficiaryId?: string;
    centerId?: string;
    engagementId?: string;
    status?: AppointmentStatus;
    from?: Date;
    to?: Date;
    limit: number;
    cursor?: string;
  },
) {
  requireActor(actor);
  const ids = [query.advisorId, query.beneficiaryId, query.centerId, query.engagementId].filter(
    (id): id is string => id !== undefined,
  );
  const visible = await visibilityOf(db, actor);
  if (ids.some((id) => !isId(id))) return { items: [], nextCursor: null };
  const rows = await repo.selectAppointmentPage(db, actor.id, {
    advisorId: query.advisorId,
    beneficiaryId: query.beneficiaryId,
    centerId: query.centerId,
    engagementId: query.engagementId,
    status: query.status,
    from: query.from,
    to: query.to,
    visible,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ at: row.start_at, id: row.id }),
    (row) => presentAppointment(row, actor),
  );
}

/** What an actor may list: admins everything; others their centres, their own advice, their beneficiaries'. */
async function visibilityOf(db: Kysely<DB>, actor: Actor) {
  if (actor.roles.includes('admin')) return undefined;
  const own = await repo.findAdvisorByUser(db, actor.id);
  const coordinator = actor.roles.includes('coordinator');
  const member = actor.roles.includes('member');
  if (!coordinator && !member && !own) throw forbidden();
  return {
    centerIds: coordinator ? actor.centerIds : [],
    advisorId: own?.id ?? null,
    representedBy: member ? actor.id : null,
  };
}

// The workflow: booked -> completed | cancelled | no_show

type Transition = 'complete' | 'cancel' | 'no_show' | 'move';

const ALLOWED_FROM: Record<Transition, AppointmentStatus[]> = {
  complete: ['booked'],
  cancel: ['booked'],
  no_show: ['booked'],
  move: ['booked'],
};

function assertTransition(row: repo.AppointmentRow, action: Transition) {
  if (!ALLOWED_FROM[action].includes(row.status)) {
    throw conflict(
      msg(
        `A ${row.status} appointment cannot be given this action (${action}).`,
        `Spotkania o statusie ${row.status} nie można: ${action}.`,
      ),
      { status: row.status, action, allowedFrom: ALLOWED_FROM[action] },
    );
  }
}

function assertStarted(row: repo.AppointmentRow, action: Transition, now: Date) {
  if (row.start_at > now) {
    throw conflict(
      msg(
        'This can be recorded once the appointment has started.',
        'Można to odnotować dopiero po rozpoczęciu spotkania.',
      ),
      { status: row.status, action, start: row.start_at },
    );
  }
}

/** Loads, locks and re-reads the appointment inside the transaction. */
async function lockForChange(trx: Kysely<DB>, actor: Actor, id: string) {
  await repo.lockAppointment(trx, id);
  return (await repo.findAppointment(trx, id, actor.id)) as repo.AppointmentRow;
}

export async function completeAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { notes?: string },
  now = new Date(),
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  authorize(actor, 'appointment.manage', target);
  // Notes are the advisor's: other staff may close the appointment but not write in it.
  if (input.notes !== undefined) authorize(actor, 'appointment.writeNotes', target);
  return db.transaction().execute(async (trx) => {
    const current = await lockForChange(trx, actor, row.id);
    assertTransition(current, 'complete');
    assertStarted(current, 'complete', now);
    await repo.updateAppointment(trx, row.id, {
      status: 'completed',
      decidedBy: actor.id,
      ...(input.notes !== undefined && { notes: blankToNull(input.notes) ?? null }),
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'complete',
      entity: 'appointment',
      entityId: row.id,
      fields: ['status', ...(input.notes !== undefined ? ['notes'] : [])],
    });
    return presentAppointment(
      (await repo.findAppointment(trx, row.id, actor.id)) as repo.AppointmentRow,
      actor,
    );
  });
}

export async function markNoShow(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  now = new Date(),
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  authorize(actor, 'appointment.manage', target);
  return db.transaction().execute(async (trx) => {
    const current = await lockForChange(trx, actor, row.id);
    assertTransition(current, 'no_show');
    assertStarted(current, 'no_show', now);
    await repo.updateAppointment(trx, row.id, { status: 'no_show', decidedBy: actor.id });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'no_show',
      entity: 'appointment',
      entityId: row.id,
      fields: ['status'],
    });
    return presentAppointment(
      (await repo.findAppointment(trx, row.id, actor.id)) as repo.AppointmentRow,
      actor,
    );
  });
}

export async function cancelAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { reason?: string },
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  if (!can(actor as Actor, 'appointment.cancel', target) && row.booked_by !== actor?.id) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const current = await lockForChange(trx, actor as Actor, row.id);
    assertTransition(current, 'cancel');
    await repo.updateAppointment(trx, row.id, {
      status: 'cancelled',
      decidedBy: (actor as Actor).id,
      reason: input.reason ?? null,
    });
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'cancel',
      entity: 'appointment',
      entityId: row.id,
      fields: ['status'],
      reason: input.reason ?? null,
    });
    const updated = (await repo.findAppointment(trx, row.id, (actor as Actor).id)) as repo.AppointmentRow;
    await mailAppointment(trx, 'appointment_cancelled', updated);
    return presentAppointment(updated, actor as Actor);
  });
}

/**
 * Changes an appointment: its time or topic while booked (who may cancel it may move it; the
 * new time must be inside the advisor's availability and free: 422 / 409), and its notes
 * (the advisor only, also after it is completed).
 */
export async function updateAppointment(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: { start?: Date; end?: Date; topic?: string; notes?: string | null },
  now = new Date(),
): Promise<Appointment> {
  const { row, target } = await loadAppointment(db, actor, id);
  requireActor(actor);
  const moving = changes.start !== undefined || changes.end !== undefined;
  if (moving || changes.topic !== undefined) {
    if (!can(actor, 'appointment.cancel', target) && row.booked_by !== actor.id) throw forbidden();
  }
  if (changes.notes !== undefined) authorize(actor, 'appointment.writeNotes', target);
  const start = changes.start ?? row.start_at;
  const end = changes.end ?? row.end_at;
  let centerId = row.center_id;
  if (moving) {
    if (end <= start)
      throw rule(
        'end_before_start',
        'end',
        msg('the end must be after the start', 'koniec musi być po początku'),
      );
    const covering = await repo.findCoveringCenter(db, row.advisor_id, start, end);
    if (!covering) {
      throw rule(
        'outside_availability',
        'start',
        msg('The advisor is not available at that time.', 'Doradca nie jest dostępny w tym czasie.'),
      );
    }
    centerId = covering;
    if (!isStaffOf(actor, centerId) && actor.id !== row.advisor_user_id && start < now) {
      throw rule(
        'in_past',
        'start',
        msg('The start is in the past.', 'Początek spotkania jest w przeszłości.'),
      );
    }
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await lockForChange(trx, actor, row.id);
      if (moving || changes.topic !== undefined) assertTransition(current, 'move');
      await repo.updateAppointment(trx, row.id, {
        ...(moving && { start, end, centerId }),
        ...(changes.topic !== undefined && { topic: changes.topic }),
        ...(changes.notes !== undefined && { notes: blankToNull(changes.notes) ?? null }),
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'update',
        entity: 'appointment',
        entityId: row.id,
        fields: Object.keys(changes),
      });
      const updated = (await repo.findAppointment(trx, row.id, actor.id)) as repo.AppointmentRow;
      if (
        moving &&
        (start.getTime() !== current.start_at.getTime() || end.getTime() !== current.end_at.getTime())
      ) {
        await mailAppointment(trx, 'appointment_moved', updated, {
          start: current.start_at,
          end: current.end_at,
        });
      }
      return presentAppointment(updated, actor);
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23P01')
      throw await doubleBooking(db, row.advisor_id, start, end, row.id);
    throw error;
  }
}

// Feedback: once, after a completed appointment, by a representative of the beneficiary

export async function giveAppointmentFeedback(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: { rating: number; comment?: string },
) {
  const { row, target } = await loadAppointment(db, actor, id);
  authorize(actor, 'appointment.feedback', target);
  if (row.status !== 'completed') {
    throw rule(
      'not_completed',
      'appointmentId',
      msg('Only a completed appointment can be rated.', 'Ocenić można tylko odbyte spotkanie.'),
    );
  }
  const given = () =>
    conflict(msg('This appointment was already rated.', 'To spotkanie ma już ocenę.'), {
      appointmentId: row.id,
    });
  try {
    const feedback = await db.transaction().execute(async (trx) => {
      if (await repo.findAppointmentFeedback(trx, row.id)) throw given();
      const created = await repo.insertAppointmentFeedback(trx, {
        appointmentId: row.id,
        rating: input.rating,
        comment: blankToNull(input.comment) ?? null,
        givenBy: actor.id,
      });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'create',
        entity: 'appointment_feedback',
        entityId: created.id,
        fields: ['rating', ...(input.comment ? ['comment'] : [])],
      });
      return created;
    });
    return {
      id: feedback.id,
      appointmentId: feedback.appointment_id,
      rating: feedback.rating,
      comment: feedback.comment,
      createdAt: feedback.created_at,
    };
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw given();
    throw error;
  }
}

/** Ratings of appointments that started in from..to, per kind: for the programme's feedback summary. */
export function summarizeAppointmentFeedback(
  db: Kysely<DB>,
  filter: { centerIds?: string[]; from: Date; to: Date },
) {
  return repo.selectFeedbackByKind(db, filter);
}

// Engagements: coaching and mentoring of several sessions, with agreed goals

export type Goal = {
  id: string;
  ordinal: number;
  title: string;
  progress: number;
  status: GoalStatus;
  createdAt: Date;
  updatedAt: Date;
};

const presentGoal = (row: repo.GoalRow): Goal => ({
  id: row.id,
  ordinal: row.ordinal,
  title: row.title,
  progress: row.progress,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function presentEngagement(row: repo.EngagementRow) {
  return {
    id: row.id,
    advisorId: row.advisor_id,
    beneficiaryId: row.beneficiary_id,
    beneficiaryName: row.beneficiary_name,
    kind: row.kind,
    title: row.title,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** May manage the advisor's engagements: admins, coordinators of one of its centres, the advisor. */
function mayManageEngagements(actor: Actor, advisor: repo.AdvisorRow) {
  return (
    allowed(actor, 'engagement.manage', { ownerId: advisor.user_id }) ||
    advisor.center_ids.some((centerId) => allowed(actor, 'engagement.manage', { centerId }))
  );
}

async function loadEngagement(db: Kysely<DB>, actor: Actor | null, id: string) {
  requireActor(actor);
  const row = isId(id) ? await repo.findEngagement(db, id) : undefined;
  if (!row) throw notFound(ENGAGEMENT);
  const advisor = (await repo.findAdvisor(db, row.advisor_id)) as repo.AdvisorRow;
  const beneficiary = await findBeneficiaryForService(db, row.beneficiary_id);
  const manage = mayManageEngagements(actor, advisor);
  const represents = !!beneficiary?.representativeIds.includes(actor.id);
  if (!manage && !represents) throw notFound(ENGAGEMENT);
  return { row, advisor, manage };
}

async function engagementDetail(db: Kysely<DB>, actor: Actor, row: repo.EngagementRow) {
  const goals = (await repo.selectGoals(db, row.id)).map(presentGoal);
  const sessions = await repo.selectAppointmentPage(db, actor.id, { engagementId: row.id, limit: 1000 });
  return {
    ...presentEngagement(row),
    goals,
    sessions: sessions.reverse().map((each) => presentAppointment(each, actor)),
  };
}

export async function createEngagement(
  db: Kysely<DB>,
  actor: Actor | null,
  input: {
    advisorId: string;
    beneficiaryId: string;
    kind: EngagementKind;
    title?: string;
    goals: { title: string }[];
  },
) {
  requireActor(actor);
  const advisor = isId(input.advisorId) ? await repo.findAdvisor(db, input.advisorId) : undefined;
  if (!advisor?.active) throw invalidField('advisorId', msg('no such advisor', 'nie ma takiego doradcy'));
  const beneficiary = isId(input.beneficiaryId)
    ? await findBeneficiaryForService(db, input.beneficiaryId)
    : undefined;
  if (!beneficiary || beneficiary.erased) {
    throw invalidField('beneficiaryId', msg('no such beneficiary', 'nie ma takiego beneficjenta'));
  }
  if (!mayManageEngagements(actor, advisor)) throw forbidden();
  const id = await db.transaction().execute(async (trx) => {
    const engagementId = await repo.insertEngagement(trx, {
      advisorId: advisor.id,
      beneficiaryId: beneficiary.id,
      kind: input.kind,
      title: blankToNull(input.title) ?? null,
      createdBy: actor.id,
    });
    await repo.insertGoals(
      trx,
      engagementId,
      input.goals.map((goal) => goal.title),
    );
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'engagement',
      entityId: engagementId,
      fields: ['advisor', 'beneficiary', 'kind', 'goals'],
    });
    return engagementId;
  });
  return engagementDetail(db, actor, (await repo.findEngagement(db, id)) as repo.EngagementRow);
}

export async function getEngagement(db: Kysely<DB>, actor: Actor | null, id: string) {
  const { row } = await loadEngagement(db, actor, id);
  return engagementDetail(db, actor as Actor, row);
}

export async function listEngagements(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { advisorId?: string; beneficiaryId?: string; limit: number; cursor?: string },
) {
  requireActor(actor);
  const visible = await visibilityOf(db, actor);
  if ([query.advisorId, query.beneficiaryId].some((id) => id !== undefined && !isId(id))) {
    return { items: [], nextCursor: null };
  }
  const rows = await repo.selectEngagementPage(db, {
    advisorId: query.advisorId,
    beneficiaryId: query.beneficiaryId,
    visible,
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), presentEngagement);
}

export async function addGoal(db: Kysely<DB>, actor: Actor | null, id: string, input: { title: string }) {
  const { row, manage } = await loadEngagement(db, actor, id);
  if (!manage) throw forbidden();
  await db.transaction().execute(async (trx) => {
    await repo.lockEngagement(trx, row.id);
    await repo.insertGoals(trx, row.id, [input.title]);
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'add_goal',
      entity: 'engagement',
      entityId: row.id,
      fields: ['goals'],
    });
  });
  return engagementDetail(db, actor as Actor, row);
}

/** Progress of a goal, 0..100, or its status; a goal marked achieved without a figure is at 100. */
export async function updateGoal(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  goalId: string,
  changes: { title?: string; progress?: number; status?: GoalStatus },
) {
  const { row, manage } = await loadEngagement(db, actor, id);
  const goal = isId(goalId) ? await repo.findGoal(db, goalId) : undefined;
  if (!goal || goal.engagement_id !== row.id) throw notFound(msg('Goal', 'cel'));
  if (!manage) throw forbidden();
  await db.transaction().execute(async (trx) => {
    await repo.updateGoal(trx, goal.id, {
      ...changes,
      ...(changes.status === 'achieved' && changes.progress === undefined && { progress: 100 }),
    });
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'update_goal',
      entity: 'engagement',
      entityId: row.id,
      fields: Object.keys(changes),
    });
  });
  return engagementDetail(db, actor as Actor, row);
}

export async function closeEngagement(db: Kysely<DB>, actor: Actor | null, id: string) {
  const { row, manage } = await loadEngagement(db, actor, id);
  if (!manage) throw forbidden();
  if (row.status !== 'active') {
    throw conflict(msg('The engagement is already closed.', 'Proces jest już zamknięty.'), {
      status: row.status,
      action: 'close',
      allowedFrom: ['active'],
    });
  }
  await db.transaction().execute(async (trx) => {
    await repo.lockEngagement(trx, row.id);
    await repo.updateEngagementStatus(trx, row.id, 'closed');
    await recordAudit(trx, {
      actorId: (actor as Actor).id,
      action: 'close',
      entity: 'engagement',
      entityId: row.id,
      fields: ['status'],
    });
  });
  return engagementDetail(db, actor as Actor, (await repo.findEngagement(db, row.id)) as repo.EngagementRow);
}

// Mail

type AppointmentMailKind = 'appointment_booked' | 'appointment_moved' | 'appointment_cancelled';

/** Tells the advisor, the beneficiary's address and the member who booked it (if it represents the beneficiary). */
async function mailAppointment(
  db: Kysely<DB>,
  kind: AppointmentMailKind,
  row: repo.AppointmentRow,
  previous?: { start: Date; end: Date },
) {
  const beneficiary = await findBeneficiaryForService(db, row.beneficiary_id);
  const center = (await findCenter(db, row.center_id)) as Center;
  const recipients = new Map<string, 'pl' | 'en'>();
  const advisor = await findUserContact(db, row.advisor_user_id);
  if (advisor) recipients.set(advisor.email, advisor.language);
  if (row.booked_by && beneficiary?.representativeIds.includes(row.booked_by)) {
    const booker = await findUserContact(db, row.booked_by);
    if (booker && !recipients.has(booker.email)) recipients.set(booker.email, booker.language);
  }
  if (beneficiary?.email && !beneficiary.erased && !recipients.has(beneficiary.email))
    recipients.set(beneficiary.email, 'pl');
  for (const [to, language] of recipients) {
    await enqueueMail(db, {
      to,
      kind,
      language,
      data: {
        kind: row.kind,
        topic: row.topic,
        advisor: row.advisor_name,
        beneficiary: row.beneficiary_name,
        center: center.name,
        address: center.address,
        timezone: center.timezone,
        start: row.start_at,
        end: row.end_at,
        previous: previous ?? null,
        reason: row.cancel_reason,
      },
    });
  }
}

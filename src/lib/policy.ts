import { forbidden, unauthorized } from './errors.ts';

/**
 * Who may do what, in one place. Routes and services ask `authorize(actor, action, target)`;
 * the table-driven test in test/permissions.test.ts walks every role over every endpoint.
 */
export const ROLES = ['admin', 'coordinator', 'advisor', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export type Actor = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  centerIds: string[];
  /** The language the user reads mail in. */
  language?: 'pl' | 'en';
};

/**
 * What an action is done to: the centre it belongs to, the people who represent it, and the
 * user it belongs to (an advisor's own profile, availability and appointments).
 */
export type Target = { centerId?: string | null; representativeIds?: string[]; ownerId?: string | null };

type Rule = (actor: Actor, target: Target) => boolean;

const has = (actor: Actor, role: Role) => actor.roles.includes(role);
const isAdmin: Rule = (actor) => has(actor, 'admin');
const isStaff: Rule = (actor) => isAdmin(actor, {}) || has(actor, 'coordinator');
const isStaffOfCenter: Rule = (actor, target) =>
  isAdmin(actor, target) ||
  (has(actor, 'coordinator') && !!target.centerId && actor.centerIds.includes(target.centerId));
const represents: Rule = (actor, target) => !!target.representativeIds?.includes(actor.id);
const anyOf =
  (...rules: Rule[]): Rule =>
  (actor, target) =>
    rules.some((rule) => rule(actor, target));
const signedIn: Rule = () => true;
const isOwner: Rule = (actor, target) => !!target.ownerId && target.ownerId === actor.id;
const memberRepresents: Rule = (actor, target) => has(actor, 'member') && represents(actor, target);

const rules = {
  'center.create': isAdmin,
  'center.update': isStaffOfCenter,
  'center.manageClosures': isStaffOfCenter,
  'room.create': isStaffOfCenter,
  'room.update': isStaffOfCenter,
  'user.create': isAdmin,
  'user.update': isAdmin,
  'user.list': isStaff,
  'token.create': signedIn,
  // The registry is one ledger for the whole network: staff of any centre keep it.
  'beneficiary.create': anyOf(isStaff, (actor) => has(actor, 'member')),
  // May use the registry at all: all of it with listAll, otherwise only what it represents.
  'beneficiary.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  'beneficiary.listAll': anyOf(isStaff, (actor) => has(actor, 'advisor')),
  'beneficiary.read': anyOf(isStaff, (actor) => has(actor, 'advisor'), represents),
  'beneficiary.update': anyOf(isStaff, represents),
  'beneficiary.erase': isStaff,
  'beneficiary.export': anyOf(isStaff, represents),
  'beneficiary.manageRepresentatives': isStaff,
  'audit.read': isStaff,
  'outbox.read': isAdmin,
  // Programme: the centre's staff run it; members register the beneficiaries they represent.
  'activity.manage': isStaffOfCenter,
  'activity.register': anyOf(isStaffOfCenter, memberRepresents),
  'activity.feedback': represents,
  'feedback.summary': isStaffOfCenter,
  // Advice: admins keep the list of advisors; an advisor keeps its own hours and appointments.
  'advisor.manage': isAdmin,
  'availability.manage': anyOf(isStaffOfCenter, isOwner),
  'appointment.book': anyOf(isStaffOfCenter, isOwner, memberRepresents),
  'appointment.manage': anyOf(isStaffOfCenter, isOwner),
  'appointment.cancel': anyOf(isStaffOfCenter, isOwner, memberRepresents),
  // Notes are between the advisor and the beneficiary: not for other staff, never for observers.
  'appointment.readNotes': anyOf(isOwner, represents),
  'appointment.writeNotes': isOwner,
  'appointment.feedback': represents,
  'engagement.manage': anyOf(isStaffOfCenter, isOwner),
  // Volunteering: staff broker everything; members act for the beneficiaries they represent
  // (a volunteer's profile and applications, an organization's offers and decisions).
  'volunteer.register': anyOf(isStaff, memberRepresents),
  'volunteer.list': anyOf(isStaff, (actor) => has(actor, 'member')),
  'volunteer.act': anyOf(isStaff, memberRepresents),
  'offer.manage': anyOf(isStaff, memberRepresents),
  // Knowledge base: staff write; members-only articles are for anyone signed in.
  'article.manage': isStaff,
  'article.readMembers': signedIn,
  // Incubation: staff manage all; the mentor (ownerId) works on its own; members see their beneficiaries'.
  'initiative.manage': isStaff,
  'initiative.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  'initiative.work': anyOf(isStaff, isOwner),
  'initiative.read': anyOf(isStaff, isOwner, memberRepresents),
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

export function allowed(actor: Actor | null, action: Action, target: Target = {}): actor is Actor {
  return actor !== null && rules[action](actor, target);
}

/** Throws 401 for the anonymous and 403 for the signed-in who may not. */
export function authorize(actor: Actor | null, action: Action, target: Target = {}): asserts actor is Actor {
  if (actor === null) throw unauthorized();
  if (!allowed(actor, action, target)) throw forbidden();
}

export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (actor === null) throw unauthorized();
}

export function isStaffActor(actor: Actor | null): boolean {
  return actor !== null && isStaff(actor, {});
}

export function isStaffOf(actor: Actor | null, centerId: string): boolean {
  return actor !== null && isStaffOfCenter(actor, { centerId });
}

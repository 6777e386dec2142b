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
};

/** What an action is done to: the centre it belongs to, the people who represent it. */
export type Target = { centerId?: string | null; representativeIds?: string[] };

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

import { type Actor, type Role, rolesInclude, type Target } from '../policy.ts';

/** A named condition on who asks and what it is asked about; rules are built from these. */

export type Rule = (actor: Actor, target: Target) => boolean;

export const has = (actor: Actor, role: Role) => rolesInclude(actor.roles, role);
export const isAdmin: Rule = (actor) => has(actor, 'admin');
export const isStaff: Rule = (actor) => isAdmin(actor, {}) || has(actor, 'coordinator');
export const isStaffOfCenter: Rule = (actor, target) =>
  isAdmin(actor, target) ||
  (has(actor, 'coordinator') && !!target.centerId && actor.centerIds.includes(target.centerId));
export const represents: Rule = (actor, target) => !!target.representativeIds?.includes(actor.id);
/** The actor advises the beneficiary: it has appointments or engagements with it. */
export const serves: Rule = (actor, target) => !!target.advisorIds?.includes(actor.id);
export const anyOf =
  (...rules: Rule[]): Rule =>
  (actor, target) =>
    rules.some((rule) => rule(actor, target));
export const allOf =
  (...rules: Rule[]): Rule =>
  (actor, target) =>
    rules.every((rule) => rule(actor, target));
export const signedIn: Rule = () => true;
export const isOwner: Rule = (actor, target) => !!target.ownerId && target.ownerId === actor.id;
export const memberRepresents: Rule = (actor, target) => has(actor, 'member') && represents(actor, target);
/**
 * A member account that represents the target and is no staff: who reads what is confidential
 * between a beneficiary and its advisor or mentor. A staff account that is also a member and a
 * representative does not (it could make itself one, or be made one, to read them).
 */
export const representsAsMember: Rule = (actor, target) =>
  memberRepresents(actor, target) && !isStaff(actor, target);
export const isMember: Rule = (actor) => has(actor, 'member');
/** Signed in by a session, not with an API token. */
export const bySession: Rule = (actor) => actor.signedInWith !== 'token';
/**
 * Staff of the centre a thing belongs to; for a thing of the whole network (no centre), any
 * coordinator. Admins always.
 */
export const isStaffOfItsCenter: Rule = (actor, target) =>
  isAdmin(actor, target) ||
  (has(actor, 'coordinator') && (target.centerId == null || actor.centerIds.includes(target.centerId)));
/**
 * A user account a coordinator may see: the people it works with (members, who may become
 * representatives; advisors, who may mentor) and the staff of its own centres; not admins or
 * the coordinators of other centres. Admins see every account.
 */
export const seesAccount: Rule = (actor, target) =>
  isAdmin(actor, target) ||
  (has(actor, 'coordinator') &&
    !!target.account &&
    (rolesInclude(target.account.roles, 'member') ||
      rolesInclude(target.account.roles, 'advisor') ||
      target.account.centerIds.some((id) => actor.centerIds.includes(id))));
/** A coordinator of one of the centres the thing was used at; admins always. */
export const isStaffOfACenterUsed: Rule = (actor, target) =>
  isAdmin(actor, target) ||
  (has(actor, 'coordinator') && !!target.usedAt?.some((id) => actor.centerIds.includes(id)));

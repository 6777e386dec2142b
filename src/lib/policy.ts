import { forbidden, unauthorized } from './errors.ts';
import { accountsRules } from './policy/accounts.ts';
import { adviceRules } from './policy/advice.ts';
import { auditRules } from './policy/audit.ts';
import { bookingsRules } from './policy/bookings.ts';
import { centersRules } from './policy/centers.ts';
import { importsRules } from './policy/imports.ts';
import { incubationRules } from './policy/incubation.ts';
import { knowledgeRules } from './policy/knowledge.ts';
import { mailRules } from './policy/mail.ts';
import { has } from './policy/predicates.ts';
import { programmeRules } from './policy/programme.ts';
import { registryRules } from './policy/registry.ts';
import { reportsRules } from './policy/reports.ts';
import { volunteeringRules } from './policy/volunteering.ts';
import { webhooksRules } from './policy/webhooks.ts';

/**
 * Who may do what, in one place. Routes and services ask `authorize(actor, action, target)`;
 * the role-by-endpoint tables in test/permissions/ walk every role over every endpoint.
 */
export const ROLES = ['admin', 'coordinator', 'advisor', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The one test of a role: on the asking actor (predicates' `has`) or on a user's stored roles,
 * for rules such as "one admin at least" or who may see an account. Nothing else tests roles.
 */
export function rolesInclude(roles: readonly string[], role: Role): boolean {
  return roles.includes(role);
}

export type Actor = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  centerIds: string[];
  /** The language the user reads mail in. */
  language?: 'pl' | 'en';
  /** How this request was signed in: an API token acts for its user, but not in everything. */
  signedInWith?: 'session' | 'token';
};

/**
 * What an action is done to: the centre it belongs to, the people who represent it, and the
 * user it belongs to (an advisor's own profile, availability and appointments).
 */
export type Target = {
  centerId?: string | null;
  representativeIds?: string[];
  /** For a beneficiary: the users whose advisor profiles have its appointments or engagements. */
  advisorIds?: readonly string[];
  ownerId?: string | null;
  /** The centres a thing was used at (a beneficiary: where it booked, registered, was advised, ...). */
  usedAt?: readonly string[];
  /** For rules about a user account: its roles and the centres it works in. */
  account?: { roles: readonly string[]; centerIds: readonly string[] };
};

const rules = {
  ...accountsRules,
  ...adviceRules,
  ...auditRules,
  ...bookingsRules,
  ...centersRules,
  ...importsRules,
  ...incubationRules,
  ...knowledgeRules,
  ...mailRules,
  ...programmeRules,
  ...registryRules,
  ...reportsRules,
  ...volunteeringRules,
  ...webhooksRules,
};

export type Action = keyof typeof rules;

export function allowed(actor: Actor | null, action: Action, target: Target = {}): actor is Actor {
  return actor !== null && rules[action](actor, target);
}

/** allowed() without its type guard, for an actor already known: a false answer narrows nothing. */
export function may(actor: Actor | null, action: Action, target: Target = {}): boolean {
  return allowed(actor, action, target);
}

/** Throws 401 for the anonymous and 403 for the signed-in who may not. */
export function authorize(actor: Actor | null, action: Action, target: Target = {}): asserts actor is Actor {
  if (actor === null) throw unauthorized();
  if (!allowed(actor, action, target)) throw forbidden();
}

export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (actor === null) throw unauthorized();
}

/**
 * What a list shows an actor, the one definition every list uses: admins see everything,
 * coordinators what belongs to their centres, members what belongs to the beneficiaries they
 * represent, advisors what is theirs (their appointments, engagements, initiatives mentored).
 * A repo shows a row when `all` holds or any of the other parts matches it.
 */
export type VisibleScope = {
  all: boolean;
  centerIds: string[];
  representedBy: string | null;
  ownerId: string | null;
};

export function visibleScope(actor: Actor): VisibleScope {
  const all = has(actor, 'admin');
  return {
    all,
    centerIds: !all && has(actor, 'coordinator') ? actor.centerIds : [],
    representedBy: !all && has(actor, 'member') ? actor.id : null,
    ownerId: !all && has(actor, 'advisor') ? actor.id : null,
  };
}

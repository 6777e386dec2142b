import { anyOf, has, isStaff, isStaffOfACenterUsed, type Rule, represents } from './predicates.ts';

/** Who may do what in the registry module. */
export const registryRules = {
  // The registry is one ledger for the whole network: staff of any centre keep it.
  'beneficiary.create': anyOf(isStaff, (actor) => has(actor, 'member')),
  // May use the registry at all: all of it with listAll, otherwise only what it represents.
  'beneficiary.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  'beneficiary.listAll': anyOf(isStaff, (actor) => has(actor, 'advisor')),
  // Erased entries are placeholders; only staff list them.
  'beneficiary.listErased': isStaff,
  'beneficiary.read': anyOf(isStaff, (actor) => has(actor, 'advisor'), represents),
  'beneficiary.update': anyOf(isStaff, represents),
  // Erasure: admins, and the coordinators of a centre the beneficiary used (one that used none
  // yet is erased by an admin).
  'beneficiary.erase': isStaffOfACenterUsed,
  'beneficiary.export': anyOf(isStaff, represents),
  'beneficiary.manageRepresentatives': isStaff,
} satisfies Record<string, Rule>;

import { anyOf, has, isStaff, isStaffOfACenterUsed, type Rule, represents, serves } from './predicates.ts';

/** Who may do what in the registry module. */
export const registryRules = {
  // The registry is one ledger for the whole network: staff of any centre keep it.
  'beneficiary.create': anyOf(isStaff, (actor) => has(actor, 'member')),
  // May use the registry at all: staff all of it (listAll); an advisor the beneficiaries it
  // advises (listServed); a member what it represents.
  'beneficiary.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  'beneficiary.listAll': isStaff,
  'beneficiary.listServed': (actor) => has(actor, 'advisor'),
  // Erased entries are placeholders; only staff list them.
  'beneficiary.listErased': isStaff,
  'beneficiary.read': anyOf(isStaff, serves, represents),
  'beneficiary.update': anyOf(isStaff, represents),
  // Erasure: admins, and the coordinators of a centre the beneficiary used (one that used none
  // yet is erased by an admin).
  'beneficiary.erase': isStaffOfACenterUsed,
  'beneficiary.export': anyOf(isStaff, represents),
  'beneficiary.manageRepresentatives': isStaff,
} satisfies Record<string, Rule>;

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
  // Merging a duplicate into another record: admins, and a coordinator of a centre each of the
  // two used (checked for each; a record that used no centre yet is merged by an admin).
  'beneficiary.merge': isStaffOfACenterUsed,
  // The list of likely duplicates and dismissing a pair from it.
  'beneficiary.reviewDuplicates': isStaff,
  'beneficiary.export': anyOf(isStaff, represents),
  'beneficiary.manageRepresentatives': isStaff,
} satisfies Record<string, Rule>;

import { isAdmin, isStaff, isStaffOfItsCenter, type Rule } from './predicates.ts';

/** Who may do what in the imports module. */
export const importsRules = {
  // Staff bring a centre's existing records in: a coordinator for its own centres, or for the
  // whole network's registry (beneficiaries, volunteers: no centre); admins everything.
  'import.create': isStaffOfItsCenter,
  'import.read': isStaffOfItsCenter,
  'import.commit': isStaffOfItsCenter,
  // The list: admins all imports; a coordinator those of its centres and those without a centre.
  'import.list': isStaff,
  'import.listAll': isAdmin,
  'import.examples': isStaff,
} satisfies Record<string, Rule>;

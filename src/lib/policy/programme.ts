import { anyOf, isStaffOfCenter, memberRepresents, type Rule, represents } from './predicates.ts';

/** Who may do what in the programme module. */
export const programmeRules = {
  // Programme: the centre's staff run it; members register the beneficiaries they represent.
  'activity.manage': isStaffOfCenter,
  'activity.register': anyOf(isStaffOfCenter, memberRepresents),
  'activity.feedback': represents,
  'feedback.summary': isStaffOfCenter,
} satisfies Record<string, Rule>;

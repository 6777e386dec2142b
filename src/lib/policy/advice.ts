import {
  anyOf,
  isAdmin,
  isOwner,
  isStaffOfCenter,
  memberRepresents,
  type Rule,
  represents,
} from './predicates.ts';

/** Who may do what in the advice module. */
export const adviceRules = {
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
} satisfies Record<string, Rule>;

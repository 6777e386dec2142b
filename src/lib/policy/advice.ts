import {
  anyOf,
  has,
  isAdmin,
  isOwner,
  isStaff,
  isStaffOfCenter,
  memberRepresents,
  type Rule,
  represents,
  representsAsMember,
} from './predicates.ts';

/**
 * Who may do what in the advice module. The owner of an advisor's things is the advisor's user
 * (a profile may belong to a user without the advisor role: ownership comes from the profile).
 */
export const adviceRules = {
  // Advice: admins keep the list of advisors; an advisor keeps its own hours and appointments.
  'advisor.manage': isAdmin,
  // Retired advisors stay listed for staff (their past appointments still count).
  'advisor.listInactive': isStaff,
  'availability.manage': anyOf(isStaffOfCenter, isOwner),
  // Before the centre is known (it follows from the availability) coordinators of any centre
  // may ask; 'appointment.book' then decides with the centre.
  'appointment.request': anyOf(isStaff, isOwner, memberRepresents),
  'appointment.book': anyOf(isStaffOfCenter, isOwner, memberRepresents),
  // Staff and the advisor may record appointments that already happened; members book ahead.
  'appointment.backdate': anyOf(isStaffOfCenter, isOwner),
  // Who booked an appointment also sees it (checked beside this rule, on the row).
  'appointment.read': anyOf(isStaffOfCenter, isOwner, represents),
  // Lists are scoped by visibleScope and the actor's own advisor profile.
  'appointment.list': anyOf(isStaff, (actor) => has(actor, 'member'), isOwner),
  'appointment.manage': anyOf(isStaffOfCenter, isOwner),
  'appointment.cancel': anyOf(isStaffOfCenter, isOwner, memberRepresents),
  // Notes are between the advisor and the beneficiary: read by the advisor who wrote them and by
  // the member accounts that represent the beneficiary; never by other staff (even one that is
  // also a representative), never by observers.
  'appointment.readNotes': anyOf(isOwner, representsAsMember),
  'appointment.writeNotes': isOwner,
  'appointment.feedback': represents,
  'engagement.manage': anyOf(isStaffOfCenter, isOwner),
  // The beneficiary's representatives follow its engagements (read, not change).
  'engagement.follow': represents,
  'engagement.list': anyOf(isStaff, (actor) => has(actor, 'member'), isOwner),
} satisfies Record<string, Rule>;

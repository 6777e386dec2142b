import {
  anyOf,
  isMember,
  isOwner,
  isStaff,
  isStaffOfCenter,
  memberRepresents,
  type Rule,
  represents,
} from './predicates.ts';

/** Who may do what in the programme module. */
export const programmeRules = {
  // Programme: the centre's staff run it; members register the beneficiaries they represent.
  /** Any staff may start creating an activity; the centre named decides with activity.manage. */
  'activity.create': isStaff,
  /** The centre's staff: change, cancel, take attendance, see unpublished ones and every registration. */
  'activity.manage': isStaffOfCenter,
  'activity.register': anyOf(isStaffOfCenter, memberRepresents),
  /** The registrations of one activity: its staff all of them, members those they made or represent. */
  'registration.list': anyOf(isStaffOfCenter, isMember),
  /** One registration: the centre's staff, the user who made it, or a representative of its beneficiary. */
  'registration.read': anyOf(isStaffOfCenter, isOwner, represents),
  /** Registrations across the programme (scoped with visibleScope). */
  'registration.listMine': anyOf(isStaff, isMember),
  'activity.feedback': represents,
  /** The feedback summary: staff (admins any centre, coordinators theirs). */
  'feedback.summarize': isStaff,
  'feedback.summary': isStaffOfCenter,
} satisfies Record<string, Rule>;

import {
  anyOf,
  has,
  isOwner,
  isStaff,
  isStaffOfItsCenter,
  memberRepresents,
  type Rule,
  representsAsMember,
} from './predicates.ts';

/** Who may do what in the incubation module. */
export const incubationRules = {
  // Incubation: staff manage their centres' initiatives (any coordinator those of the whole network); the mentor (ownerId) works on its own; members see their beneficiaries'.
  'initiative.manage': isStaffOfItsCenter,
  'initiative.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  /** Every initiative in lists; others see those they mentor (and members, their beneficiaries'). */
  'initiative.listAll': isStaff,
  /** Lists also show the initiatives of the beneficiaries one represents. */
  'initiative.listRepresented': (actor) => has(actor, 'member'),
  'initiative.work': anyOf(isStaffOfItsCenter, isOwner),
  'initiative.read': anyOf(isStaffOfItsCenter, isOwner, memberRepresents),
  /**
   * Its notes: the staff who keep it and its mentor, who write them, and the member accounts that
   * represent its beneficiary; never a staff account that reads it only as a representative.
   */
  'initiative.readNotes': anyOf(isStaffOfItsCenter, isOwner, representsAsMember),
  /** Who may be named an initiative's mentor (asked of that user): advisors. */
  'initiative.mentor': (actor) => has(actor, 'advisor'),
} satisfies Record<string, Rule>;

import { anyOf, has, isOwner, isStaff, memberRepresents, type Rule } from './predicates.ts';

/** Who may do what in the incubation module. */
export const incubationRules = {
  // Incubation: staff manage all; the mentor (ownerId) works on its own; members see their beneficiaries'.
  'initiative.manage': isStaff,
  'initiative.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  /** Every initiative in lists; others see those they mentor (and members, their beneficiaries'). */
  'initiative.listAll': isStaff,
  /** Lists also show the initiatives of the beneficiaries one represents. */
  'initiative.listRepresented': (actor) => has(actor, 'member'),
  'initiative.work': anyOf(isStaff, isOwner),
  'initiative.read': anyOf(isStaff, isOwner, memberRepresents),
  /** Who may be named an initiative's mentor (asked of that user): advisors. */
  'initiative.mentor': (actor) => has(actor, 'advisor'),
} satisfies Record<string, Rule>;

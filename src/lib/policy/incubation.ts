import { anyOf, has, isOwner, isStaff, memberRepresents, type Rule } from './predicates.ts';

/** Who may do what in the incubation module. */
export const incubationRules = {
  // Incubation: staff manage all; the mentor (ownerId) works on its own; members see their beneficiaries'.
  'initiative.manage': isStaff,
  'initiative.list': anyOf(isStaff, (actor) => has(actor, 'advisor') || has(actor, 'member')),
  'initiative.work': anyOf(isStaff, isOwner),
  'initiative.read': anyOf(isStaff, isOwner, memberRepresents),
} satisfies Record<string, Rule>;

import { anyOf, has, isStaff, memberRepresents, type Rule } from './predicates.ts';

/** Who may do what in the volunteering module. */
export const volunteeringRules = {
  // Volunteering: staff broker everything; members act for the beneficiaries they represent
  // (a volunteer's profile and applications, an organization's offers and decisions).
  'volunteer.register': anyOf(isStaff, memberRepresents),
  'volunteer.list': anyOf(isStaff, (actor) => has(actor, 'member')),
  'volunteer.act': anyOf(isStaff, memberRepresents),
  'offer.manage': anyOf(isStaff, memberRepresents),
} satisfies Record<string, Rule>;

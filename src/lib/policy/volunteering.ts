import { anyOf, has, isStaff, isStaffOfItsCenter, memberRepresents, type Rule } from './predicates.ts';

/** Who may do what in the volunteering module. */
export const volunteeringRules = {
  // Volunteering: staff broker what belongs to their centres (the offer's centre; any coordinator
  // for offers of the whole network); members act for the beneficiaries they represent
  // (a volunteer's profile and applications, an organization's offers and decisions).
  'volunteer.register': anyOf(isStaff, memberRepresents),
  'volunteer.list': anyOf(isStaff, (actor) => has(actor, 'member')),
  /** Every volunteer in lists, not only the people one represents. */
  'volunteer.listAll': isStaff,
  'volunteer.act': anyOf(isStaff, memberRepresents),
  'offer.manage': anyOf(isStaffOfItsCenter, memberRepresents),
  /** Publishing an offer: a member's waits for this review (pending_review) before it is public. */
  'offer.review': isStaffOfItsCenter,
  /**
   * Who sees the people who match an offer before they apply (names, skills, districts, hours):
   * the staff who broker it. The organization's members see a volunteer once it applies.
   */
  'offer.seeCandidates': isStaffOfItsCenter,
  /** Every offer in lists, closed and ended ones too. */
  'offer.listAll': isStaff,
  /** Besides the public offers, the closed and ended ones of the organizations one represents. */
  'offer.listRepresented': (actor) => has(actor, 'member'),
  /** An application, for staff and for the members of either side (target: both sides' representatives). */
  'application.read': anyOf(isStaffOfItsCenter, memberRepresents),
  /** Accept, decline, complete: staff and the organization's members (target: the organization's). */
  'application.decide': anyOf(isStaffOfItsCenter, memberRepresents),
  /** Hours logged for days before the application (paper records). */
  'hours.backfill': isStaffOfItsCenter,
} satisfies Record<string, Rule>;

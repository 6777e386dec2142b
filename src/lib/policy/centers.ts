import { isAdmin, isStaffOfCenter, type Rule } from './predicates.ts';

/** Who may do what in the centers module. */
export const centersRules = {
  'center.create': isAdmin,
  'center.update': isStaffOfCenter,
  'center.manageClosures': isStaffOfCenter,
  'room.create': isStaffOfCenter,
  'room.update': isStaffOfCenter,
} satisfies Record<string, Rule>;

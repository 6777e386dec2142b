import type { Actor, VisibleScope } from '../policy.ts';
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
} from './predicates.ts';

/**
 * Who may do what in the bookings module (room lending). A booking's target is its centre, the
 * representatives of its beneficiary and, as owner, the user who requested it.
 */
export const bookingsRules = {
  // Staff of the centre book for anyone; members ask for the beneficiaries they represent.
  'booking.request': anyOf(isStaffOfCenter, memberRepresents),
  // Staff of the centre decide requests; what they book is approved at once and the members'
  // room-use rules (notice, length, terms) do not bind them.
  'booking.decide': isStaffOfCenter,
  // Book outside opening hours, on a closed day or above the room's capacity.
  'booking.override': isStaffOfCenter,
  'booking.read': anyOf(isStaffOfCenter, isOwner, represents),
  'booking.cancel': anyOf(isStaffOfCenter, isOwner, represents),
  'booking.recordAttendance': isStaffOfCenter,
  // A private calendar feed of one's centres (pending requests and organizers' titles included).
  'calendar.privateFeed': isStaff,
  // Every centre's bookings in one's private feed (otherwise one's own centres').
  'booking.readAllCenters': isAdmin,
  // May list bookings at all; which ones is bookingListScope.
  'booking.list': anyOf(isStaff, (actor) => has(actor, 'member')),
  'bookingRules.manage': isStaffOfCenter,
} satisfies Record<string, Rule>;

/**
 * The bookings a list shows: admins all; coordinators their centres' bookings; members the
 * bookings they requested or of the beneficiaries they represent (`representedBy`). A
 * coordinator who is also a member and filters by a centre that is not theirs sees what they
 * see as a member there. `scope` is visibleScope(actor) (passed in: this file is loaded by index.ts).
 */
export function bookingListScope(
  actor: Actor,
  scope: VisibleScope,
  centerId: string | undefined,
): VisibleScope {
  if (scope.all) return scope;
  const none: VisibleScope = { all: false, centerIds: [], representedBy: null, ownerId: null };
  const member = scope.representedBy !== null;
  if (
    has(actor, 'coordinator') &&
    (!member || centerId === undefined || scope.centerIds.includes(centerId))
  ) {
    return { ...none, centerIds: scope.centerIds };
  }
  return { ...none, representedBy: actor.id };
}

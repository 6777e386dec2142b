import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { BookingStatus } from '../../../db/enums.ts';
import type { Center, Room } from '../../centers/index.ts';

const PRODUCT = { company: 'Civitas', product: 'Civitas', language: 'PL' };

type Occupation = {
  id: string;
  title: string;
  start: Date;
  end: Date;
  status: BookingStatus;
  roomName?: string;
  /** Where it is, when not the feed's own centre (a feed of several centres). */
  location?: string;
  updatedAt?: Date;
  /** The booking's revision: iCalendar's SEQUENCE, higher after each change a client must apply. */
  revision?: number;
};

const statusOf = (status: BookingStatus) =>
  status === 'pending'
    ? ICalEventStatus.TENTATIVE
    : status === 'cancelled' || status === 'rejected'
      ? ICalEventStatus.CANCELLED
      : ICalEventStatus.CONFIRMED;

/** The centre that lends the room, named as the organizer where it has an address (RFC 5546). */
const organizerOf = (center: Center) => (center.email ? { name: center.name, email: center.email } : null);

/**
 * The .ics attached to a booking's mail, one event per occurrence, in UTC: PUBLISH on approval,
 * CANCEL (each event CANCELLED, at its higher SEQUENCE) on cancellation, so that a calendar that
 * took the invitation removes the events.
 */
export function bookingInvite(
  bookings: Occupation[],
  room: Room,
  center: Center,
  method: 'publish' | 'cancel' = 'publish',
): string {
  const calendar = ical({
    name: 'Civitas',
    prodId: PRODUCT,
    method: method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  for (const booking of bookings) {
    calendar.createEvent({
      id: `${booking.id}@civitas`,
      sequence: booking.revision ?? 0,
      start: booking.start,
      end: booking.end,
      summary: booking.title,
      location: `${room.name}, ${center.name}, ${center.address}`,
      organizer: organizerOf(center),
      status: method === 'cancel' ? ICalEventStatus.CANCELLED : statusOf(booking.status),
      lastModified: booking.updatedAt,
    });
  }
  return calendar.toString();
}

/**
 * A public feed of a room or a centre: decided bookings as busy time (the programme with its
 * titles, lendings with a neutral one), rooms and times only, never who booked. Cancelled ones
 * stay in it as CANCELLED with their higher SEQUENCE, so subscribed calendars drop them.
 */
export function occupationFeed(
  name: string,
  center: Pick<Center, 'name'>,
  occupations: Occupation[],
): string {
  // Times in UTC with Z (RFC 5545 form 2): right in every client whatever the server's own zone.
  const calendar = ical({ name, prodId: PRODUCT, ttl: 15 * 60 });
  for (const occupation of occupations) {
    calendar.createEvent({
      id: `${occupation.id}@civitas`,
      sequence: occupation.revision ?? 0,
      start: occupation.start,
      end: occupation.end,
      summary: occupation.title,
      location:
        occupation.location ?? (occupation.roomName ? `${occupation.roomName}, ${center.name}` : center.name),
      status: statusOf(occupation.status),
      lastModified: occupation.updatedAt,
    });
  }
  return calendar.toString();
}

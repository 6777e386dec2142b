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
  updatedAt?: Date;
};

const statusOf = (status: BookingStatus) =>
  status === 'pending'
    ? ICalEventStatus.TENTATIVE
    : status === 'cancelled'
      ? ICalEventStatus.CANCELLED
      : ICalEventStatus.CONFIRMED;

/** The .ics attached to an approval: one event per occurrence, in UTC. */
export function bookingInvite(bookings: Occupation[], room: Room, center: Center): string {
  const calendar = ical({ name: 'Civitas', prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH });
  for (const booking of bookings) {
    calendar.createEvent({
      id: `${booking.id}@civitas`,
      start: booking.start,
      end: booking.end,
      summary: booking.title,
      location: `${room.name}, ${center.name}, ${center.address}`,
      status: statusOf(booking.status),
    });
  }
  return calendar.toString();
}

/**
 * A public feed of a room or a centre: decided bookings as busy time (the programme with its
 * titles, lendings with a neutral one), rooms and times only, never who booked.
 */
export function occupationFeed(name: string, center: Center, occupations: Occupation[]): string {
  // Times in UTC with Z (RFC 5545 form 2): right in every client whatever the server's own zone.
  const calendar = ical({ name, prodId: PRODUCT, ttl: 15 * 60 });
  for (const occupation of occupations) {
    calendar.createEvent({
      id: `${occupation.id}@civitas`,
      start: occupation.start,
      end: occupation.end,
      summary: occupation.title,
      location: occupation.roomName ? `${occupation.roomName}, ${center.name}` : center.name,
      status: statusOf(occupation.status),
      lastModified: occupation.updatedAt,
    });
  }
  return calendar.toString();
}

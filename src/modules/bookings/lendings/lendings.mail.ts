import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { findUserContact } from '../../accounts/index.ts';
import { type Center, findCenter, findRoom, type Room } from '../../centers/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import { bookingInvite } from '../availability/availability.calendar.ts';
import type { Booking } from '../bookings.schema.ts';

export type BookingMailKind =
  | 'booking_received'
  | 'booking_approved'
  | 'booking_rejected'
  | 'booking_cancelled'
  | 'booking_reminder';

type Requester = { email: string; name: string; language: 'pl' | 'en' };

/**
 * Queues the message to the requester and the beneficiary's address (once each), inside the
 * caller's transaction. An approval carries the .ics of its occurrences; a cancellation carries
 * one that cancels those that had been approved (`published`), so calendars drop them.
 */
export async function notify(db: Kysely<DB>, message: BookingMessage) {
  for (const mail of bookingMails(message)) await enqueueMail(db, mail);
}

type BookingMessage = {
  kind: BookingMailKind;
  requester: Requester | undefined;
  beneficiaryEmail: string | null;
  room: Room;
  center: Center;
  bookings: Booking[];
  published?: Booking[];
};

/** The messages of notify, for a caller that writes them in its own statement. */
export function bookingMails(message: BookingMessage) {
  const recipients = new Map<string, 'pl' | 'en'>();
  if (message.requester) recipients.set(message.requester.email, message.requester.language);
  if (message.beneficiaryEmail && !recipients.has(message.beneficiaryEmail))
    recipients.set(message.beneficiaryEmail, 'pl');
  const first = message.bookings[0];
  if (!first) return [];
  const attachments = calendarAttachment(message);
  return [...recipients].map(([to, language]) => ({
    centerId: message.center.id,
    to,
    kind: message.kind,
    language,
    data: {
      title: first.title,
      room: message.room.name,
      center: message.center.name,
      address: message.center.address,
      timezone: message.center.timezone,
      occurrences: message.bookings.map((booking) => ({ start: booking.start, end: booking.end })),
      reason: first.decisionReason,
    },
    attachments,
  }));
}

function calendarAttachment(message: {
  kind: BookingMailKind;
  room: Room;
  center: Center;
  bookings: Booking[];
  published?: Booking[];
}) {
  const ics = (method: 'publish' | 'cancel', bookings: Booking[]) => [
    {
      filename: method === 'cancel' ? 'odwolanie.ics' : 'rezerwacja.ics',
      contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}`,
      content: Buffer.from(bookingInvite(bookings, message.room, message.center, method)).toString('base64'),
    },
  ];
  if (message.kind === 'booking_approved') return ics('publish', message.bookings);
  if (message.kind === 'booking_cancelled' && message.published?.length)
    return ics('cancel', message.published);
  return undefined;
}

/** The same message about bookings of one room, to their requester and beneficiary. */
export async function notifyMany(
  db: Kysely<DB>,
  bookings: Booking[],
  kind: BookingMailKind,
  beneficiaryEmail: string | null,
  requestedBy: string | null,
  published?: Booking[],
) {
  const first = bookings[0];
  if (!first) return;
  const room = (await findRoom(db, first.roomId)) as Room;
  const center = (await findCenter(db, first.centerId)) as Center;
  const requester = await findUserContact(db, requestedBy);
  await notify(db, { kind, requester, beneficiaryEmail, room, center, bookings, published });
}

import { expect } from 'vitest';
import { addDays, isPolishHoliday } from '../../src/lib/time.ts';
import { at, futureDate } from '../factories.ts';
import { all, anyStaff, centreStaff, defineTable, everyone, publicRead } from './runner.ts';
import { created, nextSlot, pastSlotTimes, type World } from './world.ts';

/** A pending request the member made for its beneficiary, or a past booking from paper records. */
async function booking(world: World, status: 'pending' | 'past'): Promise<string> {
  const { roomId, beneficiaryId } = world;
  if (status === 'pending') {
    return (
      await created(world, world.users.member, '/api/bookings', {
        roomId,
        beneficiaryId,
        title: 'Zebranie',
        purpose: 'Zebranie członków',
        termsAccepted: true,
        ...nextSlot(),
      })
    ).id;
  }
  return (
    await created(world, world.users.coordinator, '/api/bookings', {
      roomId,
      beneficiaryId,
      title: 'Z papierowego rejestru',
      ...pastSlotTimes(),
      override: true,
    })
  ).id;
}

/** Room lending: requests, decisions, attendance, series, rules, free and busy times, calendars. */
export const bookingsTable = defineTable({
  title: 'bookings',
  setup: async (world) => {
    const day = futureDate(40, (d) => isPolishHoliday(d) || isPolishHoliday(addDays(d, 1)));
    const series = await created(world, world.users.member, '/api/bookings', {
      roomId: world.roomId,
      beneficiaryId: world.beneficiaryId,
      title: 'Próby chóru',
      purpose: 'Próby',
      termsAccepted: true,
      start: at(day, '19:00'),
      end: at(day, '20:00'),
      recurrence: { rrule: 'FREQ=DAILY;COUNT=2' },
    });
    return { seriesId: series.seriesId as string };
  },
  rows: (w) => [
    {
      route: 'POST /api/bookings',
      prepare: () => ({
        url: '/api/bookings',
        payload: {
          roomId: w().roomId,
          beneficiaryId: w().beneficiaryId,
          title: 'Spotkanie',
          purpose: 'Spotkanie grupy',
          termsAccepted: true,
          ...nextSlot(),
        },
      }),
      // The staff representative asks as the member does: it is no staff of this centre, so its
      // request waits for a decision like the member's.
      expect: centreStaff(201, { member: 201, staffRepresentative: 201 }),
      body: (role, body) => {
        if (role === 'member' || role === 'staffRepresentative') expect(body.status).toBe('pending');
      },
    },
    {
      route: 'GET /api/bookings',
      prepare: () => ({ url: '/api/bookings' }),
      expect: all(200, { advisor: 403, observer: 403 }),
    },
    {
      route: 'GET /api/bookings/:id',
      prepare: async () => ({ url: `/api/bookings/${await booking(w(), 'pending')}` }),
      expect: all(404, { admin: 200, coordinator: 200, member: 200, staffRepresentative: 200 }),
    },
    {
      route: 'POST /api/bookings/:id/approve',
      prepare: async () => ({ url: `/api/bookings/${await booking(w(), 'pending')}/approve` }),
      expect: all(404, { admin: 200, coordinator: 200, member: 403, staffRepresentative: 403 }),
    },
    {
      route: 'POST /api/bookings/:id/move',
      prepare: async () => ({
        url: `/api/bookings/${await booking(w(), 'pending')}/move`,
        payload: nextSlot(30),
      }),
      expect: all(404, { admin: 200, coordinator: 200, member: 403, staffRepresentative: 403 }),
    },
    {
      route: 'POST /api/bookings/:id/reject',
      prepare: async () => ({
        url: `/api/bookings/${await booking(w(), 'pending')}/reject`,
        payload: { reason: 'Brak sali' },
      }),
      expect: all(404, { admin: 200, coordinator: 200, member: 403, staffRepresentative: 403 }),
    },
    {
      route: 'POST /api/bookings/:id/cancel',
      prepare: async () => ({
        url: `/api/bookings/${await booking(w(), 'pending')}/cancel`,
        payload: { reason: 'Zmiana planów' },
      }),
      expect: all(404, { admin: 200, coordinator: 200, member: 200, staffRepresentative: 200 }),
    },
    {
      route: 'POST /api/bookings/:id/attendance',
      prepare: async () => ({
        url: `/api/bookings/${await booking(w(), 'past')}/attendance`,
        payload: { attendees: 7 },
      }),
      expect: all(404, { admin: 200, coordinator: 200, member: 403, staffRepresentative: 403 }),
    },
    {
      route: 'GET /api/booking-series/:id',
      prepare: () => ({ url: `/api/booking-series/${w().seriesId}` }),
      expect: all(404, { admin: 200, coordinator: 200, member: 200, staffRepresentative: 200 }),
    },
    {
      route: 'PATCH /api/centers/:id/booking-rules',
      prepare: () => ({ url: `/api/centers/${w().centerId}/booking-rules`, payload: { minNoticeHours: 24 } }),
      expect: centreStaff(200),
    },
    {
      route: 'GET /api/centers/:id/booking-rules',
      prepare: () => ({ url: `/api/centers/${w().centerId}/booking-rules` }),
      expect: publicRead,
    },
    {
      route: 'GET /api/rooms/:id/availability',
      prepare: () => ({
        url: `/api/rooms/${w().roomId}/availability?from=${futureDate(5)}&to=${futureDate(6)}`,
      }),
      expect: publicRead,
    },
    {
      route: 'GET /api/rooms/:id/calendar.ics',
      prepare: () => ({ url: `/api/rooms/${w().roomId}/calendar.ics` }),
      expect: publicRead,
    },
    {
      route: 'GET /api/centers/:id/calendar.ics',
      prepare: () => ({ url: `/api/centers/${w().centerId}/calendar.ics` }),
      expect: publicRead,
    },
    {
      route: 'POST /api/calendar-feed',
      prepare: () => ({ url: '/api/calendar-feed' }),
      expect: anyStaff(201),
    },
    {
      route: 'DELETE /api/calendar-feed',
      prepare: () => ({ url: '/api/calendar-feed' }),
      expect: anyStaff(204),
    },
    {
      route: 'GET /api/feeds/:secret/calendar.ics',
      name: "the coordinator's own secret address: the address is the credential",
      prepare: async () => {
        const url: string = (await created(w(), w().users.coordinator, '/api/calendar-feed', {})).url;
        return { url: new URL(url).pathname };
      },
      expect: everyone(200),
    },
    {
      route: 'GET /api/feeds/:secret/calendar.ics',
      name: 'an unknown secret',
      prepare: () => ({ url: '/api/feeds/not-a-secret/calendar.ics' }),
      expect: everyone(404),
    },
  ],
});

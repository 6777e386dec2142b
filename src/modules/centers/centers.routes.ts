import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../lib/pagination.ts';
import { calendarDateSchema } from '../../lib/time.ts';
import * as centers from './centers.service.ts';

// Requests

const clockTime = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a time HH:MM from 00:00 to 24:00')
  .meta({ example: '08:00' });
const dayHours = z.array(z.tuple([clockTime, clockTime])).max(12);
/** All seven days are required, so a forgotten day is an error rather than a silent closure. */
const openingHoursInput = z
  .object({
    mon: dayHours,
    tue: dayHours,
    wed: dayHours,
    thu: dayHours,
    fri: dayHours,
    sat: dayHours,
    sun: dayHours,
  })
  .strict()
  .meta({
    description:
      'Weekly hours in the centre\'s time zone: every day from "mon" to "sun", each a list of ' +
      '["HH:MM","HH:MM"] intervals in order, apart from each other ("24:00" ends at midnight); [] is closed.',
  });
const name = z.string().trim().min(1).max(200);
const address = z.string().trim().min(1).max(500);
const district = z.number().int().min(1).max(18).nullable().meta({ description: "Kraków's district, 1..18" });
const timezone = z.string().max(64).meta({ description: 'IANA time zone', example: 'Europe/Warsaw' });
const openHolidays = z.array(calendarDateSchema).max(100).meta({
  description: 'Polish public holidays on which this centre is open anyway',
});
const email = z.email().max(254).nullable();
const phone = z.string().trim().max(50).nullable();
const description = z.string().max(5000).nullable();
const idParams = z.object({ id: z.string().max(100) });

const centerBody = z
  .object({
    name,
    address,
    district: district.optional(),
    timezone: timezone.optional(),
    openingHours: openingHoursInput.optional(),
    openHolidays: openHolidays.optional(),
    email: email.optional(),
    phone: phone.optional(),
    description: description.optional(),
    accessibility: z.string().max(5000).nullable().optional().meta({
      description: "The building's accessibility: entrance, lift, toilets, parking, induction loop",
    }),
  })
  .strict();

const capacity = z.number().int().min(1).max(10000);
const amenities = z.array(z.string().trim().min(1).max(50)).max(30);

// Responses

const interval = z.tuple([z.string(), z.string()]);
const openingHours = z.object({
  mon: z.array(interval),
  tue: z.array(interval),
  wed: z.array(interval),
  thu: z.array(interval),
  fri: z.array(interval),
  sat: z.array(interval),
  sun: z.array(interval),
});

const centerSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  district: z.number().nullable(),
  timezone: z.string(),
  openingHours,
  openHolidays: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  description: z.string().nullable(),
  accessibility: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const closureSchema = z.object({
  id: z.string(),
  centerId: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
});

const daySchema = z.object({
  date: z.string(),
  weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  open: z.boolean(),
  hours: z.array(interval),
  reason: z.enum(['holiday', 'closure', 'weekly']).optional(),
  holiday: z.string().optional().meta({ description: 'Polish name of the public holiday on this day' }),
  closureReason: z.string().optional(),
});

const roomSchema = z.object({
  id: z.string(),
  centerId: z.string(),
  name: z.string(),
  capacity: z.number(),
  amenities: z.array(z.string()),
  accessible: z.boolean(),
  autoApprove: z.boolean(),
  description: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const centersRoutes: FastifyPluginAsyncZod = async (app) => {
  // Centres

  app.post(
    '/centers',
    {
      schema: {
        tags: ['centers'],
        summary: 'Create a centre (admin); hours default to 08:00-20:00 every day, zone to Europe/Warsaw',
        body: centerBody,
        response: { 201: centerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await centers.createCenter(app.db, request.actor, request.body)),
  );

  app.get(
    '/centers',
    {
      schema: {
        tags: ['centers'],
        summary: 'All centres, by name (public)',
        security: [],
        querystring: z.object({ ...pageQuery }).strict(),
        response: { 200: pageOf(centerSchema) },
      },
    },
    (request) => centers.listCenters(app.db, request.query),
  );

  app.get(
    '/centers/:id',
    {
      schema: {
        tags: ['centers'],
        summary: 'One centre (public)',
        security: [],
        params: idParams,
        response: { 200: centerSchema },
      },
    },
    (request) => centers.getCenter(app.db, request.params.id),
  );

  app.patch(
    '/centers/:id',
    {
      schema: {
        tags: ['centers'],
        summary: 'Change a centre, its hours and the holidays it opens on (admin, its coordinators)',
        params: idParams,
        body: centerBody.partial().strict(),
        response: { 200: centerSchema },
      },
    },
    (request) => centers.updateCenter(app.db, request.actor, request.params.id, request.body),
  );

  // Closures and the calendar

  app.post(
    '/centers/:id/closures',
    {
      schema: {
        tags: ['centers'],
        summary: 'Close the centre from..to, both days included (admin, its coordinators)',
        params: idParams,
        body: z.object({ from: calendarDateSchema, to: calendarDateSchema, reason: name }).strict(),
        response: { 201: closureSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await centers.createClosure(app.db, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/centers/:id/closures',
    {
      schema: {
        tags: ['centers'],
        summary: 'Closures that touch from..to, in date order (public)',
        security: [],
        params: idParams,
        querystring: z
          .object({ from: calendarDateSchema.optional(), to: calendarDateSchema.optional(), ...pageQuery })
          .strict(),
        response: { 200: pageOf(closureSchema) },
      },
    },
    (request) => centers.listClosures(app.db, request.params.id, request.query),
  );

  app.delete(
    '/centers/:id/closures/:closureId',
    {
      schema: {
        tags: ['centers'],
        summary: 'Remove a closure (admin, its coordinators)',
        params: z.object({ id: z.string().max(100), closureId: z.string().max(100) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await centers.deleteClosure(app.db, request.actor, request.params.id, request.params.closureId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/centers/:id/days',
    {
      schema: {
        tags: ['centers'],
        summary: `Each local day from..to (at most ${centers.MAX_CALENDAR_DAYS}): open or why not, and the hours (public)`,
        security: [],
        params: idParams,
        querystring: z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict(),
        response: {
          200: z.object({ centerId: z.string(), timezone: z.string(), days: z.array(daySchema) }),
        },
      },
    },
    (request) => centers.listCenterDays(app.db, request.params.id, request.query),
  );

  // Rooms

  app.post(
    '/rooms',
    {
      schema: {
        tags: ['rooms'],
        summary: 'Create a room in a centre (admin, its coordinators)',
        body: z
          .object({
            centerId: z.string().max(100),
            name,
            capacity,
            amenities: amenities.optional(),
            accessible: z.boolean().optional(),
            autoApprove: z.boolean().optional(),
            description: description.optional(),
          })
          .strict(),
        response: { 201: roomSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await centers.createRoom(app.db, request.actor, request.body)),
  );

  app.get(
    '/rooms',
    {
      schema: {
        tags: ['rooms'],
        summary: 'Rooms by name, of one centre or all; retired rooms only with includeInactive=true (public)',
        security: [],
        querystring: z
          .object({
            centerId: z.string().max(100).optional(),
            includeInactive: z
              .enum(['true', 'false'])
              .optional()
              .transform((value) => value === 'true'),
            ...pageQuery,
          })
          .strict(),
        response: { 200: pageOf(roomSchema) },
      },
    },
    (request) => centers.listRooms(app.db, request.query),
  );

  app.get(
    '/rooms/:id',
    {
      schema: {
        tags: ['rooms'],
        summary: 'One room (public)',
        security: [],
        params: idParams,
        response: { 200: roomSchema },
      },
    },
    (request) => centers.getRoom(app.db, request.params.id),
  );

  app.patch(
    '/rooms/:id',
    {
      schema: {
        tags: ['rooms'],
        summary: 'Change a room; active=false retires it (admin, coordinators of its centre)',
        params: idParams,
        body: z
          .object({
            name: name.optional(),
            capacity: capacity.optional(),
            amenities: amenities.optional(),
            accessible: z.boolean().optional(),
            autoApprove: z.boolean().optional(),
            description: description.optional(),
            active: z.boolean().optional(),
          })
          .strict(),
        response: { 200: roomSchema },
      },
    },
    (request) => centers.updateRoom(app.db, request.actor, request.params.id, request.body),
  );
};

/**
 * Names for the API's answers the pages read, taken from the generated OpenAPI types
 * (schema.gen.ts): nothing here is written by hand, so a field the server drops breaks the build.
 */
import type { paths } from './schema.gen.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A }
  ? A
  : R extends { 201: infer B }
    ? B
    : R extends { 204: unknown }
      ? undefined
      : never;

/** The JSON answer of a successful call: `ResponseBody<'/api/activities/{id}', 'get'>`. */
export type ResponseBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer R;
}
  ? Success<R> extends undefined
    ? undefined
    : Json<Success<R>>
  : never;
/** The JSON body a call takes. */
export type RequestBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? Json<NonNullable<B>>
  : never;
/** One item of a list answer (`{ items: [...] }`). */
export type Item<P extends keyof paths, M extends Method = 'get'> =
  ResponseBody<P, M> extends {
    items: (infer I)[];
  }
    ? I
    : never;

/** A list of every value of a string union, checked complete at compile time. */
const everyOf =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : never)) =>
    values;

// Centres, rooms and their calendar
export type Center = Item<'/api/centers'>;
export type OpeningHours = Center['openingHours'];
export type Weekday = keyof OpeningHours;
export const WEEKDAYS = everyOf<Weekday>()(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type CenterDay = ResponseBody<'/api/centers/{id}/days', 'get'>['days'][number];
export type BookingRules = ResponseBody<'/api/centers/{id}/booking-rules', 'get'>;
export type Room = Item<'/api/rooms'>;
export type RoomAvailability = ResponseBody<'/api/rooms/{id}/availability', 'get'>;
export type Interval = RoomAvailability['free'][number];
export type District = Item<'/api/districts'>;
export type UserSummary = Item<'/api/users'>;
export type Role = NonNullable<NonNullable<paths['/api/users']['get']['parameters']['query']>['role']>;

// Bookings
export type Booking = Item<'/api/bookings'>;
export type BookingStatus = Booking['status'];
export type BookingSeries = Extract<
  ResponseBody<'/api/bookings', 'post'>,
  { seriesId: string; bookings: unknown }
>;
export type BookingAnswer = ResponseBody<'/api/bookings', 'post'>;

// Programme
export type Activity = Item<'/api/activities'>;
/** One activity with its sessions and feedback. */
export type ActivityDetail = ResponseBody<'/api/activities/{id}', 'get'>;
export type ActivityKind = Activity['kind'];
export const ACTIVITY_KINDS = everyOf<ActivityKind>()([
  'seminar',
  'training',
  'workshop',
  'working_group',
  'study_visit',
  'event',
  'networking',
]);
export type Session = NonNullable<ActivityDetail['sessions']>[number];
export type Registration = Item<'/api/activities/{id}/registrations'>;
export type RegistrationStatus = Registration['status'];
export type MyRegistration = Item<'/api/registrations'>;
export type CheckIn = ResponseBody<'/api/activities/{id}/check-in', 'get'>;

// Registry
export type Beneficiary = Item<'/api/beneficiaries'>;
export type BeneficiaryKind = Beneficiary['kind'];
export type BeneficiaryDetail = ResponseBody<'/api/beneficiaries/{id}', 'get'>;
export type CreatedBeneficiary = ResponseBody<'/api/beneficiaries', 'post'>;
/** A name alike to one being registered (GET /api/beneficiaries/duplicates?name=, and on creating). */
export type Duplicate = CreatedBeneficiary['possibleDuplicates'][number];
/** A likely duplicate pair of the registry (GET /api/beneficiaries/duplicates without a name). */
export type DuplicatePair = Extract<Item<'/api/beneficiaries/duplicates'>, { reasons: unknown }>;
export type Representative = Item<'/api/beneficiaries/{id}/representatives'>;

// Advice
export type Advisor = Item<'/api/advisors'>;
export type AdvisorAvailability = ResponseBody<'/api/advisors/{id}/availability', 'get'>;
export type AvailabilityWindow = AdvisorAvailability['windows'][number];
export type Appointment = Item<'/api/appointments'>;
export type AppointmentStatus = Appointment['status'];
export type Engagement = Item<'/api/engagements'>;
/** One engagement with its goals and sessions. */
export type EngagementDetail = ResponseBody<'/api/engagements/{id}', 'get'>;
export type Goal = NonNullable<EngagementDetail['goals']>[number];

// Volunteering
export type Skill = Item<'/api/volunteer-skills'>;
export type VolunteerOffer = ResponseBody<'/api/volunteer-offers/{id}', 'get'>;
export type Volunteer = Item<'/api/volunteers'>;
export type Application = Item<'/api/volunteer-offers/{id}/applications'>;
export type VolunteerApplication = Item<'/api/volunteers/{id}/applications'>;
export type ApplicationStatus = Application['status'];
export type Match = Item<'/api/volunteer-offers/{id}/matches'>;
export type HoursEntry = Item<'/api/applications/{id}/hours'>;

// Knowledge base
export type Article = ResponseBody<'/api/articles/{ref}', 'get'>;
export type ArticleHit = Item<'/api/articles'>;
export type Attachment = Article['attachments'][number];

// Incubation
export type Initiative = Item<'/api/initiatives'>;
/** One initiative with its history, notes and links. */
export type InitiativeDetail = ResponseBody<'/api/initiatives/{id}', 'get'>;
export type Stage = Initiative['stage'];
export const STAGES = everyOf<Stage>()([
  'idea',
  'planning',
  'first_action',
  'established',
  'independent',
  'dropped',
]);

// Reports
export type Summary = ResponseBody<'/api/reports/summary', 'get'>;
export type Analytics = ResponseBody<'/api/reports/analytics', 'get'>;
export type Indicators = ResponseBody<'/api/reports/indicators', 'get'>;

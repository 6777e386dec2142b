/**
 * The closed sets of values the database's check constraints allow, defined once. The table
 * types (schema.ts), the Zod schemas of the routes (and so the OpenAPI document and the web
 * app's generated client) and the reports all take them from here.
 */
export const BENEFICIARY_KINDS = ['organization', 'informal_group', 'individual'] as const;
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];

export const BOOKING_STATUSES = ['pending', 'approved', 'rejected', 'cancelled', 'completed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const ACTIVITY_KINDS = [
  'seminar',
  'training',
  'workshop',
  'working_group',
  'study_visit',
  'event',
  'networking',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ['scheduled', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const APPOINTMENT_KINDS = ['consulting', 'coaching', 'mentoring'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_STATUSES = ['booked', 'completed', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const ENGAGEMENT_KINDS = ['coaching', 'mentoring'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const ENGAGEMENT_STATUSES = ['active', 'closed'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const OFFER_STATUSES = ['pending_review', 'open', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const APPLICATION_STATUSES = ['applied', 'accepted', 'declined', 'completed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const ARTICLE_VISIBILITIES = ['public', 'members'] as const;
export type ArticleVisibility = (typeof ARTICLE_VISIBILITIES)[number];

export const INITIATIVE_STAGES = [
  'idea',
  'planning',
  'first_action',
  'established',
  'independent',
  'dropped',
] as const;
export type InitiativeStage = (typeof INITIATIVE_STAGES)[number];

export const INITIATIVE_LINK_KINDS = ['booking', 'activity', 'appointment', 'article', 'other'] as const;
export type InitiativeLinkKind = (typeof INITIATIVE_LINK_KINDS)[number];

export const ACCOUNT_LINK_PURPOSES = ['password_reset', 'verify_email', 'change_email'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const BOOKING_KINDS = ['lending', 'activity'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];

export const PUBLIC_TASK_REPORT_TYPES = ['partial', 'final'] as const;
export type PublicTaskReportType = (typeof PUBLIC_TASK_REPORT_TYPES)[number];

export const IMPORT_KINDS = ['beneficiaries', 'bookings', 'attendance', 'volunteers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['checked', 'committed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const WEBHOOK_EVENT_TYPES = [
  'booking.created',
  'booking.approved',
  'booking.rejected',
  'booking.cancelled',
  'booking.moved',
  'registration.created',
  'registration.promoted',
  'registration.cancelled',
  'beneficiary.erased',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const WEBHOOK_DISABLED_REASONS = ['failing', 'admin'] as const;
export type WebhookDisabledReason = (typeof WEBHOOK_DISABLED_REASONS)[number];

import {
  ACCOUNT_LINK_PURPOSES,
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  APPLICATION_STATUSES,
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  ARTICLE_VISIBILITIES,
  BENEFICIARY_KINDS,
  BOOKING_KINDS,
  BOOKING_STATUSES,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_STATUSES,
  GOAL_STATUSES,
  IMPORT_KINDS,
  IMPORT_STATUSES,
  INITIATIVE_LINK_KINDS,
  INITIATIVE_STAGES,
  MAIL_STATUSES,
  OFFER_STATUSES,
  PUBLIC_TASK_REPORT_TYPES,
  REGISTRATION_STATUSES,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_DISABLED_REASONS,
} from './enums.ts';

export type EnumColumn = {
  /** The type in enums.ts the generated schema gives the column. */
  type: string;
  values: readonly string[];
  /** Whether a check constraint of the column lists exactly these values (a test reads them). */
  checked: boolean;
};

/**
 * The text columns that hold one of the closed sets of enums.ts, as `table.column`. The type
 * generator (scripts/generate-db-types.ts) types them with it; test/enums.test.ts checks that each
 * set equals the values the column's check constraint allows.
 */
export const ENUM_COLUMNS: Record<string, EnumColumn> = {
  'activities.kind': { type: 'ActivityKind', values: ACTIVITY_KINDS, checked: true },
  'activities.status': { type: 'ActivityStatus', values: ACTIVITY_STATUSES, checked: true },
  'activity_registrations.status': {
    type: 'RegistrationStatus',
    values: REGISTRATION_STATUSES,
    checked: true,
  },
  'appointments.kind': { type: 'AppointmentKind', values: APPOINTMENT_KINDS, checked: true },
  'appointments.status': { type: 'AppointmentStatus', values: APPOINTMENT_STATUSES, checked: true },
  'articles.visibility': { type: 'ArticleVisibility', values: ARTICLE_VISIBILITIES, checked: true },
  'article_revisions.visibility': { type: 'ArticleVisibility', values: ARTICLE_VISIBILITIES, checked: false },
  'beneficiaries.kind': { type: 'BeneficiaryKind', values: BENEFICIARY_KINDS, checked: true },
  'bookings.kind': { type: 'BookingKind', values: BOOKING_KINDS, checked: true },
  'bookings.status': { type: 'BookingStatus', values: BOOKING_STATUSES, checked: true },
  'engagement_goals.status': { type: 'GoalStatus', values: GOAL_STATUSES, checked: true },
  'engagements.kind': { type: 'EngagementKind', values: ENGAGEMENT_KINDS, checked: true },
  'engagements.status': { type: 'EngagementStatus', values: ENGAGEMENT_STATUSES, checked: true },
  'initiative_links.kind': { type: 'InitiativeLinkKind', values: INITIATIVE_LINK_KINDS, checked: true },
  'initiatives.stage': { type: 'InitiativeStage', values: INITIATIVE_STAGES, checked: true },
  'initiative_stage_changes.from_stage': {
    type: 'InitiativeStage',
    values: INITIATIVE_STAGES,
    checked: false,
  },
  'initiative_stage_changes.to_stage': { type: 'InitiativeStage', values: INITIATIVE_STAGES, checked: false },
  'account_links.purpose': { type: 'AccountLinkPurpose', values: ACCOUNT_LINK_PURPOSES, checked: true },
  'outbox.status': { type: 'MailStatus', values: MAIL_STATUSES, checked: true },
  'volunteer_applications.status': { type: 'ApplicationStatus', values: APPLICATION_STATUSES, checked: true },
  'volunteer_offers.status': { type: 'OfferStatus', values: OFFER_STATUSES, checked: true },
  'public_task_reports.type': {
    type: 'PublicTaskReportType',
    values: PUBLIC_TASK_REPORT_TYPES,
    checked: true,
  },
  'imports.kind': { type: 'ImportKind', values: IMPORT_KINDS, checked: true },
  'imports.status': { type: 'ImportStatus', values: IMPORT_STATUSES, checked: true },
  'webhook_deliveries.status': {
    type: 'WebhookDeliveryStatus',
    values: WEBHOOK_DELIVERY_STATUSES,
    checked: true,
  },
  'webhook_endpoints.disabled_reason': {
    type: 'WebhookDisabledReason',
    values: WEBHOOK_DISABLED_REASONS,
    checked: true,
  },
};

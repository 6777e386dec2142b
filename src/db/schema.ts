/**
 * The tables as Kysely sees them, GENERATED from the migrated database by
 * scripts/generate-db-types.ts (kysely-codegen): do not edit. After adding a migration run
 * `npm run generate:db` (needs PostgreSQL); CI fails when this file is stale.
 * Column types the database cannot tell come from types.ts, enums from enums.ts
 * (see enum-columns.ts).
 */

import type { ColumnType } from 'kysely';
import type {
  AccountLinkPurpose,
  ActivityKind,
  ActivityStatus,
  ApplicationStatus,
  AppointmentKind,
  AppointmentStatus,
  ArticleVisibility,
  BeneficiaryKind,
  BookingKind,
  BookingStatus,
  EngagementKind,
  EngagementStatus,
  GoalStatus,
  ImportKind,
  ImportStatus,
  InitiativeLinkKind,
  InitiativeStage,
  MailStatus,
  OfferStatus,
  PublicTaskReportType,
  RegistrationStatus,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
} from './enums.ts';
import type { AgreementTargets, Int8Number, JsonDocument, MailAttachment, OpeningHours } from './types.ts';

export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U>
    ? ColumnType<S, I | undefined, U>
    : ColumnType<T, T | undefined, T>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Numeric = ColumnType<string, number | string, number | string>;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccountLinks {
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  id: Generated<string>;
  new_email: string | null;
  purpose: AccountLinkPurpose;
  token_hash: string;
  used_at: Timestamp | null;
  user_id: string;
}

export interface Activities {
  audience: string | null;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  capacity: number | null;
  center_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  description: string | null;
  end_at: Timestamp;
  id: Generated<string>;
  kind: ActivityKind;
  published: Generated<boolean>;
  registration_closes_at: Timestamp | null;
  registration_opens_at: Timestamp | null;
  room_id: string | null;
  rrule: string | null;
  seats_taken: Generated<number>;
  start_at: Timestamp;
  status: Generated<ActivityStatus>;
  title: string;
  updated_at: Generated<Timestamp>;
  waitlisted: Generated<number>;
}

export interface ActivityAttendance {
  recorded_at: Generated<Timestamp>;
  recorded_by: string | null;
  registration_id: string;
  seats: number;
  session_id: string;
}

export interface ActivityFeedback {
  activity_id: string;
  comment: string | null;
  created_at: Generated<Timestamp>;
  given_by: string | null;
  id: Generated<string>;
  rating: number;
  registration_id: string;
}

export interface ActivityRegistrations {
  activity_id: string;
  beneficiary_id: string;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  promoted_at: Timestamp | null;
  queue: ColumnType<number, never, never>;
  registered_by: string | null;
  seats: number;
  status: RegistrationStatus;
  updated_at: Generated<Timestamp>;
}

export interface ActivitySessions {
  activity_id: string;
  attendance_recorded_at: Timestamp | null;
  attended_seats: Generated<number>;
  booking_id: string | null;
  end_at: Timestamp;
  id: Generated<string>;
  ordinal: number;
  reminder_sent_at: Timestamp | null;
  start_at: Timestamp;
  walk_ins: Generated<number>;
}

export interface AdvisorAvailability {
  advisor_id: string;
  center_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  end_at: Timestamp;
  id: Generated<string>;
  start_at: Timestamp;
}

export interface AdvisorCenters {
  advisor_id: string;
  center_id: string;
}

export interface Advisors {
  active: Generated<boolean>;
  bio: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  specialties: Generated<string[]>;
  updated_at: Generated<Timestamp>;
  user_id: string;
}

export interface ApiTokens {
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  last_used_at: Timestamp | null;
  name: string;
  revoked_at: Timestamp | null;
  token_hash: string;
  user_id: string;
}

export interface AppointmentFeedback {
  appointment_id: string;
  comment: string | null;
  created_at: Generated<Timestamp>;
  given_by: string | null;
  id: Generated<string>;
  rating: number;
}

export interface Appointments {
  advisor_id: string;
  beneficiary_id: string;
  booked_by: string | null;
  cancel_reason: string | null;
  center_id: string;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  end_at: Timestamp;
  engagement_id: string | null;
  id: Generated<string>;
  kind: AppointmentKind;
  notes: string | null;
  start_at: Timestamp;
  status: Generated<AppointmentStatus>;
  topic: string;
  updated_at: Generated<Timestamp>;
}

export interface ArticleAttachments {
  article_id: string;
  content_type: string;
  created_at: Generated<Timestamp>;
  data: Uint8Array;
  filename: string;
  id: Generated<string>;
  sha256: string;
  size: number;
  uploaded_by: string | null;
}

export interface ArticleRevisions {
  article_id: string;
  body: string;
  category: string | null;
  edited_at: Timestamp;
  edited_by: string | null;
  id: Generated<string>;
  replaced_at: Generated<Timestamp>;
  revision: number;
  tags: Generated<string[]>;
  title: string;
  visibility: ArticleVisibility;
}

export interface Articles {
  body: string;
  body_text: string;
  category: string | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  html: string;
  id: Generated<string>;
  revision: Generated<number>;
  search: ColumnType<string, never, never>;
  slug: string;
  tags: Generated<string[]>;
  title: string;
  title_folded: ColumnType<string, never, never>;
  title_search: ColumnType<string, never, never>;
  updated_at: Generated<Timestamp>;
  updated_by: string | null;
  visibility: ArticleVisibility;
}

export interface ArticleWords {
  word: string;
}

export interface AuditLog {
  action: string;
  actor_id: string | null;
  at: Generated<Timestamp>;
  center_id: string | null;
  entity: string;
  entity_id: string;
  fields: Generated<string[]>;
  id: Generated<Int8Number>;
  reason: string | null;
}

export interface Beneficiaries {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district: number | null;
  email: string | null;
  erased_at: Timestamp | null;
  id: Generated<string>;
  kind: BeneficiaryKind;
  krs: string | null;
  legal_form: string | null;
  name: string;
  nip: string | null;
  notes: string | null;
  phone: string | null;
  regon: string | null;
  updated_at: Generated<Timestamp>;
}

export interface BeneficiaryAliases {
  beneficiary_id: string;
  merged_at: Generated<Timestamp>;
  merged_by: string | null;
  old_id: string;
}

export interface BeneficiaryDismissedPairs {
  a: string;
  b: string;
  dismissed_at: Generated<Timestamp>;
  dismissed_by: string | null;
}

export interface BeneficiaryRepresentatives {
  beneficiary_id: string;
  created_at: Generated<Timestamp>;
  user_id: string;
}

export interface BookingRefusals {
  at: Generated<Timestamp>;
  beneficiary_id: string | null;
  center_id: string;
  end_at: Timestamp;
  id: Generated<Int8Number>;
  occurrences: Generated<number>;
  requested_by: string | null;
  room_id: string;
  start_at: Timestamp;
}

export interface Bookings {
  attendees: number | null;
  beneficiary_id: string | null;
  center_id: string;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  end_at: Timestamp;
  expected_attendees: number | null;
  id: Generated<string>;
  kind: Generated<BookingKind>;
  purpose: string | null;
  reminder_sent_at: Timestamp | null;
  requested_by: string | null;
  revision: Generated<number>;
  room_id: string;
  series_id: string | null;
  start_at: Timestamp;
  status: BookingStatus;
  terms_accepted_at: Timestamp | null;
  title: string;
  title_public: Generated<boolean>;
  updated_at: Generated<Timestamp>;
  was_approved: Generated<boolean>;
}

export interface BookingSeries {
  beneficiary_id: string | null;
  created_at: Generated<Timestamp>;
  first_date: string;
  id: Generated<string>;
  local_end: string;
  local_start: string;
  requested_by: string | null;
  room_id: string;
  rrule: string;
  title: string;
}

export interface CenterClosures {
  center_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  from_date: string;
  id: Generated<string>;
  reason: string;
  to_date: string;
}

export interface Centers {
  accessibility: string | null;
  address: string;
  booking_max_advance_days: Generated<number>;
  booking_max_hours: Generated<number>;
  booking_min_notice_hours: Generated<number>;
  booking_terms: Generated<string>;
  booking_terms_en: string | null;
  created_at: Generated<Timestamp>;
  description: string | null;
  district: number | null;
  email: string | null;
  id: Generated<string>;
  name: string;
  open_holidays: Generated<string[]>;
  opening_hours: ColumnType<OpeningHours, string, string>;
  phone: string | null;
  timezone: Generated<string>;
  updated_at: Generated<Timestamp>;
}

export interface Districts {
  name: string;
  number: number;
}

export interface EngagementGoals {
  created_at: Generated<Timestamp>;
  engagement_id: string;
  id: Generated<string>;
  ordinal: number;
  progress: Generated<number>;
  status: Generated<GoalStatus>;
  title: string;
  updated_at: Generated<Timestamp>;
}

export interface Engagements {
  advisor_id: string;
  beneficiary_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  id: Generated<string>;
  kind: EngagementKind;
  status: Generated<EngagementStatus>;
  title: string | null;
  updated_at: Generated<Timestamp>;
}

export interface FundingAgreements {
  center_id: string | null;
  created_at: Generated<Timestamp>;
  funder: string;
  id: Generated<string>;
  operator: string;
  period_from: string;
  period_to: string;
  targets: ColumnType<AgreementTargets, string | undefined, string>;
  title: string;
  updated_at: Generated<Timestamp>;
}

export interface Imports {
  center_id: string | null;
  committed_at: Timestamp | null;
  committed_by: string | null;
  created: number | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  duplicate_count: number;
  error_count: number;
  file_sha256: string;
  filename: string;
  id: Generated<string>;
  kind: ImportKind;
  plan: Json;
  row_count: number;
  skipped: number | null;
  status: Generated<ImportStatus>;
  to_create: number;
}

export interface InitiativeLinks {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  id: Generated<string>;
  initiative_id: string;
  kind: InitiativeLinkKind;
  label: string;
  ref_id: string | null;
}

export interface InitiativeNotes {
  author_id: string | null;
  body: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  initiative_id: string;
}

export interface Initiatives {
  beneficiary_id: string;
  center_id: string | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  description: string | null;
  id: Generated<string>;
  mentor_id: string | null;
  next_step: string | null;
  next_step_date: string | null;
  next_step_reminded_for: string | null;
  stage: Generated<InitiativeStage>;
  title: string;
  updated_at: Generated<Timestamp>;
}

export interface InitiativeStageChanges {
  changed_at: Generated<Timestamp>;
  changed_by: string | null;
  from_stage: InitiativeStage | null;
  id: Generated<string>;
  initiative_id: string;
  note: string | null;
  to_stage: InitiativeStage;
}

export interface LoginFailures {
  at: Generated<Timestamp>;
  id: Generated<Int8Number>;
  key: string;
}

export interface OidcFlows {
  code_verifier: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  nonce: string;
  return_to: string;
  state_hash: string;
}

export interface Outbox {
  attachments: ColumnType<MailAttachment[], string | undefined, string>;
  attempts: Generated<number>;
  center_id: string | null;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  kind: string;
  language: Generated<string>;
  last_error: string | null;
  locked_until: Timestamp | null;
  next_attempt_at: Generated<Timestamp>;
  request_id: string | null;
  sent_at: Timestamp | null;
  status: Generated<MailStatus>;
  subject: string;
  text: string;
  to_address: string;
}

export interface PublicTaskReports {
  agreement_id: string;
  center_id: string | null;
  computed_at: Generated<Timestamp>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  data: ColumnType<JsonDocument, string, string>;
  fields: ColumnType<JsonDocument, string | undefined, string>;
  id: Generated<string>;
  period_from: string;
  period_to: string;
  revision: Generated<number>;
  type: PublicTaskReportType;
  updated_at: Generated<Timestamp>;
}

export interface Rooms {
  accessible: Generated<boolean>;
  active: Generated<boolean>;
  amenities: Generated<string[]>;
  auto_approve: Generated<boolean>;
  capacity: number;
  center_id: string;
  created_at: Generated<Timestamp>;
  description: string | null;
  id: Generated<string>;
  name: string;
  updated_at: Generated<Timestamp>;
}

export interface Sessions {
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  id: Generated<string>;
  last_seen_at: Generated<Timestamp>;
  token_hash: string;
  user_agent: string | null;
  user_id: string;
}

export interface UserCenters {
  center_id: string;
  user_id: string;
}

export interface Users {
  created_at: Generated<Timestamp>;
  disabled: Generated<boolean>;
  email: string;
  email_verified_at: Generated<Timestamp | null>;
  feed_token_hash: string | null;
  id: Generated<string>;
  language: Generated<string>;
  name: string;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  password_hash: string | null;
  roles: Generated<string[]>;
  updated_at: Generated<Timestamp>;
}

export interface VolunteerApplications {
  applied_by: string | null;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  id: Generated<string>;
  message: string | null;
  offer_id: string;
  status: Generated<ApplicationStatus>;
  updated_at: Generated<Timestamp>;
  volunteer_id: string;
}

export interface VolunteerHours {
  application_id: string;
  created_at: Generated<Timestamp>;
  hours: Numeric;
  id: Generated<string>;
  logged_by: string | null;
  note: string | null;
  work_date: string;
}

export interface VolunteerOffers {
  center_id: string | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  description: string | null;
  district: number | null;
  end_date: string | null;
  hours_per_week: number | null;
  id: Generated<string>;
  organization_id: string;
  skills: string[];
  start_date: string | null;
  status: Generated<OfferStatus>;
  title: string;
  updated_at: Generated<Timestamp>;
  volunteers_needed: number;
}

export interface Volunteers {
  active: Generated<boolean>;
  availability_note: string | null;
  available_from: string | null;
  available_to: string | null;
  available_weekdays: Generated<string[]>;
  beneficiary_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  districts: Generated<number[]>;
  hours_per_week: number | null;
  id: Generated<string>;
  skills: Generated<string[]>;
  tags: Generated<string[]>;
  updated_at: Generated<Timestamp>;
}

export interface WebhookAttempts {
  at: Timestamp;
  attempt: number;
  delivery_id: string;
  duration_ms: number;
  error: string | null;
  id: Generated<Int8Number>;
  response: string | null;
  status_code: number | null;
}

export interface WebhookDeliveries {
  attempts: Generated<number>;
  created_at: Generated<Timestamp>;
  delivered_at: Timestamp | null;
  endpoint_id: string;
  event_type: string;
  id: Generated<string>;
  last_error: string | null;
  last_response: string | null;
  last_status_code: number | null;
  locked_until: Timestamp | null;
  next_attempt_at: Generated<Timestamp>;
  payload: ColumnType<JsonDocument, string, string>;
  request_id: string | null;
  resource: string;
  retry_until: Timestamp | null;
  seq: ColumnType<number, never, never>;
  status: Generated<WebhookDeliveryStatus>;
}

export interface WebhookEndpoints {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  description: string | null;
  disabled_at: Timestamp | null;
  disabled_reason: WebhookDisabledReason | null;
  events: string[];
  failing_since: Timestamp | null;
  id: Generated<string>;
  previous_secret: string | null;
  previous_secret_until: Timestamp | null;
  secret: string;
  updated_at: Generated<Timestamp>;
  url: string;
}

export interface DB {
  account_links: AccountLinks;
  activities: Activities;
  activity_attendance: ActivityAttendance;
  activity_feedback: ActivityFeedback;
  activity_registrations: ActivityRegistrations;
  activity_sessions: ActivitySessions;
  advisor_availability: AdvisorAvailability;
  advisor_centers: AdvisorCenters;
  advisors: Advisors;
  api_tokens: ApiTokens;
  appointment_feedback: AppointmentFeedback;
  appointments: Appointments;
  article_attachments: ArticleAttachments;
  article_revisions: ArticleRevisions;
  article_words: ArticleWords;
  articles: Articles;
  audit_log: AuditLog;
  beneficiaries: Beneficiaries;
  beneficiary_aliases: BeneficiaryAliases;
  beneficiary_dismissed_pairs: BeneficiaryDismissedPairs;
  beneficiary_representatives: BeneficiaryRepresentatives;
  booking_refusals: BookingRefusals;
  booking_series: BookingSeries;
  bookings: Bookings;
  center_closures: CenterClosures;
  centers: Centers;
  districts: Districts;
  engagement_goals: EngagementGoals;
  engagements: Engagements;
  funding_agreements: FundingAgreements;
  imports: Imports;
  initiative_links: InitiativeLinks;
  initiative_notes: InitiativeNotes;
  initiative_stage_changes: InitiativeStageChanges;
  initiatives: Initiatives;
  login_failures: LoginFailures;
  oidc_flows: OidcFlows;
  outbox: Outbox;
  public_task_reports: PublicTaskReports;
  rooms: Rooms;
  sessions: Sessions;
  user_centers: UserCenters;
  users: Users;
  volunteer_applications: VolunteerApplications;
  volunteer_hours: VolunteerHours;
  volunteer_offers: VolunteerOffers;
  volunteers: Volunteers;
  webhook_attempts: WebhookAttempts;
  webhook_deliveries: WebhookDeliveries;
  webhook_endpoints: WebhookEndpoints;
}

export type {
  AccountLinkPurpose,
  ActivityKind,
  ActivityStatus,
  ApplicationStatus,
  AppointmentKind,
  AppointmentStatus,
  ArticleVisibility,
  BeneficiaryKind,
  BookingKind,
  BookingStatus,
  EngagementKind,
  EngagementStatus,
  GoalStatus,
  ImportKind,
  ImportStatus,
  InitiativeLinkKind,
  InitiativeStage,
  MailStatus,
  OfferStatus,
  PublicTaskReportType,
  RegistrationStatus,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEventType,
} from './enums.ts';
export type { AgreementTargets, MailAttachment, OpeningHours } from './types.ts';

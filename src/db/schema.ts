import type { ColumnType, Generated } from 'kysely';
import type {
  ActivityKind,
  ActivityStatus,
  ApplicationStatus,
  AppointmentKind,
  AppointmentStatus,
  ArticleVisibility,
  BeneficiaryKind,
  BookingStatus,
  EngagementKind,
  GoalStatus,
  InitiativeLinkKind,
  InitiativeStage,
  OfferStatus,
  RegistrationStatus,
} from './enums.ts';

export type {
  ActivityKind,
  ActivityStatus,
  ApplicationStatus,
  AppointmentKind,
  AppointmentStatus,
  ArticleVisibility,
  BeneficiaryKind,
  BookingStatus,
  EngagementKind,
  GoalStatus,
  InitiativeLinkKind,
  InitiativeStage,
  OfferStatus,
  RegistrationStatus,
};

/** The tables as Kysely sees them; kept in step with migrations/ by hand. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp with a default: optional on insert. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;

export type OpeningHours = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>;

export interface DistrictsTable {
  number: number;
  name: string;
}

export interface CentersTable {
  id: Generated<string>;
  name: string;
  address: string;
  district: number | null;
  timezone: Generated<string>;
  opening_hours: ColumnType<OpeningHours, string, string>;
  open_holidays: ColumnType<string[], string[] | undefined, string[]>;
  email: string | null;
  phone: string | null;
  description: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
  booking_max_advance_days: Generated<number>;
  booking_min_notice_hours: Generated<number>;
  booking_max_hours: Generated<number>;
  booking_terms: Generated<string>;
  accessibility: string | null;
}

export interface CenterClosuresTable {
  id: Generated<string>;
  center_id: string;
  from_date: string;
  to_date: string;
  reason: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RoomsTable {
  id: Generated<string>;
  center_id: string;
  name: string;
  description: string | null;
  capacity: number;
  amenities: ColumnType<string[], string[] | undefined, string[]>;
  accessible: Generated<boolean>;
  auto_approve: Generated<boolean>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  disabled: Generated<boolean>;
  language: Generated<string>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface UserCentersTable {
  user_id: string;
  center_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: DefaultedTimestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  key: string;
  at: DefaultedTimestamp;
}

export interface BeneficiariesTable {
  id: Generated<string>;
  kind: BeneficiaryKind;
  name: string;
  email: string | null;
  phone: string | null;
  district: number | null;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  legal_form: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
  erased_at: Timestamp | null;
}

export interface BeneficiaryRepresentativesTable {
  beneficiary_id: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: DefaultedTimestamp;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  fields: ColumnType<string[], string[] | undefined, string[]>;
  reason: string | null;
}

export interface DB {
  districts: DistrictsTable;
  centers: CentersTable;
  center_closures: CenterClosuresTable;
  rooms: RoomsTable;
  users: UsersTable;
  user_centers: UserCentersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  beneficiaries: BeneficiariesTable;
  beneficiary_representatives: BeneficiaryRepresentativesTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  booking_series: BookingSeriesTable;
  bookings: BookingsTable;
  activities: ActivitiesTable;
  activity_sessions: ActivitySessionsTable;
  activity_registrations: ActivityRegistrationsTable;
  activity_attendance: ActivityAttendanceTable;
  activity_feedback: ActivityFeedbackTable;
  advisors: AdvisorsTable;
  advisor_centers: AdvisorCentersTable;
  advisor_availability: AdvisorAvailabilityTable;
  engagements: EngagementsTable;
  engagement_goals: EngagementGoalsTable;
  appointments: AppointmentsTable;
  appointment_feedback: AppointmentFeedbackTable;
  volunteers: VolunteersTable;
  volunteer_offers: VolunteerOffersTable;
  volunteer_applications: VolunteerApplicationsTable;
  volunteer_hours: VolunteerHoursTable;
  articles: ArticlesTable;
  article_words: ArticleWordsTable;
  article_revisions: ArticleRevisionsTable;
  article_attachments: ArticleAttachmentsTable;
  initiatives: InitiativesTable;
  initiative_stage_changes: InitiativeStageChangesTable;
  initiative_notes: InitiativeNotesTable;
  initiative_links: InitiativeLinksTable;
  booking_refusals: BookingRefusalsTable;
  funding_agreements: FundingAgreementsTable;
}

export type MailAttachment = { filename: string; contentType: string; content: string };

export interface OutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text: string;
  attachments: ColumnType<MailAttachment[], string | undefined, string>;
  kind: string;
  language: Generated<string>;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: DefaultedTimestamp;
  locked_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  created_at: CreatedAt;
}

export interface BookingSeriesTable {
  id: Generated<string>;
  room_id: string;
  beneficiary_id: string | null;
  title: string;
  rrule: string;
  local_start: string;
  local_end: string;
  first_date: string;
  requested_by: string | null;
  created_at: CreatedAt;
}

export interface BookingsTable {
  id: Generated<string>;
  room_id: string;
  center_id: string;
  kind: Generated<'lending' | 'activity'>;
  beneficiary_id: string | null;
  series_id: string | null;
  title: string;
  purpose: string | null;
  expected_attendees: number | null;
  start_at: Timestamp;
  end_at: Timestamp;
  status: BookingStatus;
  attendees: number | null;
  requested_by: string | null;
  terms_accepted_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  reminder_sent_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

// The programme (migration 2026112606_programme)

export interface ActivitiesTable {
  id: Generated<string>;
  center_id: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  audience: string | null;
  room_id: string | null;
  capacity: number | null;
  start_at: Timestamp;
  end_at: Timestamp;
  rrule: string | null;
  registration_opens_at: Timestamp | null;
  registration_closes_at: Timestamp | null;
  published: Generated<boolean>;
  status: Generated<ActivityStatus>;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface ActivitySessionsTable {
  id: Generated<string>;
  activity_id: string;
  ordinal: number;
  start_at: Timestamp;
  end_at: Timestamp;
  booking_id: string | null;
  walk_ins: Generated<number>;
  attendance_recorded_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  attended_seats: Generated<number>;
}

export interface ActivityRegistrationsTable {
  id: Generated<string>;
  /** The waitlist order: first in, first out (a sequence, taken under the activity's lock). */
  queue: ColumnType<number, never, never>;
  activity_id: string;
  beneficiary_id: string;
  seats: number;
  status: RegistrationStatus;
  registered_by: string | null;
  promoted_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface ActivityAttendanceTable {
  session_id: string;
  registration_id: string;
  seats: number;
  recorded_by: string | null;
  recorded_at: DefaultedTimestamp;
}

export interface ActivityFeedbackTable {
  id: Generated<string>;
  activity_id: string;
  registration_id: string;
  rating: number;
  comment: string | null;
  given_by: string | null;
  created_at: CreatedAt;
}

// Advice (migration 2026112607_advice)

export interface AdvisorsTable {
  id: Generated<string>;
  user_id: string;
  specialties: ColumnType<string[], string[] | undefined, string[]>;
  bio: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface AdvisorCentersTable {
  advisor_id: string;
  center_id: string;
}

export interface AdvisorAvailabilityTable {
  id: Generated<string>;
  advisor_id: string;
  center_id: string;
  start_at: Timestamp;
  end_at: Timestamp;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EngagementsTable {
  id: Generated<string>;
  advisor_id: string;
  beneficiary_id: string;
  kind: EngagementKind;
  title: string | null;
  status: Generated<'active' | 'closed'>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface EngagementGoalsTable {
  id: Generated<string>;
  engagement_id: string;
  ordinal: number;
  title: string;
  progress: Generated<number>;
  status: Generated<GoalStatus>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface AppointmentsTable {
  id: Generated<string>;
  advisor_id: string;
  beneficiary_id: string;
  center_id: string;
  engagement_id: string | null;
  kind: AppointmentKind;
  topic: string;
  start_at: Timestamp;
  end_at: Timestamp;
  status: Generated<AppointmentStatus>;
  notes: string | null;
  cancel_reason: string | null;
  booked_by: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface AppointmentFeedbackTable {
  id: Generated<string>;
  appointment_id: string;
  rating: number;
  comment: string | null;
  given_by: string | null;
  created_at: CreatedAt;
}

// Community: volunteering, the knowledge base, incubation (migration 2026112608_community)

type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface VolunteersTable {
  id: Generated<string>;
  beneficiary_id: string;
  skills: TextArray;
  tags: TextArray;
  districts: ColumnType<number[], number[] | undefined, number[]>;
  hours_per_week: number | null;
  available_from: string | null;
  available_to: string | null;
  available_weekdays: TextArray;
  availability_note: string | null;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface VolunteerOffersTable {
  id: Generated<string>;
  organization_id: string;
  center_id: string | null;
  title: string;
  description: string | null;
  skills: ColumnType<string[], string[], string[]>;
  district: number | null;
  start_date: string | null;
  end_date: string | null;
  volunteers_needed: number;
  hours_per_week: number | null;
  status: Generated<OfferStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface VolunteerApplicationsTable {
  id: Generated<string>;
  offer_id: string;
  volunteer_id: string;
  status: Generated<ApplicationStatus>;
  message: string | null;
  applied_by: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface VolunteerHoursTable {
  id: Generated<string>;
  application_id: string;
  work_date: string;
  /** numeric(4,2), read as a string. */
  hours: ColumnType<string, number | string, number | string>;
  note: string | null;
  logged_by: string | null;
  created_at: CreatedAt;
}

export interface ArticlesTable {
  id: Generated<string>;
  slug: string;
  title: string;
  body: string;
  html: string;
  body_text: string;
  category: string | null;
  tags: TextArray;
  visibility: ArticleVisibility;
  revision: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
  search: ColumnType<string, never, never>;
}

export interface ArticleWordsTable {
  word: string;
}

export interface ArticleRevisionsTable {
  id: Generated<string>;
  article_id: string;
  revision: number;
  title: string;
  body: string;
  category: string | null;
  tags: TextArray;
  visibility: ArticleVisibility;
  edited_by: string | null;
  edited_at: Timestamp;
  replaced_at: CreatedAt;
}

export interface ArticleAttachmentsTable {
  id: Generated<string>;
  article_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  data: ColumnType<Uint8Array, Uint8Array, Uint8Array>;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface InitiativesTable {
  id: Generated<string>;
  beneficiary_id: string;
  center_id: string | null;
  title: string;
  description: string | null;
  stage: Generated<InitiativeStage>;
  mentor_id: string | null;
  next_step: string | null;
  next_step_date: string | null;
  next_step_reminded_for: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

export interface InitiativeStageChangesTable {
  id: Generated<string>;
  initiative_id: string;
  from_stage: InitiativeStage | null;
  to_stage: InitiativeStage;
  note: string | null;
  changed_by: string | null;
  changed_at: CreatedAt;
}

export interface InitiativeNotesTable {
  id: Generated<string>;
  initiative_id: string;
  body: string;
  author_id: string | null;
  created_at: CreatedAt;
}

export interface InitiativeLinksTable {
  id: Generated<string>;
  initiative_id: string;
  kind: InitiativeLinkKind;
  ref_id: string | null;
  label: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface BookingRefusalsTable {
  id: Generated<number>;
  room_id: string;
  center_id: string;
  beneficiary_id: string | null;
  start_at: Timestamp;
  end_at: Timestamp;
  occurrences: Generated<number>;
  requested_by: string | null;
  at: DefaultedTimestamp;
}

export type AgreementTargets = Partial<Record<string, number>>;

export interface FundingAgreementsTable {
  id: Generated<string>;
  center_id: string | null;
  title: string;
  operator: string;
  funder: string;
  period_from: string;
  period_to: string;
  targets: ColumnType<AgreementTargets, string, string>;
  created_at: CreatedAt;
  updated_at: DefaultedTimestamp;
}

import type { ColumnType, Generated } from 'kysely';

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

export type BeneficiaryKind = 'organization' | 'informal_group' | 'individual';

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

export type BookingStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';

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

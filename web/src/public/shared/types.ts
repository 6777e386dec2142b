/** The shapes of the API's answers the public site and the member area read (see /api/openapi.json). */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export type OpeningHours = Record<Weekday, [string, string][]>;

export type Center = {
  id: string;
  name: string;
  address: string;
  district: number | null;
  timezone: string;
  openingHours: OpeningHours;
  openHolidays: string[];
  email: string | null;
  phone: string | null;
  description: string | null;
  /** The building's accessibility, in the centre's words (Polish). */
  accessibility: string | null;
};

export type Room = {
  id: string;
  centerId: string;
  name: string;
  capacity: number;
  amenities: string[];
  accessible: boolean;
  autoApprove: boolean;
  description: string | null;
  active: boolean;
};

export type Interval = { start: string; end: string };
export type Availability = { roomId: string; timezone: string; free: Interval[]; busy: Interval[] };

export type CenterDay = {
  date: string;
  weekday: Weekday;
  open: boolean;
  hours: [string, string][];
  reason?: 'holiday' | 'closure' | 'weekly';
  holiday?: string;
  closureReason?: string;
};

export type BookingRules = {
  maxAdvanceDays: number;
  minNoticeHours: number;
  maxHours: number;
  terms: string;
};

export type BookingStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
export type Booking = {
  id: string;
  roomId: string;
  centerId: string;
  beneficiaryId: string | null;
  seriesId: string | null;
  title: string;
  purpose: string | null;
  expectedAttendees: number | null;
  start: string;
  end: string;
  status: BookingStatus;
  decisionReason: string | null;
  createdAt: string;
};
export type BookingSeries = { seriesId: string; bookings: Booking[] };

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
export type Activity = {
  id: string;
  centerId: string;
  kind: ActivityKind;
  title: string;
  description: string | null;
  audience: string | null;
  roomId: string | null;
  capacity: number | null;
  start: string;
  end: string;
  recurrence: { rrule: string } | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string;
  published: boolean;
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  seatsTaken: number;
  seatsLeft: number | null;
  waitlisted: number;
  sessions?: { id: string; ordinal: number; start: string; end: string }[];
};

export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';
export type Registration = {
  id: string;
  activityId: string;
  beneficiaryId: string;
  beneficiaryName: string;
  seats: number;
  status: RegistrationStatus;
  position: number | null;
  promotedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
};

export type BeneficiaryKind = 'organization' | 'informal_group' | 'individual';
export type Beneficiary = {
  id: string;
  kind: BeneficiaryKind;
  name: string;
  email: string | null;
  phone: string | null;
  district: number | null;
  krs: string | null;
  nip: string | null;
  regon: string | null;
  legalForm: string | null;
  erased: boolean;
};
export type PossibleDuplicate = { id: string; name: string; kind: BeneficiaryKind; similarity: number };
export type District = { number: number; name: string };

export type Article = {
  id: string;
  slug: string;
  title: string;
  category: string | null;
  tags: string[];
  visibility: 'public' | 'members';
  updatedAt: string;
  html: string;
  attachments: { id: string; filename: string; contentType: string; size: number; url: string }[];
};
export type ArticleHit = {
  id: string;
  slug: string;
  title: string;
  category: string | null;
  tags: string[];
  visibility: 'public' | 'members';
  updatedAt: string;
  snippet: string;
  highlightedTitle: string;
};

export type VolunteerOffer = {
  id: string;
  organizationId: string;
  organizationName: string;
  centerId: string | null;
  title: string;
  description: string | null;
  skills: string[];
  district: number | null;
  start: string | null;
  end: string | null;
  volunteersNeeded: number;
  volunteersAccepted: number;
  hoursPerWeek: number | null;
  status: 'open' | 'closed';
};
export type Skill = { code: string; label: string; pl: string; en: string };

export type Volunteer = {
  id: string;
  beneficiaryId: string;
  name: string;
  skills: string[];
  active: boolean;
};
export type ApplicationStatus = 'applied' | 'accepted' | 'declined' | 'completed';
export type Application = {
  id: string;
  offerId: string;
  offerTitle: string;
  organizationName: string;
  volunteerId: string;
  volunteerName: string;
  status: ApplicationStatus;
  decisionReason: string | null;
  totalHours: number;
  createdAt: string;
};

export type AppointmentStatus = 'booked' | 'completed' | 'cancelled' | 'no_show';
export type Appointment = {
  id: string;
  advisorId: string;
  advisorName: string;
  beneficiaryId: string;
  beneficiaryName: string;
  centerId: string;
  kind: 'consulting' | 'coaching' | 'mentoring';
  topic: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  cancelReason: string | null;
  notes?: string | null;
};

export type Advisor = {
  id: string;
  name: string;
  specialties: string[];
  centerIds: string[];
  bio: string | null;
  active: boolean;
};

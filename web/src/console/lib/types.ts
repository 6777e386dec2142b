/** The shapes of the API answers the console reads (see /api/openapi.json). */
export type Center = {
  id: string;
  name: string;
  address: string;
  district: number | null;
  timezone: string;
  openingHours: Record<string, [string, string][]>;
};

export type Room = {
  id: string;
  centerId: string;
  name: string;
  capacity: number;
  amenities: string[];
  accessible: boolean;
  autoApprove: boolean;
  active: boolean;
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
  attendees: number | null;
  requestedBy: string | null;
  decisionReason: string | null;
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
  createdAt: string;
  updatedAt: string;
  erased: boolean;
  possibleDuplicates?: Duplicate[];
};
export type Duplicate = { id: string; name: string; kind: BeneficiaryKind; similarity: number };
export type Representative = {
  beneficiaryId: string;
  userId: string;
  name: string;
  email: string;
  createdAt: string;
};
export type District = { number: number; name: string };
export type UserSummary = { id: string; email: string; name: string; roles: string[]; centerIds: string[] };

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
export type Session = {
  id: string;
  ordinal: number;
  start: string;
  end: string;
  walkIns: number;
  attendanceRecordedAt: string | null;
};
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
  published: boolean;
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  seatsTaken: number;
  seatsLeft: number | null;
  waitlisted: number;
  sessions?: Session[];
  feedback?: { count: number; average: number | null };
};
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';
export type Registration = {
  id: string;
  beneficiaryId: string;
  beneficiaryName: string;
  seats: number;
  status: RegistrationStatus;
  position: number | null;
  attendedSeats: number | null;
  createdAt: string;
};
export type CheckIn = {
  activityId: string;
  title: string;
  session: Session;
  registrations: {
    registrationId: string;
    beneficiaryId: string;
    beneficiaryName: string;
    seats: number;
    status: RegistrationStatus;
    position: number | null;
    attendedSeats: number | null;
    noShow: boolean;
  }[];
  totals: {
    registeredSeats: number;
    attendedSeats: number;
    walkIns: number;
    participants: number;
    noShows: number;
  };
};

export type Advisor = {
  id: string;
  userId: string;
  name: string;
  specialties: string[];
  centerIds: string[];
  bio: string | null;
  active: boolean;
};
export type AvailabilityWindow = {
  id: string;
  advisorId: string;
  centerId: string;
  start: string;
  end: string;
};
export type Availability = {
  advisorId: string;
  windows: AvailabilityWindow[];
  busy: { start: string; end: string }[];
};
export type AppointmentStatus = 'booked' | 'completed' | 'cancelled' | 'no_show';
export type Appointment = {
  id: string;
  advisorId: string;
  advisorName: string;
  beneficiaryId: string;
  beneficiaryName: string;
  centerId: string;
  engagementId: string | null;
  kind: 'consulting' | 'coaching' | 'mentoring';
  topic: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  cancelReason: string | null;
  notes?: string | null;
};
export type Goal = {
  id: string;
  ordinal: number;
  title: string;
  progress: number;
  status: 'open' | 'achieved' | 'dropped';
};
export type Engagement = {
  id: string;
  advisorId: string;
  beneficiaryId: string;
  beneficiaryName: string;
  kind: 'coaching' | 'mentoring';
  title: string | null;
  status: 'active' | 'closed';
  createdAt: string;
  goals?: Goal[];
  sessions?: Appointment[];
};

export type Skill = { code: string; label: string; pl: string; en: string };
export type Offer = {
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
export type Match = {
  volunteerId: string;
  name: string;
  score: number;
  reasons: string[];
  applicationStatus: ApplicationStatus | null;
};
export type ApplicationStatus = 'applied' | 'accepted' | 'declined' | 'completed';
export type Application = {
  id: string;
  offerId: string;
  volunteerId: string;
  volunteerName: string;
  status: ApplicationStatus;
  message: string | null;
  decisionReason: string | null;
  totalHours: number;
  createdAt: string;
};
export type HoursEntry = { id: string; date: string; hours: number; note: string | null };

export type Attachment = { id: string; filename: string; contentType: string; size: number; url: string };
export type Article = {
  id: string;
  slug: string;
  title: string;
  category: string | null;
  tags: string[];
  visibility: 'public' | 'members';
  revision: number;
  updatedAt: string;
  html?: string;
  body?: string;
  attachments?: Attachment[];
  snippet?: string;
  highlightedTitle?: string;
};

export const STAGES = ['idea', 'planning', 'first_action', 'established', 'independent', 'dropped'] as const;
export type Stage = (typeof STAGES)[number];
export type Initiative = {
  id: string;
  beneficiaryId: string;
  beneficiaryName: string;
  centerId: string | null;
  title: string;
  description: string | null;
  stage: Stage;
  mentorId: string | null;
  mentor: { id: string; name: string } | null;
  nextStep: string | null;
  nextStepDate: string | null;
  createdAt: string;
  history?: {
    id: string;
    from: Stage | null;
    to: Stage;
    note: string | null;
    changedBy: { id: string; name: string } | null;
    changedAt: string;
  }[];
  notes?: { id: string; body: string; author: { id: string; name: string } | null; createdAt: string }[];
  links?: { id: string; kind: string; refId: string | null; label: string; createdAt: string }[];
};

export type Summary = {
  period: { from: string; to: string };
  centerIds: string[];
  beneficiaries: { total: number; organizations: number; informalGroups: number; individuals: number };
  rooms: { lendings: number; people: number; hours: number };
  activities: {
    count: number;
    participants: number;
    byKind: Record<string, { count: number; participants: number }>;
  };
  advice: { appointments: number; hours: number; byKind: Record<string, number> };
  volunteering: { offers: number; placements: number; hours: number };
  incubation: { initiatives: number; byStage: Record<string, number> };
};
export type Analytics = {
  period: { from: string; to: string };
  occupancy: { weekday: number; hour: number; bookedHours: number; openHours: number; rate: number | null }[];
  unmetDemand: { refused: number; rejected: number; withdrawn: number };
  districts: { district: number | null; name: string | null; beneficiaries: number }[];
  trends: { month: string; lendings: number; people: number; appointments: number; attendances: number }[];
};
export type Indicators = {
  items: {
    agreement: {
      id: string;
      centerId: string | null;
      title: string;
      funder: string;
      operator: string;
      from: string;
      to: string;
    };
    indicators: { key: string; label: string; target: number; actual: number; percent: number | null }[];
  }[];
};

/**
 * GENERATED FILE, do not edit by hand.
 * The server's OpenAPI document (/api/openapi.json) as TypeScript types, by openapi-typescript.
 * Regenerate with `npm run generate:api`; `npm run generate:api -- --check` fails when it is stale.
 */
/** biome-ignore-all lint: generated from the OpenAPI document */
export interface paths {
  '/api/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme (public: published activities; staff also see their unpublished ones). from/to: activities overlapping that time. Latest start first, or order=asc for what comes next. */
    get: operations['getActivities'];
    put?: never;
    /** Create an activity (staff of the centre): one-off, or a series with recurrence (RFC 5545, in the centre's zone). With roomId every session holds the room like a booking: overlap -> 409 with details.conflicts. capacity defaults to the room's, or no limit without a room. */
    post: operations['postActivities'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One activity with its sessions (public if published); staff also get the average rating */
    get: operations['getActivitiesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an activity (staff of the centre). Times only for a one-off activity; a new room, time or title renews the room holds (409 on overlap); more capacity promotes from the waitlist. */
    patch: operations['patchActivitiesById'];
    trace?: never;
  };
  '/api/activities/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the attendance of a session (staff; from an hour before it starts): the registrations listed came with these seats, registered ones not listed are no-shows; walkIns came without registering. sessionId is needed for a series. */
    post: operations['postActivitiesByIdAttendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/attendance.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The attendance list to print and sign (staff; PDF in Polish): registered participants, seats, signatures */
    get: operations['getActivitiesByIdAttendancePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an activity (staff of the centre): frees its room and mails everyone registered or waiting */
    post: operations['postActivitiesByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The check-in view of a session (staff): every registration with its status and seats attended, no-shows and totals. Without sessionId: the session under way or next. */
    get: operations['getActivitiesByIdCheckIn'];
    put?: never;
    /** Check one registration in at the door (staff); seats default to those registered, 0 undoes it */
    post: operations['postActivitiesByIdCheckIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate an attended activity 1-5 (a representative of the registered beneficiary), once per registration */
    post: operations['postActivitiesByIdFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registrations in the order they came, with waitlist positions (staff of the centre: all; members: their own and their beneficiaries') */
    get: operations['getActivitiesByIdRegistrations'];
    put?: never;
    /** Register a beneficiary (a member for one it represents; staff for anyone, also after the fact). registered while seats remain, else waitlisted with position (1 = next). Counted under the activity's lock: never more seats than capacity. Once per beneficiary (409). */
    post: operations['postActivitiesByIdRegistrations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/registrations/{regId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One registration (staff of the centre, or its member) */
    get: operations['getActivitiesByIdRegistrationsByRegId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/registrations/{regId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a registration (its member or staff). Freed seats go to the waitlist in order: each waiting registration that fits is promoted and mailed; one too large to fit keeps its place. */
    post: operations['postActivitiesByIdRegistrationsByRegIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/advisors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Advisors, newest first (public): name, specialties, centres */
    get: operations['getAdvisors'];
    put?: never;
    /** Make a user an advisor (admin) with specialties (legal, accounting, fundraising, pr, ...) and centres */
    post: operations['postAdvisors'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/advisors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One advisor (public) */
    get: operations['getAdvisorsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an advisor's specialties, centres, bio or retire it (admin) */
    patch: operations['patchAdvisorsById'];
    trace?: never;
  };
  '/api/advisors/{id}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An advisor's windows and busy times (public, times only) from..to (default: the next 31 days; at most 93) */
    get: operations['getAdvisorsByIdAvailability'];
    put?: never;
    /** Add a window in which appointments may be booked (the advisor itself, or staff of that centre). Windows of one advisor never overlap (409); the centre must be one of the advisor's. */
    post: operations['postAdvisorsByIdAvailability'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/advisors/{id}/availability/{windowId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an availability window (appointments already booked in it stay) */
    delete: operations['deleteAdvisorsByIdAvailabilityByWindowId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Funding agreements (admin, observer; coordinators for their centres) */
    get: operations['getAgreements'];
    put?: never;
    /** Record a funding agreement with its target values (admin); targets are keyed like the CSV figures, e.g. "rooms.lendings" */
    post: operations['postAgreements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a funding agreement (admin) */
    patch: operations['patchAgreementsById'];
    trace?: never;
  };
  '/api/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application (staff, the organization, the volunteer) */
    get: operations['getApplicationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an application (staff, the organization); more than volunteersNeeded -> 409
     * @description applied -> accepted | declined; accepted -> completed. Any other change -> 409 with details.status
     */
    post: operations['postApplicationsByIdAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/agreement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The volunteering agreement (porozumienie, art. 44 of the ustawa o działalności pożytku publicznego i o wolontariacie) filled in, as a PDF (staff, either side; accepted or completed applications) */
    get: operations['getApplicationsByIdAgreementPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/certificate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A certificate (zaświadczenie) of the hours logged, as a PDF (staff, either side) */
    get: operations['getApplicationsByIdCertificatePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark an accepted engagement as completed (staff, the organization)
     * @description applied -> accepted | declined; accepted -> completed. Any other change -> 409 with details.status
     */
    post: operations['postApplicationsByIdComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline an application, with an optional reason (staff, the organization)
     * @description applied -> accepted | declined; accepted -> completed. Any other change -> 409 with details.status
     */
    post: operations['postApplicationsByIdDecline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hours logged on an application, by date (staff, either side) */
    get: operations['getApplicationsByIdHours'];
    put?: never;
    /** Log hours worked on a day (staff, either side). Accepted or completed applications only (else 409); hours > 0 in quarter hours, at most 24 a day summed over the entries of that day, no future day (422); members from the day of applying on, staff any past day */
    post: operations['postApplicationsByIdHours'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Appointments, latest start first: admins all, coordinators their centres, advisors their own, members their beneficiaries'. Notes only for the advisor and the representatives. */
    get: operations['getAppointments'];
    put?: never;
    /** Book an appointment (staff of the centre, the advisor, or a member for a beneficiary it represents). Outside the advisor's availability -> 422; overlapping another of the advisor's -> 409 with details.conflicts (a database constraint, whatever the concurrency). */
    post: operations['postAppointments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One appointment */
    get: operations['getAppointmentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move a booked appointment or change its topic (who may cancel it; 422 outside availability, 409 on overlap; mailed), or write its notes (the advisor only) */
    patch: operations['patchAppointmentsById'];
    trace?: never;
  };
  '/api/appointments/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a booked appointment (staff, the advisor, or the member for the beneficiary); mailed */
    post: operations['postAppointmentsByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The appointment took place (the advisor or staff; once it has started); notes by the advisor only */
    post: operations['postAppointmentsByIdComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate a completed appointment 1-5 (a representative of the beneficiary), once */
    post: operations['postAppointmentsByIdFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/{id}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The beneficiary did not come (the advisor or staff; once it has started) */
    post: operations['postAppointmentsByIdNoShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/article-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The categories of the articles the caller may read, with how many each has */
    get: operations['getArticleCategories'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Articles, newest first; anonymous callers see public ones only. With q: ranked full-text search that ignores diacritics and small typos, title matches first, with highlighted snippets: the `limit` best, nextCursor null */
    get: operations['getArticles'];
    put?: never;
    /** Write an article (staff). The Markdown body is rendered to sanitized HTML; the slug comes from the title ("Jak założyć fundację?" -> "jak-zalozyc-fundacje"), numbered when taken */
    post: operations['postArticles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an article (staff); the version it replaces is kept in its revisions. The slug stays */
    patch: operations['patchArticlesById'];
    trace?: never;
  };
  '/api/articles/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a file (staff): multipart/form-data with one field "file", at most 10 MiB (413). The type is read from the content: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS or plain text, with a matching extension; HTML, SVG, scripts and anything else -> 422 */
    post: operations['postArticlesByIdAttachments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The earlier versions of an article, latest first (staff) */
    get: operations['getArticlesByIdRevisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One article by slug (or id). Members-only articles are 404 for the anonymous; the Markdown source (body) is for staff only */
    get: operations['getArticlesBySlug'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An article's file, with its stored type, nosniff, a Content-Security-Policy of default-src 'none', and Content-Disposition attachment for anything but images and PDF */
    get: operations['getAttachmentsById'];
    put?: never;
    post?: never;
    /** Remove a file from its article (staff) */
    delete: operations['deleteAttachmentsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log: who changed personal data or decided what, and when (staff) */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; sets the HttpOnly session cookie */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends this session */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in */
    get: operations['getAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a member account and sign in */
    post: operations['postAuthRegister'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beneficiaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List beneficiaries, newest first (staff and advisors: all; members: those they represent). With q: a name search ignoring case, diacritics and small typos, best match first, giving the `limit` best matches and nextCursor null (no cursor with q). Erased entries only with includeErased=true (staff) */
    get: operations['getBeneficiaries'];
    put?: never;
    /** Register a beneficiary (staff, members; a member becomes its representative). Names alike to existing ones are listed in possibleDuplicates; a KRS or NIP already registered is 409 with details {field, existingId} */
    post: operations['postBeneficiaries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beneficiaries/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Beneficiaries whose name is alike to this one, most alike first (at most 5, erased ones left out): check before registering (staff, advisors) */
    get: operations['getBeneficiariesDuplicates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beneficiaries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One beneficiary (staff, advisors, its representatives) */
    get: operations['getBeneficiariesById'];
    put?: never;
    post?: never;
    /** Erase a beneficiary on request (GDPR art. 17, staff): its personal data and representatives are removed, the entry stays (kind, district) so past reports keep their counts. Answers the erased entry; erasing twice is 409 */
    delete: operations['deleteBeneficiariesById'];
    options?: never;
    head?: never;
    /** Change a beneficiary (staff, its representatives); null clears a field. A KRS or NIP of another beneficiary is 409; an erased one cannot change (409) */
    patch: operations['patchBeneficiariesById'];
    trace?: never;
  };
  '/api/beneficiaries/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything stored about a beneficiary, as a JSON file (GDPR art. 15/20; staff, its representatives) */
    get: operations['getBeneficiariesByIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beneficiaries/{id}/representatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The users who may act for a beneficiary (staff) */
    get: operations['getBeneficiariesByIdRepresentatives'];
    put?: never;
    /** Let a user act for a beneficiary (staff): 201 when added, 200 with the same link when it already was a representative; an unknown user is 422 */
    post: operations['postBeneficiariesByIdRepresentatives'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/beneficiaries/{id}/representatives/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop a user acting for a beneficiary (staff) */
    delete: operations['deleteBeneficiariesByIdRepresentativesByUserId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/booking-series/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A recurring series with its occurrences */
    get: operations['getBookingSeriesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bookings, latest start first. Staff see their centres; members their own and their beneficiaries'. from/to: bookings overlapping that time. */
    get: operations['getBookings'];
    put?: never;
    /** Request a room (member) or book it (staff: approved at once; may backfill the past). With recurrence, a series: all occurrences or none. Overlap -> 409 with details.conflicts; a broken room-use rule -> 422 naming the rule. */
    post: operations['postBookings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One booking */
    get: operations['getBookingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a pending request (staff of the centre) */
    post: operations['postBookingsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record how many people came (staff; once the booking has started) -> completed */
    post: operations['postBookingsByIdAttendance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel (the requester, a representative of the beneficiary, or staff). scope "following" also cancels the later occurrences of its series. */
    post: operations['postBookingsByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending request with the reason (staff of the centre) */
    post: operations['postBookingsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/centers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All centres, by name (public) */
    get: operations['getCenters'];
    put?: never;
    /** Create a centre (admin); hours default to 08:00-20:00 every day, zone to Europe/Warsaw */
    post: operations['postCenters'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/centers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One centre (public) */
    get: operations['getCentersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a centre, its hours and the holidays it opens on (admin, its coordinators) */
    patch: operations['patchCentersById'];
    trace?: never;
  };
  '/api/centers/{id}/booking-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A centre's room-use rules for members' requests, with the terms to accept */
    get: operations['getCentersByIdBookingRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a centre's room-use rules (staff of the centre) */
    patch: operations['patchCentersByIdBookingRules'];
    trace?: never;
  };
  '/api/centers/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** iCalendar feed of all rooms of a centre (titles and times only) */
    get: operations['getCentersByIdCalendarIcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/centers/{id}/closures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Closures that touch from..to, in date order (public) */
    get: operations['getCentersByIdClosures'];
    put?: never;
    /** Close the centre from..to, both days included (admin, its coordinators) */
    post: operations['postCentersByIdClosures'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/centers/{id}/closures/{closureId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a closure (admin, its coordinators) */
    delete: operations['deleteCentersByIdClosuresByClosureId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/centers/{id}/days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each local day from..to (at most 366): open or why not, and the hours (public) */
    get: operations['getCentersByIdDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kraków's 18 districts (dzielnice), by number */
    get: operations['getDistricts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Engagements, newest first (as appointments: staff, advisors, representatives) */
    get: operations['getEngagements'];
    put?: never;
    /** Start a coaching or mentoring engagement with agreed goals (the advisor, or staff of one of its centres) */
    post: operations['postEngagements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One engagement with its goals and sessions (appointments) */
    get: operations['getEngagementsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an engagement (no more sessions can be linked to it) */
    post: operations['postEngagementsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an agreed goal */
    post: operations['postEngagementsByIdGoals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/goals/{goalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** A goal's progress (0..100) or status (achieved without a figure means 100) */
    patch: operations['patchEngagementsByIdGoalsByGoalId'];
    trace?: never;
  };
  '/api/feedback/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Average ratings per activity kind and per advice kind, for activities and appointments that started in the local days from..to (staff: admins any centre, coordinators theirs) */
    get: operations['getFeedbackSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ready to serve: the database answers */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Initiatives, newest first (staff: all; advisors: those they mentor; members: their beneficiaries') */
    get: operations['getInitiatives'];
    put?: never;
    /** Take an initiative into incubation (staff) at the stage idea. The mentor must be a user with the advisor role (else 422) */
    post: operations['postInitiatives'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One initiative with its stage history (who, when, note), notes and links (staff, its mentor, the beneficiary's members) */
    get: operations['getInitiativesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an initiative or set its next step with a date (staff, its mentor; mentorId and centerId: staff). A reminder goes by e-mail the day before the next step; a date in the past -> 422 */
    patch: operations['patchInitiativesById'];
    trace?: never;
  };
  '/api/initiatives/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a service the initiative used: a booking, activity, appointment, article or other (staff, its mentor). refId is the id of that record (an article must exist) */
    post: operations['postInitiativesByIdLinks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a link (staff, its mentor) */
    delete: operations['deleteInitiativesByIdLinksByLinkId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A note on the initiative's progress (staff, its mentor) */
    post: operations['postInitiativesByIdNotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move to a stage: idea, planning, first_action, established, independent, dropped (staff, its mentor). The change is kept in the history; the same stage again -> 409 */
    post: operations['postInitiativesByIdStage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages queued, sent or failed, newest first (admin) */
    get: operations['getOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My registrations across the programme, newest first, each with its activity (members: their own and their beneficiaries'; coordinators: their centres'; admins: all); upcoming=true keeps those not yet over */
    get: operations['getRegistrations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/analytics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demand: room occupancy by weekday and hour, requests refused or withdrawn, beneficiaries by district, monthly trends (at most two years) (admin, observer; coordinators for their centres) */
    get: operations['getReportsAnalytics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Target, actual and percent achieved for each funding agreement, side by side (admin, observer; coordinators for their centres) */
    get: operations['getReportsIndicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/narrative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The figures as a paragraph for a council committee, in Polish or English (admin, observer; coordinators for their centres) */
    get: operations['getReportsNarrative'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/open-data.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data as CSV (public) */
    get: operations['getReportsOpenDataCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/open-data.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open data: the figures per centre and for the network, counts of 1 to 4 suppressed (public) */
    get: operations['getReportsOpenDataJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The funder's figures for local days from..to (both included), one centre or the network (admin, observer; coordinators for their centres) */
    get: operations['getReportsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/summary.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same figures as a CSV file (admin, observer; coordinators for their centres) */
    get: operations['getReportsSummaryCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/summary.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same figures as a PDF file (admin, observer; coordinators for their centres) */
    get: operations['getReportsSummaryPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/summary.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same figures as a XLSX file (admin, observer; coordinators for their centres) */
    get: operations['getReportsSummaryXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rooms by name, of one centre or all; retired rooms only with includeInactive=true (public) */
    get: operations['getRooms'];
    put?: never;
    /** Create a room in a centre (admin, its coordinators) */
    post: operations['postRooms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rooms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One room (public) */
    get: operations['getRoomsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a room; active=false retires it (admin, coordinators of its centre) */
    patch: operations['patchRoomsById'];
    trace?: never;
  };
  '/api/rooms/{id}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Free and busy times of a room within opening hours, for local days from..to (at most 62) */
    get: operations['getRoomsByIdAvailability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rooms/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** iCalendar feed of a room (titles and times only) */
    get: operations['getRoomsByIdCalendarIcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's active API tokens */
    get: operations['getTokens'];
    put?: never;
    /** Create an API token acting as the caller; the secret is shown only once */
    post: operations['postTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: operations['deleteTokensById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users (admin, coordinators) */
    get: operations['getUsers'];
    put?: never;
    /** Create a user with roles (admin) */
    post: operations['postUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user (admin, coordinators, the user itself) */
    get: operations['getUsersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user: name, e-mail, password, roles, centres, disabled (admin) */
    patch: operations['patchUsersById'];
    trace?: never;
  };
  '/api/volunteer-offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Volunteering offers, newest first. Anyone sees the open ones that have not ended; staff see all; members also their organizations' closed ones */
    get: operations['getVolunteerOffers'];
    put?: never;
    /** An offer of an organization or informal group looking for volunteers (staff; members for organizations they represent). An individual as organizationId -> 422 */
    post: operations['postVolunteerOffers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-offers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One offer (open ones: anyone; others: staff and the organization) */
    get: operations['getVolunteerOffersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an offer, or close it with status "closed" (staff, the organization) */
    patch: operations['patchVolunteerOffersById'];
    trace?: never;
  };
  '/api/volunteer-offers/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications for an offer, newest first (staff, the organization) */
    get: operations['getVolunteerOffersByIdApplications'];
    put?: never;
    /** Apply for an offer (staff; a member for a volunteer it represents) -> status applied; the organization's members are told by e-mail. Applying twice -> 409; a closed or ended offer -> 409 */
    post: operations['postVolunteerOffersByIdApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-offers/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Volunteers for this offer, best first: score 0..100 from shared skills (60), district (15), hours a week (15) and availability in the offer period (10), with the reasons; equal scores in id order (staff, the organization) */
    get: operations['getVolunteerOffersByIdMatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-skills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shared list of volunteers' skills, with Polish and English labels */
    get: operations['getVolunteerSkills'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Volunteers, newest first (staff: all; members: the people they represent) */
    get: operations['getVolunteers'];
    put?: never;
    /** A volunteer profile for an individual beneficiary (staff; a member for a person it represents). Not an individual -> 422; a second profile of the same person -> 409 with details.existingId */
    post: operations['postVolunteers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One volunteer (staff, its representatives) */
    get: operations['getVolunteersById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a volunteer profile (staff, its representatives); active: false hides it from matching */
    patch: operations['patchVolunteersById'];
    trace?: never;
  };
  '/api/volunteers/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A volunteer's applications (staff, its representatives) */
    get: operations['getVolunteersByIdApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open offers for this volunteer, best first, with the score (0..100) and the reasons; equal scores in id order (staff, its representatives) */
    get: operations['getVolunteersByIdMatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getActivities: {
    parameters: {
      query?: {
        centerId?: string;
        kind?: 'seminar' | 'training' | 'workshop' | 'working_group' | 'study_visit' | 'event' | 'networking';
        status?: 'scheduled' | 'cancelled';
        from?: string;
        to?: string;
        order?: 'asc' | 'desc';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              audience: string | null;
              cancelReason: string | null;
              /** @description null: no limit */
              capacity: number | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              description: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'seminar'
                | 'training'
                | 'workshop'
                | 'working_group'
                | 'study_visit'
                | 'event'
                | 'networking';
              published: boolean;
              recurrence: {
                rrule: string;
              } | null;
              /** Format: date-time */
              registrationClosesAt: string;
              registrationOpensAt: string | null;
              roomId: string | null;
              seatsLeft: number | null;
              seatsTaken: number;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled';
              title: string;
              /** Format: date-time */
              updatedAt: string;
              waitlisted: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          audience?: string | null;
          capacity?: number | null;
          centerId: string;
          description?: string | null;
          /** Format: date-time */
          end: string;
          /** @enum {string} */
          kind:
            | 'seminar'
            | 'training'
            | 'workshop'
            | 'working_group'
            | 'study_visit'
            | 'event'
            | 'networking';
          /** @description hold the room outside opening hours or above its capacity */
          override?: boolean;
          published?: boolean;
          recurrence?: {
            rrule: string;
          };
          /** @description default: the start of the activity */
          registrationClosesAt?: string | null;
          registrationOpensAt?: string | null;
          roomId?: string | null;
          /** Format: date-time */
          start: string;
          title: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audience: string | null;
            cancelReason: string | null;
            /** @description null: no limit */
            capacity: number | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            end: string;
            /** @description staff of the centre only */
            feedback?: {
              average: number | null;
              count: number;
            };
            id: string;
            /** @enum {string} */
            kind:
              | 'seminar'
              | 'training'
              | 'workshop'
              | 'working_group'
              | 'study_visit'
              | 'event'
              | 'networking';
            published: boolean;
            recurrence: {
              rrule: string;
            } | null;
            /** Format: date-time */
            registrationClosesAt: string;
            registrationOpensAt: string | null;
            roomId: string | null;
            seatsLeft: number | null;
            seatsTaken: number;
            sessions: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            }[];
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'scheduled' | 'cancelled';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            waitlisted: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getActivitiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audience: string | null;
            cancelReason: string | null;
            /** @description null: no limit */
            capacity: number | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            end: string;
            /** @description staff of the centre only */
            feedback?: {
              average: number | null;
              count: number;
            };
            id: string;
            /** @enum {string} */
            kind:
              | 'seminar'
              | 'training'
              | 'workshop'
              | 'working_group'
              | 'study_visit'
              | 'event'
              | 'networking';
            published: boolean;
            recurrence: {
              rrule: string;
            } | null;
            /** Format: date-time */
            registrationClosesAt: string;
            registrationOpensAt: string | null;
            roomId: string | null;
            seatsLeft: number | null;
            seatsTaken: number;
            sessions: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            }[];
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'scheduled' | 'cancelled';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            waitlisted: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchActivitiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          audience?: string | null;
          capacity?: number | null;
          description?: string | null;
          /** Format: date-time */
          end?: string;
          override?: boolean;
          published?: boolean;
          registrationClosesAt?: string | null;
          registrationOpensAt?: string | null;
          roomId?: string | null;
          /** Format: date-time */
          start?: string;
          title?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audience: string | null;
            cancelReason: string | null;
            /** @description null: no limit */
            capacity: number | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            end: string;
            /** @description staff of the centre only */
            feedback?: {
              average: number | null;
              count: number;
            };
            id: string;
            /** @enum {string} */
            kind:
              | 'seminar'
              | 'training'
              | 'workshop'
              | 'working_group'
              | 'study_visit'
              | 'event'
              | 'networking';
            published: boolean;
            recurrence: {
              rrule: string;
            } | null;
            /** Format: date-time */
            registrationClosesAt: string;
            registrationOpensAt: string | null;
            roomId: string | null;
            seatsLeft: number | null;
            seatsTaken: number;
            sessions: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            }[];
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'scheduled' | 'cancelled';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            waitlisted: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivitiesByIdAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          attended: {
            registrationId: string;
            seats: number;
          }[];
          sessionId?: string;
          walkIns?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            registrations: {
              attendedSeats: number | null;
              beneficiaryId: string;
              beneficiaryName: string;
              noShow: boolean;
              position: number | null;
              registrationId: string;
              seats: number;
              /** @enum {string} */
              status: 'registered' | 'waitlisted' | 'cancelled';
            }[];
            session: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            };
            title: string;
            totals: {
              attendedSeats: number;
              noShows: number;
              participants: number;
              registeredSeats: number;
              walkIns: number;
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getActivitiesByIdAttendancePdf: {
    parameters: {
      query?: {
        sessionId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivitiesByIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audience: string | null;
            cancelReason: string | null;
            /** @description null: no limit */
            capacity: number | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            end: string;
            /** @description staff of the centre only */
            feedback?: {
              average: number | null;
              count: number;
            };
            id: string;
            /** @enum {string} */
            kind:
              | 'seminar'
              | 'training'
              | 'workshop'
              | 'working_group'
              | 'study_visit'
              | 'event'
              | 'networking';
            published: boolean;
            recurrence: {
              rrule: string;
            } | null;
            /** Format: date-time */
            registrationClosesAt: string;
            registrationOpensAt: string | null;
            roomId: string | null;
            seatsLeft: number | null;
            seatsTaken: number;
            sessions: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            }[];
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'scheduled' | 'cancelled';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            waitlisted: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getActivitiesByIdCheckIn: {
    parameters: {
      query?: {
        sessionId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            registrations: {
              attendedSeats: number | null;
              beneficiaryId: string;
              beneficiaryName: string;
              noShow: boolean;
              position: number | null;
              registrationId: string;
              seats: number;
              /** @enum {string} */
              status: 'registered' | 'waitlisted' | 'cancelled';
            }[];
            session: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            };
            title: string;
            totals: {
              attendedSeats: number;
              noShows: number;
              participants: number;
              registeredSeats: number;
              walkIns: number;
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivitiesByIdCheckIn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          registrationId: string;
          seats?: number;
          sessionId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            registrations: {
              attendedSeats: number | null;
              beneficiaryId: string;
              beneficiaryName: string;
              noShow: boolean;
              position: number | null;
              registrationId: string;
              seats: number;
              /** @enum {string} */
              status: 'registered' | 'waitlisted' | 'cancelled';
            }[];
            session: {
              attendanceRecordedAt: string | null;
              bookingId: string | null;
              /** Format: date-time */
              end: string;
              id: string;
              ordinal: number;
              /** Format: date-time */
              start: string;
              walkIns: number;
            };
            title: string;
            totals: {
              attendedSeats: number;
              noShows: number;
              participants: number;
              registeredSeats: number;
              walkIns: number;
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivitiesByIdFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          rating: number;
          registrationId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            rating: number;
            registrationId: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getActivitiesByIdRegistrations: {
    parameters: {
      query?: {
        status?: 'registered' | 'waitlisted' | 'cancelled';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              activityId: string;
              attendedSeats: number | null;
              beneficiaryId: string;
              beneficiaryName: string;
              cancelledAt: string | null;
              /** Format: date-time */
              createdAt: string;
              id: string;
              /** @description on the waitlist: 1 = next in line */
              position: number | null;
              promotedAt: string | null;
              registeredBy: string | null;
              seats: number;
              /** @enum {string} */
              status: 'registered' | 'waitlisted' | 'cancelled';
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivitiesByIdRegistrations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beneficiaryId: string;
          seats?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            attendedSeats: number | null;
            beneficiaryId: string;
            beneficiaryName: string;
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description on the waitlist: 1 = next in line */
            position: number | null;
            promotedAt: string | null;
            registeredBy: string | null;
            seats: number;
            /** @enum {string} */
            status: 'registered' | 'waitlisted' | 'cancelled';
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getActivitiesByIdRegistrationsByRegId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        regId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            attendedSeats: number | null;
            beneficiaryId: string;
            beneficiaryName: string;
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description on the waitlist: 1 = next in line */
            position: number | null;
            promotedAt: string | null;
            registeredBy: string | null;
            seats: number;
            /** @enum {string} */
            status: 'registered' | 'waitlisted' | 'cancelled';
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postActivitiesByIdRegistrationsByRegIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        regId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activityId: string;
            attendedSeats: number | null;
            beneficiaryId: string;
            beneficiaryName: string;
            cancelledAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description on the waitlist: 1 = next in line */
            position: number | null;
            promoted: string[];
            promotedAt: string | null;
            registeredBy: string | null;
            seats: number;
            /** @enum {string} */
            status: 'registered' | 'waitlisted' | 'cancelled';
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAdvisors: {
    parameters: {
      query?: {
        specialty?: string;
        centerId?: string;
        includeInactive?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              bio: string | null;
              centerIds: string[];
              /** Format: date-time */
              createdAt: string;
              id: string;
              name: string;
              specialties: string[];
              /** Format: date-time */
              updatedAt: string;
              userId: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAdvisors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bio?: string | null;
          centerIds: string[];
          specialties: string[];
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            bio: string | null;
            centerIds: string[];
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            specialties: string[];
            /** Format: date-time */
            updatedAt: string;
            userId: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAdvisorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            bio: string | null;
            centerIds: string[];
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            specialties: string[];
            /** Format: date-time */
            updatedAt: string;
            userId: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchAdvisorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          bio?: string | null;
          centerIds?: string[];
          specialties?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            bio: string | null;
            centerIds: string[];
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            specialties: string[];
            /** Format: date-time */
            updatedAt: string;
            userId: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAdvisorsByIdAvailability: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            busy: {
              /** Format: date-time */
              end: string;
              /** Format: date-time */
              start: string;
            }[];
            windows: {
              advisorId: string;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              end: string;
              id: string;
              /** Format: date-time */
              start: string;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAdvisorsByIdAvailability: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerId: string;
          /** Format: date-time */
          end: string;
          /** Format: date-time */
          start: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            end: string;
            id: string;
            /** Format: date-time */
            start: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteAdvisorsByIdAvailabilityByWindowId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        windowId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAgreements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              centerId: string | null;
              /** Format: date-time */
              createdAt: string;
              from: string;
              funder: string;
              id: string;
              operator: string;
              targets: {
                [key: string]: number;
              };
              title: string;
              to: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAgreements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerId?: string | null;
          /**
           * Format: date
           * @example 2026-11-11
           */
          from: string;
          funder: string;
          operator: string;
          targets: {
            [key: string]: number;
          };
          title: string;
          /**
           * Format: date
           * @example 2026-11-11
           */
          to: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            from: string;
            funder: string;
            id: string;
            operator: string;
            targets: {
              [key: string]: number;
            };
            title: string;
            to: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchAgreementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerId?: string | null;
          /**
           * Format: date
           * @example 2026-11-11
           */
          from?: string;
          funder?: string;
          operator?: string;
          targets?: {
            [key: string]: number;
          };
          title?: string;
          /**
           * Format: date
           * @example 2026-11-11
           */
          to?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            from: string;
            funder: string;
            id: string;
            operator: string;
            targets: {
              [key: string]: number;
            };
            title: string;
            to: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getApplicationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appliedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            id: string;
            message: string | null;
            offerId: string;
            offerTitle: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'declined' | 'completed';
            totalHours: number;
            /** Format: date-time */
            updatedAt: string;
            volunteerId: string;
            volunteerName: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postApplicationsByIdAccept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appliedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            id: string;
            message: string | null;
            offerId: string;
            offerTitle: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'declined' | 'completed';
            totalHours: number;
            /** Format: date-time */
            updatedAt: string;
            volunteerId: string;
            volunteerName: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getApplicationsByIdAgreementPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agreement, in Polish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getApplicationsByIdCertificatePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The certificate, in Polish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postApplicationsByIdComplete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appliedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            id: string;
            message: string | null;
            offerId: string;
            offerTitle: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'declined' | 'completed';
            totalHours: number;
            /** Format: date-time */
            updatedAt: string;
            volunteerId: string;
            volunteerName: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postApplicationsByIdDecline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appliedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            id: string;
            message: string | null;
            offerId: string;
            offerTitle: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'declined' | 'completed';
            totalHours: number;
            /** Format: date-time */
            updatedAt: string;
            volunteerId: string;
            volunteerName: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getApplicationsByIdHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationId: string;
              /** Format: date-time */
              createdAt: string;
              date: string;
              hours: number;
              id: string;
              loggedBy: string | null;
              note: string | null;
            }[];
            nextCursor: null;
            totalHours: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postApplicationsByIdHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2026-11-11
           */
          date: string;
          hours: number;
          note?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            date: string;
            dayTotal: number;
            hours: number;
            id: string;
            loggedBy: string | null;
            note: string | null;
            totalHours: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAppointments: {
    parameters: {
      query?: {
        advisorId?: string;
        beneficiaryId?: string;
        centerId?: string;
        engagementId?: string;
        status?: 'booked' | 'completed' | 'cancelled' | 'no_show';
        from?: string;
        to?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              advisorId: string;
              advisorName: string;
              beneficiaryId: string;
              beneficiaryName: string;
              bookedBy: string | null;
              cancelReason: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              /** Format: date-time */
              end: string;
              engagementId: string | null;
              id: string;
              /** @enum {string} */
              kind: 'consulting' | 'coaching' | 'mentoring';
              /** @description present only for the appointment's advisor and the beneficiary's representatives */
              notes?: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'booked' | 'completed' | 'cancelled' | 'no_show';
              topic: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAppointments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          advisorId: string;
          beneficiaryId: string;
          /** Format: date-time */
          end: string;
          engagementId?: string;
          /** @enum {string} */
          kind: 'consulting' | 'coaching' | 'mentoring';
          /** Format: date-time */
          start: string;
          topic: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            advisorName: string;
            beneficiaryId: string;
            beneficiaryName: string;
            bookedBy: string | null;
            cancelReason: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            end: string;
            engagementId: string | null;
            id: string;
            /** @enum {string} */
            kind: 'consulting' | 'coaching' | 'mentoring';
            /** @description present only for the appointment's advisor and the beneficiary's representatives */
            notes?: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'booked' | 'completed' | 'cancelled' | 'no_show';
            topic: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAppointmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            advisorName: string;
            beneficiaryId: string;
            beneficiaryName: string;
            bookedBy: string | null;
            cancelReason: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            end: string;
            engagementId: string | null;
            id: string;
            /** @enum {string} */
            kind: 'consulting' | 'coaching' | 'mentoring';
            /** @description present only for the appointment's advisor and the beneficiary's representatives */
            notes?: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'booked' | 'completed' | 'cancelled' | 'no_show';
            topic: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchAppointmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          end?: string;
          notes?: string | null;
          /** Format: date-time */
          start?: string;
          topic?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            advisorName: string;
            beneficiaryId: string;
            beneficiaryName: string;
            bookedBy: string | null;
            cancelReason: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            end: string;
            engagementId: string | null;
            id: string;
            /** @enum {string} */
            kind: 'consulting' | 'coaching' | 'mentoring';
            /** @description present only for the appointment's advisor and the beneficiary's representatives */
            notes?: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'booked' | 'completed' | 'cancelled' | 'no_show';
            topic: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAppointmentsByIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            advisorName: string;
            beneficiaryId: string;
            beneficiaryName: string;
            bookedBy: string | null;
            cancelReason: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            end: string;
            engagementId: string | null;
            id: string;
            /** @enum {string} */
            kind: 'consulting' | 'coaching' | 'mentoring';
            /** @description present only for the appointment's advisor and the beneficiary's representatives */
            notes?: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'booked' | 'completed' | 'cancelled' | 'no_show';
            topic: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAppointmentsByIdComplete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          notes?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            advisorName: string;
            beneficiaryId: string;
            beneficiaryName: string;
            bookedBy: string | null;
            cancelReason: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            end: string;
            engagementId: string | null;
            id: string;
            /** @enum {string} */
            kind: 'consulting' | 'coaching' | 'mentoring';
            /** @description present only for the appointment's advisor and the beneficiary's representatives */
            notes?: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'booked' | 'completed' | 'cancelled' | 'no_show';
            topic: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAppointmentsByIdFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string;
          rating: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appointmentId: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            rating: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAppointmentsByIdNoShow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never> | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            advisorName: string;
            beneficiaryId: string;
            beneficiaryName: string;
            bookedBy: string | null;
            cancelReason: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            end: string;
            engagementId: string | null;
            id: string;
            /** @enum {string} */
            kind: 'consulting' | 'coaching' | 'mentoring';
            /** @description present only for the appointment's advisor and the beneficiary's representatives */
            notes?: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'booked' | 'completed' | 'cancelled' | 'no_show';
            topic: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getArticleCategories: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              category: string;
              count: number;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getArticles: {
    parameters: {
      query?: {
        q?: string;
        category?: string;
        tag?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              category: string | null;
              /** Format: date-time */
              createdAt: string;
              /** @description The title as HTML, with the matching words in <mark> */
              highlightedTitle: string;
              id: string;
              revision: number;
              /** @description The full-text rank (with q) */
              score: number | null;
              slug: string;
              /** @description A passage of the text as HTML: escaped, with the matching words in <mark> */
              snippet: string;
              tags: string[];
              title: string;
              /** Format: date-time */
              updatedAt: string;
              /** @enum {string} */
              visibility: 'public' | 'members';
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postArticles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Markdown */
          body: string;
          category?: string | null;
          tags?: string[];
          title: string;
          /** @enum {string} */
          visibility: 'public' | 'members';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attachments: {
              articleId: string;
              contentType: string;
              /** Format: date-time */
              createdAt: string;
              filename: string;
              id: string;
              sha256: string;
              size: number;
              url: string;
            }[];
            /** @description The Markdown source: staff only */
            body?: string;
            category: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The Markdown rendered to sanitized HTML */
            html: string;
            id: string;
            revision: number;
            slug: string;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            visibility: 'public' | 'members';
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchArticlesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Markdown */
          body?: string;
          category?: string | null;
          tags?: string[];
          title?: string;
          /** @enum {string} */
          visibility?: 'public' | 'members';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attachments: {
              articleId: string;
              contentType: string;
              /** Format: date-time */
              createdAt: string;
              filename: string;
              id: string;
              sha256: string;
              size: number;
              url: string;
            }[];
            /** @description The Markdown source: staff only */
            body?: string;
            category: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The Markdown rendered to sanitized HTML */
            html: string;
            id: string;
            revision: number;
            slug: string;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            visibility: 'public' | 'members';
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postArticlesByIdAttachments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            articleId: string;
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            filename: string;
            id: string;
            sha256: string;
            size: number;
            url: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getArticlesByIdRevisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            current: number;
            items: {
              body: string;
              category: string | null;
              /** Format: date-time */
              editedAt: string;
              editedBy: string | null;
              /** Format: date-time */
              replacedAt: string;
              revision: number;
              tags: string[];
              title: string;
              /** @enum {string} */
              visibility: 'public' | 'members';
            }[];
            nextCursor: null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getArticlesBySlug: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attachments: {
              articleId: string;
              contentType: string;
              /** Format: date-time */
              createdAt: string;
              filename: string;
              id: string;
              sha256: string;
              size: number;
              url: string;
            }[];
            /** @description The Markdown source: staff only */
            body?: string;
            category: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The Markdown rendered to sanitized HTML */
            html: string;
            id: string;
            revision: number;
            slug: string;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            visibility: 'public' | 'members';
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAttachmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteAttachmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        entity?: string;
        entityId?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: {
                id: string;
                name: string | null;
              } | null;
              /** Format: date-time */
              at: string;
              entity: string;
              entityId: string;
              fields: string[];
              id: string;
              reason: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              centerIds: string[];
              email: string;
              id: string;
              name: string;
              roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              centerIds: string[];
              email: string;
              id: string;
              name: string;
              roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postAuthRegister: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          name: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerIds: string[];
            email: string;
            id: string;
            name: string;
            roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
            user: {
              centerIds: string[];
              email: string;
              id: string;
              name: string;
              roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBeneficiaries: {
    parameters: {
      query?: {
        kind?: 'organization' | 'informal_group' | 'individual';
        q?: string;
        district?: number;
        includeErased?: 'true' | 'false';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: date-time */
              createdAt: string;
              district: number | null;
              email: string | null;
              erased: boolean;
              id: string;
              /** @enum {string} */
              kind: 'organization' | 'informal_group' | 'individual';
              krs: string | null;
              legalForm: string | null;
              name: string;
              nip: string | null;
              phone: string | null;
              regon: string | null;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBeneficiaries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          district?: number | null;
          email?: string | null;
          /** @enum {string} */
          kind: 'organization' | 'informal_group' | 'individual';
          /** @description KRS: 10 digits (organizations only) */
          krs?: string | null;
          /** @description e.g. stowarzyszenie, fundacja (organizations only) */
          legalForm?: string | null;
          name: string;
          /** @description NIP: 10 digits with a valid check digit; dashes allowed */
          nip?: string | null;
          phone?: string | null;
          /** @description REGON: 9 or 14 digits with valid check digits */
          regon?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            district: number | null;
            email: string | null;
            erased: boolean;
            id: string;
            /** @enum {string} */
            kind: 'organization' | 'informal_group' | 'individual';
            krs: string | null;
            legalForm: string | null;
            name: string;
            nip: string | null;
            phone: string | null;
            possibleDuplicates: {
              id: string;
              /** @enum {string} */
              kind: 'organization' | 'informal_group' | 'individual';
              name: string;
              similarity: number;
            }[];
            regon: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBeneficiariesDuplicates: {
    parameters: {
      query: {
        name: string;
        kind?: 'organization' | 'informal_group' | 'individual';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind: 'organization' | 'informal_group' | 'individual';
              name: string;
              similarity: number;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBeneficiariesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            district: number | null;
            email: string | null;
            erased: boolean;
            id: string;
            /** @enum {string} */
            kind: 'organization' | 'informal_group' | 'individual';
            krs: string | null;
            legalForm: string | null;
            name: string;
            nip: string | null;
            phone: string | null;
            regon: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteBeneficiariesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            district: number | null;
            email: string | null;
            erased: boolean;
            id: string;
            /** @enum {string} */
            kind: 'organization' | 'informal_group' | 'individual';
            krs: string | null;
            legalForm: string | null;
            name: string;
            nip: string | null;
            phone: string | null;
            regon: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchBeneficiariesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          district?: number | null;
          email?: string | null;
          /** @enum {string} */
          kind?: 'organization' | 'informal_group' | 'individual';
          /** @description KRS: 10 digits (organizations only) */
          krs?: string | null;
          /** @description e.g. stowarzyszenie, fundacja (organizations only) */
          legalForm?: string | null;
          name?: string;
          /** @description NIP: 10 digits with a valid check digit; dashes allowed */
          nip?: string | null;
          phone?: string | null;
          /** @description REGON: 9 or 14 digits with valid check digits */
          regon?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            district: number | null;
            email: string | null;
            erased: boolean;
            id: string;
            /** @enum {string} */
            kind: 'organization' | 'informal_group' | 'individual';
            krs: string | null;
            legalForm: string | null;
            name: string;
            nip: string | null;
            phone: string | null;
            regon: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBeneficiariesByIdExport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            auditLog: {
              action: string;
              actorId: string | null;
              /** Format: date-time */
              at: string;
              fields: string[];
              id: string;
              reason: string | null;
            }[];
            beneficiary: {
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              district: number | null;
              email: string | null;
              erased: boolean;
              erasedAt: string | null;
              id: string;
              /** @enum {string} */
              kind: 'organization' | 'informal_group' | 'individual';
              krs: string | null;
              legalForm: string | null;
              name: string;
              nip: string | null;
              notes: string | null;
              phone: string | null;
              regon: string | null;
              /** Format: date-time */
              updatedAt: string;
            };
            /** Format: date-time */
            exportedAt: string;
            representatives: {
              email: string;
              id: string;
              name: string;
              /** Format: date-time */
              since: string;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBeneficiariesByIdRepresentatives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              beneficiaryId: string;
              /** Format: date-time */
              createdAt: string;
              email: string;
              name: string;
              userId: string;
            }[];
            nextCursor: null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBeneficiariesByIdRepresentatives: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            userId: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            userId: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteBeneficiariesByIdRepresentativesByUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBookingSeriesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string | null;
            bookings: {
              attendees: number | null;
              beneficiaryId: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              /** Format: date-time */
              end: string;
              expectedAttendees: number | null;
              id: string;
              purpose: string | null;
              requestedBy: string | null;
              roomId: string;
              seriesId: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            id: string;
            roomId: string;
            rrule: string;
            title: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBookings: {
    parameters: {
      query?: {
        centerId?: string;
        roomId?: string;
        beneficiaryId?: string;
        status?: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
        from?: string;
        to?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attendees: number | null;
              beneficiaryId: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              /** Format: date-time */
              end: string;
              expectedAttendees: number | null;
              id: string;
              purpose: string | null;
              requestedBy: string | null;
              roomId: string;
              seriesId: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBookings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beneficiaryId: string;
          /** Format: date-time */
          end: string;
          expectedAttendees?: number;
          override?: boolean;
          purpose?: string;
          recurrence?: {
            rrule: string;
          };
          roomId: string;
          /** Format: date-time */
          start: string;
          termsAccepted?: boolean;
          title: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                attendees: number | null;
                beneficiaryId: string | null;
                centerId: string;
                /** Format: date-time */
                createdAt: string;
                decidedAt: string | null;
                decidedBy: string | null;
                decisionReason: string | null;
                /** Format: date-time */
                end: string;
                expectedAttendees: number | null;
                id: string;
                purpose: string | null;
                requestedBy: string | null;
                roomId: string;
                seriesId: string | null;
                /** Format: date-time */
                start: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
                title: string;
                /** Format: date-time */
                updatedAt: string;
              }
            | {
                bookings: {
                  attendees: number | null;
                  beneficiaryId: string | null;
                  centerId: string;
                  /** Format: date-time */
                  createdAt: string;
                  decidedAt: string | null;
                  decidedBy: string | null;
                  decisionReason: string | null;
                  /** Format: date-time */
                  end: string;
                  expectedAttendees: number | null;
                  id: string;
                  purpose: string | null;
                  requestedBy: string | null;
                  roomId: string;
                  seriesId: string | null;
                  /** Format: date-time */
                  start: string;
                  /** @enum {string} */
                  status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
                  title: string;
                  /** Format: date-time */
                  updatedAt: string;
                }[];
                seriesId: string;
              };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getBookingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendees: number | null;
            beneficiaryId: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            end: string;
            expectedAttendees: number | null;
            id: string;
            purpose: string | null;
            requestedBy: string | null;
            roomId: string;
            seriesId: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBookingsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendees: number | null;
            beneficiaryId: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            end: string;
            expectedAttendees: number | null;
            id: string;
            purpose: string | null;
            requestedBy: string | null;
            roomId: string;
            seriesId: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBookingsByIdAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          attendees: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendees: number | null;
            beneficiaryId: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            end: string;
            expectedAttendees: number | null;
            id: string;
            purpose: string | null;
            requestedBy: string | null;
            roomId: string;
            seriesId: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBookingsByIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
          /** @enum {string} */
          scope?: 'this' | 'following';
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendees: number | null;
            beneficiaryId: string | null;
            cancelled: string[];
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            end: string;
            expectedAttendees: number | null;
            id: string;
            purpose: string | null;
            requestedBy: string | null;
            roomId: string;
            seriesId: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postBookingsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendees: number | null;
            beneficiaryId: string | null;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            end: string;
            expectedAttendees: number | null;
            id: string;
            purpose: string | null;
            requestedBy: string | null;
            roomId: string;
            seriesId: string | null;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'completed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCenters: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              accessibility: string | null;
              address: string;
              /** Format: date-time */
              createdAt: string;
              description: string | null;
              district: number | null;
              email: string | null;
              id: string;
              name: string;
              openHolidays: string[];
              openingHours: {
                fri: [string, string][];
                mon: [string, string][];
                sat: [string, string][];
                sun: [string, string][];
                thu: [string, string][];
                tue: [string, string][];
                wed: [string, string][];
              };
              phone: string | null;
              timezone: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postCenters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The building's accessibility: entrance, lift, toilets, parking, induction loop */
          accessibility?: string | null;
          address: string;
          description?: string | null;
          /** @description Kraków's district, 1..18 */
          district?: number | null;
          email?: string | null;
          name: string;
          /** @description Polish public holidays on which this centre is open anyway */
          openHolidays?: string[];
          /** @description Weekly hours in the centre's time zone: every day from "mon" to "sun", each a list of ["HH:MM","HH:MM"] intervals in order, apart from each other ("24:00" ends at midnight); [] is closed. */
          openingHours?: {
            fri: [string, string][];
            mon: [string, string][];
            sat: [string, string][];
            sun: [string, string][];
            thu: [string, string][];
            tue: [string, string][];
            wed: [string, string][];
          };
          phone?: string | null;
          /**
           * @description IANA time zone
           * @example Europe/Warsaw
           */
          timezone?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessibility: string | null;
            address: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            district: number | null;
            email: string | null;
            id: string;
            name: string;
            openHolidays: string[];
            openingHours: {
              fri: [string, string][];
              mon: [string, string][];
              sat: [string, string][];
              sun: [string, string][];
              thu: [string, string][];
              tue: [string, string][];
              wed: [string, string][];
            };
            phone: string | null;
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCentersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessibility: string | null;
            address: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            district: number | null;
            email: string | null;
            id: string;
            name: string;
            openHolidays: string[];
            openingHours: {
              fri: [string, string][];
              mon: [string, string][];
              sat: [string, string][];
              sun: [string, string][];
              thu: [string, string][];
              tue: [string, string][];
              wed: [string, string][];
            };
            phone: string | null;
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchCentersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The building's accessibility: entrance, lift, toilets, parking, induction loop */
          accessibility?: string | null;
          address?: string;
          description?: string | null;
          /** @description Kraków's district, 1..18 */
          district?: number | null;
          email?: string | null;
          name?: string;
          /** @description Polish public holidays on which this centre is open anyway */
          openHolidays?: string[];
          /** @description Weekly hours in the centre's time zone: every day from "mon" to "sun", each a list of ["HH:MM","HH:MM"] intervals in order, apart from each other ("24:00" ends at midnight); [] is closed. */
          openingHours?: {
            fri: [string, string][];
            mon: [string, string][];
            sat: [string, string][];
            sun: [string, string][];
            thu: [string, string][];
            tue: [string, string][];
            wed: [string, string][];
          };
          phone?: string | null;
          /**
           * @description IANA time zone
           * @example Europe/Warsaw
           */
          timezone?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessibility: string | null;
            address: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            district: number | null;
            email: string | null;
            id: string;
            name: string;
            openHolidays: string[];
            openingHours: {
              fri: [string, string][];
              mon: [string, string][];
              sat: [string, string][];
              sun: [string, string][];
              thu: [string, string][];
              tue: [string, string][];
              wed: [string, string][];
            };
            phone: string | null;
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCentersByIdBookingRules: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            maxAdvanceDays: number;
            maxHours: number;
            minNoticeHours: number;
            terms: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchCentersByIdBookingRules: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          maxAdvanceDays?: number;
          maxHours?: number;
          minNoticeHours?: number;
          terms?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            maxAdvanceDays: number;
            maxHours: number;
            minNoticeHours: number;
            terms: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCentersByIdCalendarIcs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCentersByIdClosures: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              centerId: string;
              from: string;
              id: string;
              reason: string;
              to: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postCentersByIdClosures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @example 2026-11-11
           */
          from: string;
          reason: string;
          /**
           * Format: date
           * @example 2026-11-11
           */
          to: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string;
            from: string;
            id: string;
            reason: string;
            to: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteCentersByIdClosuresByClosureId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        closureId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getCentersByIdDays: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string;
            days: {
              closureReason?: string;
              date: string;
              /** @description Polish name of the public holiday on this day */
              holiday?: string;
              hours: [string, string][];
              open: boolean;
              /** @enum {string} */
              reason?: 'holiday' | 'closure' | 'weekly';
              /** @enum {string} */
              weekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
            }[];
            timezone: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getDistricts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              name: string;
              number: number;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getEngagements: {
    parameters: {
      query?: {
        advisorId?: string;
        beneficiaryId?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              advisorId: string;
              beneficiaryId: string;
              beneficiaryName: string;
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              id: string;
              /** @enum {string} */
              kind: 'coaching' | 'mentoring';
              /** @enum {string} */
              status: 'active' | 'closed';
              title: string | null;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postEngagements: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          advisorId: string;
          beneficiaryId: string;
          goals: {
            title: string;
          }[];
          /** @enum {string} */
          kind: 'coaching' | 'mentoring';
          title?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            beneficiaryId: string;
            beneficiaryName: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            goals: {
              /** Format: date-time */
              createdAt: string;
              id: string;
              ordinal: number;
              progress: number;
              /** @enum {string} */
              status: 'open' | 'achieved' | 'dropped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            id: string;
            /** @enum {string} */
            kind: 'coaching' | 'mentoring';
            sessions: {
              advisorId: string;
              advisorName: string;
              beneficiaryId: string;
              beneficiaryName: string;
              bookedBy: string | null;
              cancelReason: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              /** Format: date-time */
              end: string;
              engagementId: string | null;
              id: string;
              /** @enum {string} */
              kind: 'consulting' | 'coaching' | 'mentoring';
              /** @description present only for the appointment's advisor and the beneficiary's representatives */
              notes?: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'booked' | 'completed' | 'cancelled' | 'no_show';
              topic: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @enum {string} */
            status: 'active' | 'closed';
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getEngagementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            beneficiaryId: string;
            beneficiaryName: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            goals: {
              /** Format: date-time */
              createdAt: string;
              id: string;
              ordinal: number;
              progress: number;
              /** @enum {string} */
              status: 'open' | 'achieved' | 'dropped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            id: string;
            /** @enum {string} */
            kind: 'coaching' | 'mentoring';
            sessions: {
              advisorId: string;
              advisorName: string;
              beneficiaryId: string;
              beneficiaryName: string;
              bookedBy: string | null;
              cancelReason: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              /** Format: date-time */
              end: string;
              engagementId: string | null;
              id: string;
              /** @enum {string} */
              kind: 'consulting' | 'coaching' | 'mentoring';
              /** @description present only for the appointment's advisor and the beneficiary's representatives */
              notes?: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'booked' | 'completed' | 'cancelled' | 'no_show';
              topic: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @enum {string} */
            status: 'active' | 'closed';
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postEngagementsByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never> | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            beneficiaryId: string;
            beneficiaryName: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            goals: {
              /** Format: date-time */
              createdAt: string;
              id: string;
              ordinal: number;
              progress: number;
              /** @enum {string} */
              status: 'open' | 'achieved' | 'dropped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            id: string;
            /** @enum {string} */
            kind: 'coaching' | 'mentoring';
            sessions: {
              advisorId: string;
              advisorName: string;
              beneficiaryId: string;
              beneficiaryName: string;
              bookedBy: string | null;
              cancelReason: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              /** Format: date-time */
              end: string;
              engagementId: string | null;
              id: string;
              /** @enum {string} */
              kind: 'consulting' | 'coaching' | 'mentoring';
              /** @description present only for the appointment's advisor and the beneficiary's representatives */
              notes?: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'booked' | 'completed' | 'cancelled' | 'no_show';
              topic: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @enum {string} */
            status: 'active' | 'closed';
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postEngagementsByIdGoals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            beneficiaryId: string;
            beneficiaryName: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            goals: {
              /** Format: date-time */
              createdAt: string;
              id: string;
              ordinal: number;
              progress: number;
              /** @enum {string} */
              status: 'open' | 'achieved' | 'dropped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            id: string;
            /** @enum {string} */
            kind: 'coaching' | 'mentoring';
            sessions: {
              advisorId: string;
              advisorName: string;
              beneficiaryId: string;
              beneficiaryName: string;
              bookedBy: string | null;
              cancelReason: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              /** Format: date-time */
              end: string;
              engagementId: string | null;
              id: string;
              /** @enum {string} */
              kind: 'consulting' | 'coaching' | 'mentoring';
              /** @description present only for the appointment's advisor and the beneficiary's representatives */
              notes?: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'booked' | 'completed' | 'cancelled' | 'no_show';
              topic: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @enum {string} */
            status: 'active' | 'closed';
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchEngagementsByIdGoalsByGoalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        goalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          progress?: number;
          /** @enum {string} */
          status?: 'open' | 'achieved' | 'dropped';
          title?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            advisorId: string;
            beneficiaryId: string;
            beneficiaryName: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            goals: {
              /** Format: date-time */
              createdAt: string;
              id: string;
              ordinal: number;
              progress: number;
              /** @enum {string} */
              status: 'open' | 'achieved' | 'dropped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            id: string;
            /** @enum {string} */
            kind: 'coaching' | 'mentoring';
            sessions: {
              advisorId: string;
              advisorName: string;
              beneficiaryId: string;
              beneficiaryName: string;
              bookedBy: string | null;
              cancelReason: string | null;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              /** Format: date-time */
              end: string;
              engagementId: string | null;
              id: string;
              /** @enum {string} */
              kind: 'consulting' | 'coaching' | 'mentoring';
              /** @description present only for the appointment's advisor and the beneficiary's representatives */
              notes?: string | null;
              /** Format: date-time */
              start: string;
              /** @enum {string} */
              status: 'booked' | 'completed' | 'cancelled' | 'no_show';
              topic: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            /** @enum {string} */
            status: 'active' | 'closed';
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getFeedbackSummary: {
    parameters: {
      query: {
        centerId?: string;
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activities: {
              average: number | null;
              byKind: {
                event: {
                  average: number | null;
                  count: number;
                };
                networking: {
                  average: number | null;
                  count: number;
                };
                seminar: {
                  average: number | null;
                  count: number;
                };
                study_visit: {
                  average: number | null;
                  count: number;
                };
                training: {
                  average: number | null;
                  count: number;
                };
                working_group: {
                  average: number | null;
                  count: number;
                };
                workshop: {
                  average: number | null;
                  count: number;
                };
              };
              count: number;
            };
            advice: {
              average: number | null;
              byKind: {
                coaching: {
                  average: number | null;
                  count: number;
                };
                consulting: {
                  average: number | null;
                  count: number;
                };
                mentoring: {
                  average: number | null;
                  count: number;
                };
              };
              count: number;
            };
            centerIds: string[] | null;
            period: {
              from: string;
              to: string;
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            database: 'embedded' | 'postgres';
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getInitiatives: {
    parameters: {
      query?: {
        stage?: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
        beneficiaryId?: string;
        mentorId?: string;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              beneficiaryId: string;
              beneficiaryName: string;
              centerId: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              description: string | null;
              id: string;
              mentor: {
                id: string;
                name: string;
              } | null;
              mentorId: string | null;
              nextStep: string | null;
              nextStepDate: string | null;
              /** @enum {string} */
              stage: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
              title: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postInitiatives: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beneficiaryId: string;
          centerId?: string | null;
          description?: string | null;
          mentorId?: string | null;
          title: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string;
            beneficiaryName: string;
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            history: {
              /** Format: date-time */
              changedAt: string;
              changedBy: {
                id: string;
                name: string;
              } | null;
              from: ('idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped') | null;
              id: string;
              note: string | null;
              /** @enum {string} */
              to: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            }[];
            id: string;
            links: {
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              id: string;
              initiativeId: string;
              /** @enum {string} */
              kind: 'booking' | 'activity' | 'appointment' | 'article' | 'other';
              label: string;
              refId: string | null;
            }[];
            mentor: {
              id: string;
              name: string;
            } | null;
            mentorId: string | null;
            nextStep: string | null;
            nextStepDate: string | null;
            notes: {
              author: {
                id: string;
                name: string;
              } | null;
              body: string;
              /** Format: date-time */
              createdAt: string;
              id: string;
              initiativeId: string;
            }[];
            /** @enum {string} */
            stage: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getInitiativesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string;
            beneficiaryName: string;
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            history: {
              /** Format: date-time */
              changedAt: string;
              changedBy: {
                id: string;
                name: string;
              } | null;
              from: ('idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped') | null;
              id: string;
              note: string | null;
              /** @enum {string} */
              to: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            }[];
            id: string;
            links: {
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              id: string;
              initiativeId: string;
              /** @enum {string} */
              kind: 'booking' | 'activity' | 'appointment' | 'article' | 'other';
              label: string;
              refId: string | null;
            }[];
            mentor: {
              id: string;
              name: string;
            } | null;
            mentorId: string | null;
            nextStep: string | null;
            nextStepDate: string | null;
            notes: {
              author: {
                id: string;
                name: string;
              } | null;
              body: string;
              /** Format: date-time */
              createdAt: string;
              id: string;
              initiativeId: string;
            }[];
            /** @enum {string} */
            stage: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchInitiativesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerId?: string | null;
          description?: string | null;
          mentorId?: string | null;
          nextStep?: string | null;
          nextStepDate?: string | null;
          title?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string;
            beneficiaryName: string;
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            history: {
              /** Format: date-time */
              changedAt: string;
              changedBy: {
                id: string;
                name: string;
              } | null;
              from: ('idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped') | null;
              id: string;
              note: string | null;
              /** @enum {string} */
              to: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            }[];
            id: string;
            links: {
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              id: string;
              initiativeId: string;
              /** @enum {string} */
              kind: 'booking' | 'activity' | 'appointment' | 'article' | 'other';
              label: string;
              refId: string | null;
            }[];
            mentor: {
              id: string;
              name: string;
            } | null;
            mentorId: string | null;
            nextStep: string | null;
            nextStepDate: string | null;
            notes: {
              author: {
                id: string;
                name: string;
              } | null;
              body: string;
              /** Format: date-time */
              createdAt: string;
              id: string;
              initiativeId: string;
            }[];
            /** @enum {string} */
            stage: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postInitiativesByIdLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'booking' | 'activity' | 'appointment' | 'article' | 'other';
          label: string;
          refId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            id: string;
            initiativeId: string;
            /** @enum {string} */
            kind: 'booking' | 'activity' | 'appointment' | 'article' | 'other';
            label: string;
            refId: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteInitiativesByIdLinksByLinkId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postInitiativesByIdNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          body: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            author: {
              id: string;
              name: string;
            } | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            initiativeId: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postInitiativesByIdStage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
          /** @enum {string} */
          stage: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beneficiaryId: string;
            beneficiaryName: string;
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            history: {
              /** Format: date-time */
              changedAt: string;
              changedBy: {
                id: string;
                name: string;
              } | null;
              from: ('idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped') | null;
              id: string;
              note: string | null;
              /** @enum {string} */
              to: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            }[];
            id: string;
            links: {
              /** Format: date-time */
              createdAt: string;
              createdBy: string | null;
              id: string;
              initiativeId: string;
              /** @enum {string} */
              kind: 'booking' | 'activity' | 'appointment' | 'article' | 'other';
              label: string;
              refId: string | null;
            }[];
            mentor: {
              id: string;
              name: string;
            } | null;
            mentorId: string | null;
            nextStep: string | null;
            nextStepDate: string | null;
            notes: {
              author: {
                id: string;
                name: string;
              } | null;
              body: string;
              /** Format: date-time */
              createdAt: string;
              id: string;
              initiativeId: string;
            }[];
            /** @enum {string} */
            stage: 'idea' | 'planning' | 'first_action' | 'established' | 'independent' | 'dropped';
            title: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getOutbox: {
    parameters: {
      query?: {
        to?: string;
        status?: 'pending' | 'sent' | 'failed';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              attachments: {
                contentType: string;
                filename: string;
                size: number;
              }[];
              attempts: number;
              /** Format: date-time */
              createdAt: string;
              id: string;
              kind: string;
              lastError: string | null;
              sentAt: string | null;
              /** @enum {string} */
              status: 'pending' | 'sent' | 'failed';
              subject: string;
              text: string;
              to: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getRegistrations: {
    parameters: {
      query?: {
        beneficiaryId?: string;
        status?: 'registered' | 'waitlisted' | 'cancelled';
        upcoming?: 'true' | 'false';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              activity: {
                centerId: string;
                /** Format: date-time */
                end: string;
                id: string;
                /** @enum {string} */
                kind:
                  | 'seminar'
                  | 'training'
                  | 'workshop'
                  | 'working_group'
                  | 'study_visit'
                  | 'event'
                  | 'networking';
                recurrence: {
                  rrule: string;
                } | null;
                /** Format: date-time */
                start: string;
                status: string;
                title: string;
              };
              activityId: string;
              attendedSeats: number | null;
              beneficiaryId: string;
              beneficiaryName: string;
              cancelledAt: string | null;
              /** Format: date-time */
              createdAt: string;
              id: string;
              /** @description on the waitlist: 1 = next in line */
              position: number | null;
              promotedAt: string | null;
              registeredBy: string | null;
              seats: number;
              /** @enum {string} */
              status: 'registered' | 'waitlisted' | 'cancelled';
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsAnalytics: {
    parameters: {
      query: {
        from: string;
        to: string;
        centerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            districts: {
              beneficiaries: number;
              district: number | null;
              name: string | null;
            }[];
            occupancy: {
              bookedHours: number;
              hour: number;
              openHours: number;
              rate: number | null;
              weekday: number;
            }[];
            period: {
              from: string;
              to: string;
            };
            trends: {
              appointments: number;
              attendances: number;
              lendings: number;
              month: string;
              people: number;
            }[];
            unmetDemand: {
              byMonth: {
                month: string;
                refused: number;
                rejected: number;
                withdrawn: number;
              }[];
              refused: number;
              rejected: number;
              withdrawn: number;
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsIndicators: {
    parameters: {
      query?: {
        centerId?: string;
        agreementId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              agreement: {
                centerId: string | null;
                /** Format: date-time */
                createdAt: string;
                from: string;
                funder: string;
                id: string;
                operator: string;
                targets: {
                  [key: string]: number;
                };
                title: string;
                to: string;
                /** Format: date-time */
                updatedAt: string;
              };
              indicators: {
                actual: number;
                key: string;
                label: string;
                percent: number | null;
                target: number;
              }[];
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsNarrative: {
    parameters: {
      query: {
        from: string;
        to: string;
        centerId?: string;
        lang?: 'pl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            lang: 'pl' | 'en';
            text: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsOpenDataCsv: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsOpenDataJson: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            period: {
              from: string;
              to: string;
            };
            rows: {
              centerId: string | null;
              centre: string;
              key: string;
              suppressed: boolean;
              value: number | null;
            }[];
            suppressBelow: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsSummary: {
    parameters: {
      query: {
        from: string;
        to: string;
        centerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activities: {
              byKind: {
                [key: string]: {
                  count: number;
                  participants: number;
                };
              };
              count: number;
              participants: number;
            };
            advice: {
              appointments: number;
              byKind: {
                [key: string]: number;
              };
              hours: number;
            };
            beneficiaries: {
              individuals: number;
              informalGroups: number;
              organizations: number;
              total: number;
            };
            centerIds: string[];
            feedback: {
              activities: {
                [key: string]: {
                  average: number;
                  count: number;
                };
              };
              advice: {
                [key: string]: {
                  average: number;
                  count: number;
                };
              };
            };
            incubation: {
              byStage: {
                [key: string]: number;
              };
              initiatives: number;
            };
            period: {
              from: string;
              to: string;
            };
            rooms: {
              hours: number;
              lendings: number;
              people: number;
            };
            volunteering: {
              hours: number;
              offers: number;
              placements: number;
            };
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsSummaryCsv: {
    parameters: {
      query: {
        from: string;
        to: string;
        centerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsSummaryPdf: {
    parameters: {
      query: {
        from: string;
        to: string;
        centerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getReportsSummaryXlsx: {
    parameters: {
      query: {
        from: string;
        to: string;
        centerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getRooms: {
    parameters: {
      query?: {
        centerId?: string;
        includeInactive?: 'true' | 'false';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              accessible: boolean;
              active: boolean;
              amenities: string[];
              autoApprove: boolean;
              capacity: number;
              centerId: string;
              /** Format: date-time */
              createdAt: string;
              description: string | null;
              id: string;
              name: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postRooms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accessible?: boolean;
          amenities?: string[];
          autoApprove?: boolean;
          capacity: number;
          centerId: string;
          description?: string | null;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessible: boolean;
            active: boolean;
            amenities: string[];
            autoApprove: boolean;
            capacity: number;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getRoomsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessible: boolean;
            active: boolean;
            amenities: string[];
            autoApprove: boolean;
            capacity: number;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchRoomsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accessible?: boolean;
          active?: boolean;
          amenities?: string[];
          autoApprove?: boolean;
          capacity?: number;
          description?: string | null;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessible: boolean;
            active: boolean;
            amenities: string[];
            autoApprove: boolean;
            capacity: number;
            centerId: string;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getRoomsByIdAvailability: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            busy: {
              /** Format: date-time */
              end: string;
              /** Format: date-time */
              start: string;
            }[];
            free: {
              /** Format: date-time */
              end: string;
              /** Format: date-time */
              start: string;
            }[];
            roomId: string;
            timezone: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getRoomsByIdCalendarIcs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: date-time */
              createdAt: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
            }[];
            nextCursor: null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            token: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  deleteTokensById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: {
        q?: string;
        role?: 'admin' | 'coordinator' | 'advisor' | 'member' | 'observer';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              centerIds: string[];
              email: string;
              id: string;
              name: string;
              roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerIds?: string[];
          /** Format: email */
          email: string;
          name: string;
          password?: string;
          roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerIds: string[];
            email: string;
            id: string;
            name: string;
            roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerIds: string[];
            email: string;
            id: string;
            name: string;
            roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerIds?: string[];
          disabled?: boolean;
          /** Format: email */
          email?: string;
          name?: string;
          password?: string;
          roles?: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerIds: string[];
            email: string;
            id: string;
            name: string;
            roles: ('admin' | 'coordinator' | 'advisor' | 'member' | 'observer')[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteerOffers: {
    parameters: {
      query?: {
        organizationId?: string;
        status?: 'open' | 'closed';
        skill?:
          | 'it'
          | 'graphic_design'
          | 'translation'
          | 'event_support'
          | 'tutoring'
          | 'fundraising'
          | 'social_media'
          | 'legal'
          | 'accounting'
          | 'care'
          | 'driving'
          | 'photography'
          | 'video'
          | 'writing'
          | 'project_management'
          | 'administration'
          | 'first_aid'
          | 'sports'
          | 'arts_crafts'
          | 'music'
          | 'cooking'
          | 'senior_support'
          | 'environment'
          | 'polish_teaching';
        district?: number;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              centerId: string | null;
              /** Format: date-time */
              createdAt: string;
              description: string | null;
              district: number | null;
              end: string | null;
              hoursPerWeek: number | null;
              id: string;
              organizationId: string;
              organizationName: string;
              skills: string[];
              start: string | null;
              /** @enum {string} */
              status: 'open' | 'closed';
              title: string;
              /** Format: date-time */
              updatedAt: string;
              volunteersAccepted: number;
              volunteersNeeded: number;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postVolunteerOffers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerId?: string | null;
          description?: string | null;
          district?: number | null;
          end?: string | null;
          hoursPerWeek?: number | null;
          organizationId: string;
          skills: (
            | 'it'
            | 'graphic_design'
            | 'translation'
            | 'event_support'
            | 'tutoring'
            | 'fundraising'
            | 'social_media'
            | 'legal'
            | 'accounting'
            | 'care'
            | 'driving'
            | 'photography'
            | 'video'
            | 'writing'
            | 'project_management'
            | 'administration'
            | 'first_aid'
            | 'sports'
            | 'arts_crafts'
            | 'music'
            | 'cooking'
            | 'senior_support'
            | 'environment'
            | 'polish_teaching'
          )[];
          start?: string | null;
          title: string;
          volunteersNeeded: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            district: number | null;
            end: string | null;
            hoursPerWeek: number | null;
            id: string;
            organizationId: string;
            organizationName: string;
            skills: string[];
            start: string | null;
            /** @enum {string} */
            status: 'open' | 'closed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            volunteersAccepted: number;
            volunteersNeeded: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteerOffersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            district: number | null;
            end: string | null;
            hoursPerWeek: number | null;
            id: string;
            organizationId: string;
            organizationName: string;
            skills: string[];
            start: string | null;
            /** @enum {string} */
            status: 'open' | 'closed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            volunteersAccepted: number;
            volunteersNeeded: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchVolunteerOffersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          centerId?: string | null;
          description?: string | null;
          district?: number | null;
          end?: string | null;
          hoursPerWeek?: number | null;
          skills?: (
            | 'it'
            | 'graphic_design'
            | 'translation'
            | 'event_support'
            | 'tutoring'
            | 'fundraising'
            | 'social_media'
            | 'legal'
            | 'accounting'
            | 'care'
            | 'driving'
            | 'photography'
            | 'video'
            | 'writing'
            | 'project_management'
            | 'administration'
            | 'first_aid'
            | 'sports'
            | 'arts_crafts'
            | 'music'
            | 'cooking'
            | 'senior_support'
            | 'environment'
            | 'polish_teaching'
          )[];
          start?: string | null;
          /** @enum {string} */
          status?: 'open' | 'closed';
          title?: string;
          volunteersNeeded?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            centerId: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            district: number | null;
            end: string | null;
            hoursPerWeek: number | null;
            id: string;
            organizationId: string;
            organizationName: string;
            skills: string[];
            start: string | null;
            /** @enum {string} */
            status: 'open' | 'closed';
            title: string;
            /** Format: date-time */
            updatedAt: string;
            volunteersAccepted: number;
            volunteersNeeded: number;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteerOffersByIdApplications: {
    parameters: {
      query?: {
        status?: 'applied' | 'accepted' | 'declined' | 'completed';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              appliedBy: string | null;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              id: string;
              message: string | null;
              offerId: string;
              offerTitle: string;
              organizationId: string;
              organizationName: string;
              /** @enum {string} */
              status: 'applied' | 'accepted' | 'declined' | 'completed';
              totalHours: number;
              /** Format: date-time */
              updatedAt: string;
              volunteerId: string;
              volunteerName: string;
            }[];
            nextCursor: null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postVolunteerOffersByIdApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          message?: string;
          volunteerId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            appliedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionReason: string | null;
            id: string;
            message: string | null;
            offerId: string;
            offerTitle: string;
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'declined' | 'completed';
            totalHours: number;
            /** Format: date-time */
            updatedAt: string;
            volunteerId: string;
            volunteerName: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteerOffersByIdMatches: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationStatus: ('applied' | 'accepted' | 'declined' | 'completed') | null;
              /** @description The same reasons with machine codes and points */
              factors: {
                code: string;
                maxPoints: number;
                points: number;
                text: string;
              }[];
              name: string;
              /** @description Why, in the caller's language (Accept-Language) */
              reasons: string[];
              score: number;
              volunteerId: string;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteerSkills: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              code: string;
              en: string;
              label: string;
              pl: string;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteers: {
    parameters: {
      query?: {
        skill?:
          | 'it'
          | 'graphic_design'
          | 'translation'
          | 'event_support'
          | 'tutoring'
          | 'fundraising'
          | 'social_media'
          | 'legal'
          | 'accounting'
          | 'care'
          | 'driving'
          | 'photography'
          | 'video'
          | 'writing'
          | 'project_management'
          | 'administration'
          | 'first_aid'
          | 'sports'
          | 'arts_crafts'
          | 'music'
          | 'cooking'
          | 'senior_support'
          | 'environment'
          | 'polish_teaching';
        district?: number;
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              active: boolean;
              availability: {
                from: string | null;
                note: string | null;
                to: string | null;
                weekdays: string[];
              };
              beneficiaryId: string;
              /** Format: date-time */
              createdAt: string;
              districts: number[];
              hoursPerWeek: number | null;
              id: string;
              name: string;
              skills: string[];
              tags: string[];
              /** Format: date-time */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  postVolunteers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          availability?: {
            from?: string | null;
            note?: string | null;
            to?: string | null;
            weekdays?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
          } | null;
          beneficiaryId: string;
          districts?: number[];
          hoursPerWeek?: number | null;
          skills: (
            | 'it'
            | 'graphic_design'
            | 'translation'
            | 'event_support'
            | 'tutoring'
            | 'fundraising'
            | 'social_media'
            | 'legal'
            | 'accounting'
            | 'care'
            | 'driving'
            | 'photography'
            | 'video'
            | 'writing'
            | 'project_management'
            | 'administration'
            | 'first_aid'
            | 'sports'
            | 'arts_crafts'
            | 'music'
            | 'cooking'
            | 'senior_support'
            | 'environment'
            | 'polish_teaching'
          )[];
          tags?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            availability: {
              from: string | null;
              note: string | null;
              to: string | null;
              weekdays: string[];
            };
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            districts: number[];
            hoursPerWeek: number | null;
            id: string;
            name: string;
            skills: string[];
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            availability: {
              from: string | null;
              note: string | null;
              to: string | null;
              weekdays: string[];
            };
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            districts: number[];
            hoursPerWeek: number | null;
            id: string;
            name: string;
            skills: string[];
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  patchVolunteersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          availability?: {
            from?: string | null;
            note?: string | null;
            to?: string | null;
            weekdays?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
          } | null;
          districts?: number[];
          hoursPerWeek?: number | null;
          skills?: (
            | 'it'
            | 'graphic_design'
            | 'translation'
            | 'event_support'
            | 'tutoring'
            | 'fundraising'
            | 'social_media'
            | 'legal'
            | 'accounting'
            | 'care'
            | 'driving'
            | 'photography'
            | 'video'
            | 'writing'
            | 'project_management'
            | 'administration'
            | 'first_aid'
            | 'sports'
            | 'arts_crafts'
            | 'music'
            | 'cooking'
            | 'senior_support'
            | 'environment'
            | 'polish_teaching'
          )[];
          tags?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            availability: {
              from: string | null;
              note: string | null;
              to: string | null;
              weekdays: string[];
            };
            beneficiaryId: string;
            /** Format: date-time */
            createdAt: string;
            districts: number[];
            hoursPerWeek: number | null;
            id: string;
            name: string;
            skills: string[];
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Conflicts with the current state (an overlap, a duplicate, a step the workflow does not allow). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The request body is too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description The body is well-formed but breaks a rule or a field is invalid. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteersByIdApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              appliedBy: string | null;
              /** Format: date-time */
              createdAt: string;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              id: string;
              message: string | null;
              offerId: string;
              offerTitle: string;
              organizationId: string;
              organizationName: string;
              /** @enum {string} */
              status: 'applied' | 'accepted' | 'declined' | 'completed';
              totalHours: number;
              /** Format: date-time */
              updatedAt: string;
              volunteerId: string;
              volunteerName: string;
            }[];
            nextCursor: null;
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
  getVolunteersByIdMatches: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description The same reasons with machine codes and points */
              factors: {
                code: string;
                maxPoints: number;
                points: number;
                text: string;
              }[];
              offerId: string;
              organizationName: string;
              /** @description Why, in the caller's language (Accept-Language) */
              reasons: string[];
              score: number;
              title: string;
            }[];
          };
        };
      };
      /** @description Bad request: a malformed query, path, JSON body or content type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Not signed in, or the session or token is not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Signed in, but not allowed to do this (or a cross-site request). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description No such record, or not one the caller may see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
      /** @description Server error; logged, with no details. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              /** @enum {string} */
              code:
                | 'bad_request'
                | 'unauthorized'
                | 'forbidden'
                | 'not_found'
                | 'conflict'
                | 'payload_too_large'
                | 'validation_failed'
                | 'rate_limited'
                | 'internal_error';
              /** @description Per-field problems ({path, message}[]) or facts about the refusal. */
              details?: unknown;
              /** @description In Polish or English, as Accept-Language prefers. */
              message: string;
            };
          };
        };
      };
    };
  };
}

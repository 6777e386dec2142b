import { localDate } from '../../lib/time.ts';
import { beneficiaryFinder, NAMED_BENEFICIARY_FIELDS } from './imports.lookup.ts';
import { fold } from './imports.parse.ts';
import * as records from './imports.records.repo.ts';
import type { KindHandler, PlanItem } from './imports.rows.ts';
import { parseCount, parseDate, settle } from './imports.rows.ts';

/**
 * Attendance of past activities. A row names the activity (its title or id) and the day of the
 * session, and either a participant from the registry (e-mail address or name, with the seats
 * present, 1 by default) or only a number of people: walk-ins, who came without registering.
 * Participants get a registration if they had none; the sessions are marked as recorded, so the
 * report counts them (activities.participants).
 */
export const attendanceKind: KindHandler = {
  needsCenter: true,
  fields: {
    activity: ['Wydarzenie', 'Activity', 'Nazwa wydarzenia', 'Zajęcia', 'Tytuł', 'Title'],
    activityId: ['Id wydarzenia', 'Activity id'],
    date: ['Data', 'Date', 'Dzień', 'Day'],
    ...NAMED_BENEFICIARY_FIELDS,
    attendees: ['Liczba osób', 'Attendees', 'Miejsca', 'Seats', 'Osoby', 'People'],
    walkIns: ['Bez zapisu', 'Walk-ins', 'Osoby bez zapisu'],
  },
  required: ['date'],
  async check(ctx, rows, problems) {
    const center = ctx.center as { id: string; timezone: string };
    const sessions = await records.selectSessions(
      ctx.db,
      center.id,
      rows.map((row) => row.cell('activityId')).filter(Boolean),
      [...new Set(rows.map((row) => row.cell('activity')).filter(Boolean))],
    );
    // A day's first session of the activity; a title two activities share that day names none.
    const sessionOf = new Map<string, (typeof sessions)[number]>();
    const ambiguous = new Set<string>();
    for (const s of sessions) {
      const day = localDate(s.start_at, center.timezone);
      for (const key of [`${s.activity_id}|${day}`, `${fold(s.title)}|${day}`]) {
        const known = sessionOf.get(key);
        if (!known) sessionOf.set(key, s);
        else if (known.activity_id !== s.activity_id) ambiguous.add(key);
      }
    }
    const registrations = await records.selectRegistrations(ctx.db, [
      ...new Set(sessions.map((s) => s.activity_id)),
    ]);
    const present = new Map(
      registrations
        .filter((r) => (r.present ?? 0) > 0)
        .map((r) => [`${r.session_id}|${r.beneficiary_id}`, r.id]),
    );
    const findBeneficiary = await beneficiaryFinder(ctx, rows, problems);
    const seen = new Map<string, number>();
    const items: PlanItem[] = [];
    for (const row of rows) {
      const date = parseDate(row.cell('date'));
      if (!date)
        problems.add(
          row.row,
          'date',
          'not a date (e.g. 2026-03-14 or 14.03.2026)',
          'to nie jest data (np. 2026-03-14 lub 14.03.2026)',
        );
      const activityKey = row.cell('activityId') || fold(row.cell('activity'));
      if (!activityKey)
        problems.add(
          row.row,
          'activity',
          'the activity is needed (its title or id)',
          'potrzebne wydarzenie (tytuł lub id)',
        );
      const key = `${activityKey}|${date}`;
      const session = date && activityKey && !ambiguous.has(key) ? sessionOf.get(key) : undefined;
      if (ambiguous.has(key)) {
        problems.add(
          row.row,
          'activity',
          'several activities of this title that day: give the activity id',
          'tego dnia było kilka wydarzeń o tym tytule: podaj id wydarzenia',
        );
      } else if (date && activityKey && !session) {
        problems.add(
          row.row,
          'activity',
          'no session of this activity in this centre on that day',
          'tego dnia nie było w tym centrum sesji tego wydarzenia',
        );
      } else if (session && session.start_at > ctx.now) {
        problems.add(row.row, 'date', 'the session has not begun yet', 'sesja jeszcze się nie zaczęła');
      }
      const beneficiaryId = findBeneficiary(row);
      const attendees = parseCount(row.cell('attendees'));
      const walkIns = parseCount(row.cell('walkIns'));
      if (Number.isNaN(attendees))
        problems.add(row.row, 'attendees', 'not a number of people', 'to nie jest liczba osób');
      if (Number.isNaN(walkIns))
        problems.add(row.row, 'walkIns', 'not a number of people', 'to nie jest liczba osób');
      const seats = beneficiaryId ? (attendees ?? 1) : null;
      const people = beneficiaryId ? (walkIns ?? 0) : (walkIns ?? attendees ?? 0);
      if (seats !== null && !Number.isNaN(seats) && (seats < 1 || seats > 1000)) {
        problems.add(row.row, 'attendees', 'from 1 to 1000 seats', 'od 1 do 1000 miejsc');
      }
      if (beneficiaryId === null && !(people > 0)) {
        problems.add(
          row.row,
          'beneficiary',
          'a participant or a number of walk-ins is needed',
          'potrzebny uczestnik albo liczba osób bez zapisu',
        );
      }
      const item: PlanItem = {
        row: row.row,
        action: 'create',
        values: {
          activity: row.cell('activity') || null,
          activityId: session?.activity_id ?? null,
          sessionId: session?.session_id ?? null,
          date: date ?? row.cell('date'),
          beneficiaryId: beneficiaryId ?? null,
          seats: seats === null || Number.isNaN(seats) ? null : seats,
          walkIns: Number.isNaN(people) ? null : people,
        },
      };
      if (session && !problems.has(row.row)) {
        const key = `${session.session_id}|${beneficiaryId ?? 'walk-ins'}`;
        const existing = beneficiaryId
          ? present.get(key)
          : session.walk_ins > 0
            ? session.session_id
            : undefined;
        const earlier = beneficiaryId ? seen.get(key) : undefined;
        if (existing)
          Object.assign(item, {
            action: 'duplicate',
            existingId: existing,
            duplicateOfRow: null,
            reason: 'attendance',
          });
        else if (earlier)
          Object.assign(item, {
            action: 'duplicate',
            existingId: null,
            duplicateOfRow: earlier,
            reason: 'attendance',
          });
        else seen.set(key, row.row);
      }
      items.push(item);
    }
    return settle(items, problems);
  },
  async write(ctx, items) {
    const participants: records.AttendanceRow[] = [];
    const sessions = new Map<string, { activityId: string; walkIns: number }>();
    for (const { values } of items) {
      const sessionId = values.sessionId as string;
      const activityId = values.activityId as string;
      if (values.beneficiaryId) {
        participants.push({
          sessionId,
          activityId,
          beneficiaryId: values.beneficiaryId as string,
          seats: values.seats as number,
        });
      }
      const walkIns = (sessions.get(sessionId)?.walkIns ?? 0) + ((values.walkIns as number | null) ?? 0);
      sessions.set(sessionId, { activityId, walkIns });
    }
    await records.insertAttendance(ctx, participants, sessions);
    return items.length;
  },
};

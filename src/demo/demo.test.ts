import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/helpers.ts';
import { addDays, localDate } from '../lib/time.ts';
import { loadDemoData } from './data.ts';
import { demoDay, demoWeek, isOpenDay, ZONE } from './work-context.ts';

/**
 * The demo shows a working day whatever the date: loaded on a Wednesday, a Sunday and Easter
 * Monday (a public holiday), it has lendings, activities and appointments at Reymonta on the
 * demo day (the day itself, or the next open one) and through its week, requests waiting for
 * approval, lendings waiting for a headcount and the knowledge base.
 */
const DAYS = [
  ['a Wednesday', new Date('2027-03-10T11:00:00Z'), '2027-03-10'],
  ['a Sunday', new Date('2027-03-14T19:00:00Z'), '2027-03-15'],
  ['Easter Monday', new Date('2027-03-29T08:00:00Z'), '2027-03-30'],
] as const;

describe('the demo day', () => {
  it.each(DAYS)('is the next open day of the centre on %s', (_name, now, expected) => {
    expect(demoDay(now)).toBe(expected);
    expect(isOpenDay(expected)).toBe(true);
    const week = demoWeek(now);
    expect(week[0]).toBe(expected);
    expect(week.every((date) => date <= addDays(expected, 6) && isOpenDay(date))).toBe(true);
  });
});

describe.each(DAYS)('the demo loaded on %s', (_name, now, day) => {
  it('shows the centre at work that day and that week', { timeout: 120_000 }, async () => {
    const database = await freshDatabase();
    const db = database.db;
    const warnings: string[] = [];
    await loadDemoData(db, { warn: (message) => warnings.push(message) }, now);
    expect(warnings).toEqual([]);

    const reymonta = (
      await db
        .selectFrom('centers')
        .select('id')
        .where('name', 'like', '%Reymonta%')
        .executeTakeFirstOrThrow()
    ).id;
    const weekEnd = addDays(day, 7);
    const dayOf = (instant: Date) => localDate(instant, ZONE);
    const inWeek = (instant: Date) => dayOf(instant) >= day && dayOf(instant) < weekEnd;

    const bookings = await db
      .selectFrom('bookings')
      .select(['start_at', 'end_at', 'status', 'attendees', 'kind'])
      .where('center_id', '=', reymonta)
      .execute();
    const lendings = bookings.filter((booking) => booking.kind === 'lending');
    expect(
      lendings.filter((b) => dayOf(b.start_at) === day && b.status === 'approved').length,
    ).toBeGreaterThan(1);
    expect(lendings.filter((b) => inWeek(b.start_at) && b.status === 'approved').length).toBeGreaterThan(8);
    expect(
      lendings.filter((b) => inWeek(b.start_at) && b.status === 'pending').length,
    ).toBeGreaterThanOrEqual(3);
    // Ended, still approved, no headcount: what "Today at the centre" asks the coordinator for.
    const awaitingHeadcount = lendings.filter(
      (b) => b.status === 'approved' && b.attendees === null && b.end_at <= now,
    );
    expect(awaitingHeadcount.length).toBeGreaterThan(0);
    expect(awaitingHeadcount.every((b) => b.end_at >= new Date(now.getTime() - 7 * 86_400_000))).toBe(true);

    const sessions = await db
      .selectFrom('activity_sessions')
      .innerJoin('activities', 'activities.id', 'activity_sessions.activity_id')
      .select('activity_sessions.start_at')
      .where('activities.center_id', '=', reymonta)
      .execute();
    expect(sessions.some((session) => dayOf(session.start_at) === day)).toBe(true);
    expect(sessions.filter((session) => inWeek(session.start_at)).length).toBeGreaterThan(3);

    const appointments = await db
      .selectFrom('appointments')
      .select(['start_at', 'status'])
      .where('center_id', '=', reymonta)
      .execute();
    expect(appointments.some((a) => dayOf(a.start_at) === day && a.status === 'booked')).toBe(true);
    expect(appointments.filter((a) => inWeek(a.start_at)).length).toBeGreaterThan(4);

    // The funding agreement's draft report for the last quarter: Part I from the data, Part II begun.
    const draft = await db
      .selectFrom('public_task_reports')
      .select(['period_from', 'period_to', 'type', 'data', 'fields'])
      .where('center_id', '=', reymonta)
      .executeTakeFirstOrThrow();
    expect(draft).toMatchObject({ type: 'partial', period_to: dayOf(now) });
    expect(draft.period_from >= addDays(dayOf(now), -91)).toBe(true);
    const data = draft.data as { actions: { key: string; count: number }[] };
    expect(data.actions.find((action) => action.key === 'rooms')?.count).toBeGreaterThan(10);
    const fields = draft.fields as { expenses: unknown[]; results: string | null };
    expect(fields.expenses.length).toBeGreaterThan(3);
    expect(fields.results).toBeNull();

    const articles = await db.selectFrom('articles').select(['visibility', 'category']).execute();
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(new Set(articles.map((article) => article.visibility))).toEqual(new Set(['public', 'members']));
    expect(articles.every((article) => article.category)).toBe(true);
    await database.close();
  });
});

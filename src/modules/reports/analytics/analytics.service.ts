import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { invalidField, msg } from '../../../lib/errors.ts';
import type { Actor } from '../../../lib/policy.ts';
import { addDays, daysBetween, minutesOfDay, WEEKDAYS } from '../../../lib/time.ts';
import { loadCenterCalendar } from '../../centers/index.ts';
import type { ReportQuery } from '../summary/summary.schema.ts';
import { REPORT_ZONE, resolveScope, round } from '../summary/summary.service.ts';
import * as repo from './analytics.repo.ts';
import type { Analytics } from './analytics.schema.ts';

// Demand analytics

const MAX_ANALYTICS_DAYS = 2 * 366;

export async function getAnalytics(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ReportQuery,
): Promise<Analytics> {
  const scope = await resolveScope(db, actor, query, 'analytics.read');
  if (daysBetween(scope.fromDate, scope.toDate) >= MAX_ANALYTICS_DAYS) {
    throw invalidField('to', msg('analytics cover at most two years', 'analiza obejmuje najwyżej dwa lata'));
  }
  const [booked, unmet, districts, trends, roomCounts] = await Promise.all([
    repo.bookedHoursByWeekdayHour(db, scope, REPORT_ZONE),
    repo.unmetDemand(db, scope, REPORT_ZONE),
    repo.beneficiariesByDistrict(db, scope),
    repo.monthlyTrends(db, scope, REPORT_ZONE),
    repo.roomCounts(db, scope.centers),
  ]);
  // Room-hours open in each weekday and hour of the period: rooms × the days that hour is open.
  const open = new Map<string, number>();
  for (const { center_id, rooms } of roomCounts) {
    const calendar = await loadCenterCalendar(db, center_id, scope.fromDate, scope.toDate);
    for (let date = scope.fromDate; date <= scope.toDate; date = addDays(date, 1)) {
      const day = calendar.day(date);
      const weekday = WEEKDAYS.indexOf(day.weekday) + 1;
      for (const [start, end] of day.hours) {
        for (let minute = minutesOfDay(start); minute < minutesOfDay(end); minute += 60) {
          const key = `${weekday}:${Math.floor(minute / 60)}`;
          open.set(key, (open.get(key) ?? 0) + (rooms * Math.min(60, minutesOfDay(end) - minute)) / 60);
        }
      }
    }
  }
  const bookedMap = new Map(booked.map((cell) => [`${cell.weekday}:${cell.hour}`, cell.hours]));
  const occupancy = [...new Set([...open.keys(), ...bookedMap.keys()])]
    .map((key) => {
      const [weekday, hour] = key.split(':').map(Number) as [number, number];
      const openHours = round(open.get(key) ?? 0);
      const bookedHours = round(bookedMap.get(key) ?? 0);
      return {
        weekday,
        hour,
        bookedHours,
        openHours,
        rate: openHours > 0 ? round(bookedHours / openHours) : null,
      };
    })
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  return {
    period: { from: scope.fromDate, to: scope.toDate },
    occupancy,
    unmetDemand: {
      refused: unmet.reduce((total, row) => total + row.refused, 0),
      rejected: unmet.reduce((total, row) => total + row.rejected, 0),
      withdrawn: unmet.reduce((total, row) => total + row.withdrawn, 0),
      byMonth: unmet,
    },
    districts: districts.map((row) => ({ district: row.district, name: row.name, beneficiaries: row.count })),
    trends: trends.map((row) => ({
      month: row.month,
      lendings: row.lendings,
      people: row.people,
      appointments: row.appointments,
      attendances: row.attendances,
    })),
  };
}

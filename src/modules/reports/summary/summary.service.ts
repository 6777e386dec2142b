import type { Kysely } from 'kysely';
import { ACTIVITY_KINDS, APPOINTMENT_KINDS, INITIATIVE_STAGES } from '../../../db/enums.ts';
import type { DB } from '../../../db/schema.ts';
import { forbidden, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Action, type Actor, allowed, authorize } from '../../../lib/policy.ts';
import { addDays, daysBetween, zonedInstant } from '../../../lib/time.ts';
import { findCenter } from '../../centers/index.ts';
import * as repo from '../reports.repo.ts';
import { narrativeEn, narrativePl } from './summary.narrative.ts';
import type { ReportQuery, Summary } from './summary.schema.ts';

/** Report periods are local days in the network's zone; both ends included. */
export const REPORT_ZONE = 'Europe/Warsaw';
const MAX_PERIOD_DAYS = 20 * 366;

/** The instants and dates of the local days from..to, both included, in the given centres (null: all). */
export function periodScope(from: string, to: string, centers: string[] | null): repo.Scope {
  return {
    from: zonedInstant(from, '00:00', REPORT_ZONE),
    to: zonedInstant(addDays(to, 1), '00:00', REPORT_ZONE),
    fromDate: from,
    toDate: to,
    centers,
  };
}

/** Throws 422 for a period that ends before it starts or is longer than 20 years. */
export function assertPeriod(query: { from: string; to: string }) {
  if (query.to < query.from) {
    throw invalidField('to', msg('the period ends before it starts', 'okres kończy się przed początkiem'));
  }
  if (daysBetween(query.from, query.to) > MAX_PERIOD_DAYS) {
    throw invalidField('to', msg('the period is longer than 20 years', 'okres jest dłuższy niż 20 lat'));
  }
}

/** Whether the actor reads every centre and the network (admins, observers) or only its own centres. */
export const readsNetwork = (actor: Actor): boolean => allowed(actor, 'report.readNetwork');

/**
 * Who may read which report: admins and observers any centre and the network; coordinators
 * their own centres (the network report of a coordinator covers its centres).
 */
export async function resolveScope(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ReportQuery,
  action: Extract<Action, 'report.read' | 'analytics.read'> = 'report.read',
): Promise<repo.Scope> {
  authorize(actor, action);
  const network = readsNetwork(actor);
  assertPeriod(query);
  let centers: string[] | null = null;
  if (query.centerId !== undefined) {
    const center = isId(query.centerId) ? await findCenter(db, query.centerId) : undefined;
    if (!center) throw notFound(msg('Centre', 'centrum'));
    if (!allowed(actor, 'report.readCenter', { centerId: center.id })) throw forbidden();
    centers = [center.id];
  } else if (!network) {
    centers = actor.centerIds;
  }
  return periodScope(query.from, query.to, centers);
}

export async function getSummary(db: Kysely<DB>, actor: Actor | null, query: ReportQuery): Promise<Summary> {
  const scope = await resolveScope(db, actor, query);
  return summarize(db, scope);
}

export async function summarize(db: Kysely<DB>, scope: repo.Scope): Promise<Summary> {
  const [beneficiaries, rooms, activities, advice, volunteering, incubation, feedback, centers] =
    await Promise.all([
      repo.countBeneficiaries(db, scope),
      repo.roomFigures(db, scope),
      repo.activityFigures(db, scope),
      repo.adviceFigures(db, scope),
      repo.volunteeringFigures(db, scope),
      repo.incubationFigures(db, scope),
      repo.feedbackFigures(db, scope),
      scope.centers
        ? Promise.resolve(scope.centers)
        : repo.selectCenterIds(db).then((rows) => rows.map((row) => row.id)),
    ]);
  const empty = emptySummary();
  const byKind = empty.activities.byKind;
  for (const row of activities) byKind[row.kind] = { count: row.count, participants: row.participants };
  const adviceByKind = empty.advice.byKind;
  for (const row of advice) adviceByKind[row.kind] = row.appointments;
  const byStage = empty.incubation.byStage;
  for (const row of incubation) byStage[row.stage] = row.count;
  const sum = <T>(rows: T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);
  const feedbackOf = (service: string) =>
    Object.fromEntries(
      feedback
        .filter((row) => row.service === service)
        .map((row) => [row.kind, { count: row.count, average: row.average }]),
    );
  return {
    period: { from: scope.fromDate, to: scope.toDate },
    centerIds: [...centers],
    beneficiaries: {
      total: beneficiaries.total,
      organizations: beneficiaries.organizations,
      informalGroups: beneficiaries.informal_groups,
      individuals: beneficiaries.individuals,
    },
    rooms,
    activities: {
      count: sum(activities, (row) => row.count),
      participants: sum(activities, (row) => row.participants),
      byKind,
    },
    advice: {
      appointments: sum(advice, (row) => row.appointments),
      hours: round(sum(advice, (row) => row.hours)),
      byKind: adviceByKind,
    },
    volunteering,
    incubation: { initiatives: sum(incubation, (row) => row.count), byStage },
    feedback: { activities: feedbackOf('activity'), advice: feedbackOf('advice') },
  };
}

export const round = (value: number) => Math.round(value * 100) / 100;

/** Every figure at zero, every kind and stage present: the shape a summary always has. */
export function emptySummary(): Summary {
  return {
    period: { from: '', to: '' },
    centerIds: [],
    beneficiaries: { total: 0, organizations: 0, informalGroups: 0, individuals: 0 },
    rooms: { lendings: 0, people: 0, hours: 0 },
    activities: {
      count: 0,
      participants: 0,
      byKind: Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, { count: 0, participants: 0 }])),
    },
    advice: {
      appointments: 0,
      hours: 0,
      byKind: Object.fromEntries(APPOINTMENT_KINDS.map((kind) => [kind, 0])),
    },
    volunteering: { offers: 0, placements: 0, hours: 0 },
    incubation: { initiatives: 0, byStage: Object.fromEntries(INITIATIVE_STAGES.map((stage) => [stage, 0])) },
    feedback: { activities: {}, advice: {} },
  };
}

// The report's subject and header

export async function subjectOf(db: Kysely<DB>, scope: repo.Scope) {
  const centers = await repo.selectCenterIds(db);
  const names = centers
    .filter((center) => !scope.centers || scope.centers.includes(center.id))
    .map((center) => center.name);
  const single = scope.centers?.length === 1;
  return {
    title: single ? (names[0] ?? '') : scope.centers ? names.join(', ') : 'Sieć centrów obywatelskich',
    pl: single
      ? { genitive: 'Centrum', nominative: 'Centrum', plural: false }
      : { genitive: 'centrów obywatelskich', nominative: 'Centra obywatelskie', plural: true },
    en: single ? { name: 'the Centre', plural: false } : { name: 'the civic centres', plural: true },
  };
}

export async function getNarrative(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ReportQuery & { lang?: 'pl' | 'en' },
) {
  const scope = await resolveScope(db, actor, query);
  const [summary, subject] = await Promise.all([summarize(db, scope), subjectOf(db, scope)]);
  const lang = query.lang ?? 'pl';
  return { lang, text: lang === 'pl' ? narrativePl(summary, subject.pl) : narrativeEn(summary, subject.en) };
}

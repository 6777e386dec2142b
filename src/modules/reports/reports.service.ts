import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { forbidden, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { type Actor, requireActor } from '../../lib/policy/index.ts';
import { addDays, daysBetween, minutesOfDay, WEEKDAYS, zonedInstant } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { findCenter, loadCenterCalendar } from '../centers/index.ts';
import { figuresOf, summaryCsv, summaryPdf, summaryXlsx } from './reports.exports.ts';
import { narrativeEn, narrativePl } from './reports.narrative.ts';
import * as repo from './reports.repo.ts';

/** Report periods are local days in the network's zone; both ends included. */
export const REPORT_ZONE = 'Europe/Warsaw';
const MAX_PERIOD_DAYS = 20 * 366;

export const ACTIVITY_KINDS = [
  'seminar',
  'training',
  'workshop',
  'working_group',
  'study_visit',
  'event',
  'networking',
] as const;
export const ADVICE_KINDS = ['consulting', 'coaching', 'mentoring'] as const;
export const STAGES = ['idea', 'planning', 'first_action', 'established', 'independent', 'dropped'] as const;

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
  feedback: {
    activities: Record<string, { count: number; average: number }>;
    advice: Record<string, { count: number; average: number }>;
  };
};

export type ReportQuery = { from: string; to: string; centerId?: string };

/**
 * Who may read which report: admins and observers any centre and the network; coordinators
 * their own centres (the network report of a coordinator covers its centres).
 */
export async function resolveScope(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ReportQuery,
): Promise<repo.Scope> {
  requireActor(actor);
  const admin = actor.roles.includes('admin') || actor.roles.includes('observer');
  const coordinator = actor.roles.includes('coordinator');
  if (!admin && !coordinator) throw forbidden();
  if (query.to < query.from) {
    throw invalidField('to', msg('the period ends before it starts', 'okres kończy się przed początkiem'));
  }
  if (daysBetween(query.from, query.to) > MAX_PERIOD_DAYS) {
    throw invalidField('to', msg('the period is longer than 20 years', 'okres jest dłuższy niż 20 lat'));
  }
  let centers: string[] | null = null;
  if (query.centerId !== undefined) {
    const center = isId(query.centerId) ? await findCenter(db, query.centerId) : undefined;
    if (!center) throw notFound(msg('Centre', 'centrum'));
    if (!admin && !actor.centerIds.includes(center.id)) throw forbidden();
    centers = [center.id];
  } else if (!admin) {
    centers = actor.centerIds;
  }
  return {
    from: zonedInstant(query.from, '00:00', REPORT_ZONE),
    to: zonedInstant(addDays(query.to, 1), '00:00', REPORT_ZONE),
    fromDate: query.from,
    toDate: query.to,
    centers,
  };
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
  const byKind = Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, { count: 0, participants: 0 }]));
  for (const row of activities) byKind[row.kind] = { count: row.count, participants: row.participants };
  const adviceByKind = Object.fromEntries(ADVICE_KINDS.map((kind) => [kind, 0]));
  for (const row of advice) adviceByKind[row.kind] = row.appointments;
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, 0]));
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

const round = (value: number) => Math.round(value * 100) / 100;

// The report's subject and header

async function subjectOf(db: Kysely<DB>, scope: repo.Scope) {
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

export async function exportSummary(
  db: Kysely<DB>,
  actor: Actor | null,
  query: ReportQuery,
  format: 'csv' | 'xlsx' | 'pdf',
) {
  const scope = await resolveScope(db, actor, query);
  const [summary, subject] = await Promise.all([summarize(db, scope), subjectOf(db, scope)]);
  const header = { centre: subject.title, generatedAt: new Date() };
  const name = `civitas-${summary.period.from}-${summary.period.to}`;
  if (format === 'csv')
    return { body: summaryCsv(summary, header), type: 'text/csv; charset=utf-8', filename: `${name}.csv` };
  if (format === 'xlsx') {
    return {
      body: await summaryXlsx(summary, header),
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${name}.xlsx`,
    };
  }
  return { body: await summaryPdf(summary, header), type: 'application/pdf', filename: `${name}.pdf` };
}

// Demand analytics

const MAX_ANALYTICS_DAYS = 2 * 366;

export async function getAnalytics(db: Kysely<DB>, actor: Actor | null, query: ReportQuery) {
  const scope = await resolveScope(db, actor, query);
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

// Funding agreements and indicators

export type AgreementInput = {
  centerId?: string | null;
  title: string;
  operator: string;
  funder: string;
  from: string;
  to: string;
  targets: Record<string, number>;
};

function presentAgreement(row: Awaited<ReturnType<typeof repo.selectAgreements>>[number]) {
  return {
    id: row.id,
    centerId: row.center_id,
    title: row.title,
    operator: row.operator,
    funder: row.funder,
    from: row.period_from,
    to: row.period_to,
    targets: row.targets as Record<string, number>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The figure keys a target may name: the same keys as the CSV export. */
export const TARGET_KEYS = new Set(figuresOf(emptySummary()).map((figure) => figure.key));

function assertTargets(targets: Record<string, number> | undefined) {
  const unknown = Object.keys(targets ?? {}).filter((key) => !TARGET_KEYS.has(key));
  if (unknown.length > 0) {
    throw invalidField(
      'targets',
      msg(`unknown figures: ${unknown.join(', ')}`, `nieznane wskaźniki: ${unknown.join(', ')}`),
      { known: [...TARGET_KEYS] },
    );
  }
}

export async function createAgreement(db: Kysely<DB>, actor: Actor | null, input: AgreementInput) {
  requireActor(actor);
  if (!actor.roles.includes('admin')) throw forbidden();
  assertTargets(input.targets);
  if (input.to < input.from)
    throw invalidField('to', msg('the period ends before it starts', 'okres kończy się przed początkiem'));
  if (input.centerId && !(isId(input.centerId) && (await findCenter(db, input.centerId)))) {
    throw invalidField('centerId', msg('no such centre', 'nie ma takiego centrum'));
  }
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertAgreement(trx, { ...input, centerId: input.centerId ?? null });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'funding_agreement',
      entityId: row.id,
      fields: Object.keys(input),
    });
    return presentAgreement(row);
  });
}

export async function updateAgreement(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<AgreementInput>,
) {
  requireActor(actor);
  if (!actor.roles.includes('admin')) throw forbidden();
  assertTargets(changes.targets);
  return db.transaction().execute(async (trx) => {
    const existing = isId(id) ? (await repo.selectAgreements(trx, { id }))[0] : undefined;
    if (!existing) throw notFound(msg('Agreement', 'umowa'));
    if ((changes.to ?? existing.period_to) < (changes.from ?? existing.period_from)) {
      throw invalidField('to', msg('the period ends before it starts', 'okres kończy się przed początkiem'));
    }
    const row = await repo.updateAgreement(trx, id, changes);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'funding_agreement',
      entityId: id,
      fields: Object.keys(changes),
    });
    return presentAgreement(row as NonNullable<typeof row>);
  });
}

function readableCenters(actor: Actor | null): string[] | null {
  requireActor(actor);
  if (actor.roles.includes('admin') || actor.roles.includes('observer')) return null;
  if (actor.roles.includes('coordinator')) return actor.centerIds;
  throw forbidden();
}

export async function listAgreements(db: Kysely<DB>, actor: Actor | null) {
  const centerIds = readableCenters(actor);
  const rows = await repo.selectAgreements(db, { centerIds });
  return { items: rows.map(presentAgreement), nextCursor: null };
}

/** Target, actual and percent achieved for each agreement the caller may read, side by side. */
export async function getIndicators(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { centerId?: string; agreementId?: string },
) {
  const centerIds = readableCenters(actor);
  let rows = await repo.selectAgreements(db, {
    centerIds,
    id: query.agreementId && isId(query.agreementId) ? query.agreementId : undefined,
  });
  if (query.agreementId && !isId(query.agreementId)) rows = [];
  if (query.centerId) rows = rows.filter((row) => row.center_id === query.centerId);
  const items = [];
  for (const row of rows) {
    const summary = await summarize(db, {
      from: zonedInstant(row.period_from, '00:00', REPORT_ZONE),
      to: zonedInstant(addDays(row.period_to, 1), '00:00', REPORT_ZONE),
      fromDate: row.period_from,
      toDate: row.period_to,
      centers: row.center_id ? [row.center_id] : null,
    });
    const figures = new Map(figuresOf(summary).map((figure) => [figure.key, figure]));
    const targets = row.targets as Record<string, number>;
    items.push({
      agreement: presentAgreement(row),
      indicators: Object.entries(targets)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, target]) => {
          const actual = figures.get(key)?.value ?? 0;
          return {
            key,
            label: figures.get(key)?.label ?? key,
            target,
            actual,
            percent: target > 0 ? Math.round((actual / target) * 1000) / 10 : null,
          };
        }),
    });
  }
  return { items };
}

// Open data: aggregated, small counts suppressed

export const SUPPRESS_BELOW = 5;

export async function getOpenData(db: Kysely<DB>, query: { from: string; to: string }) {
  if (query.to < query.from)
    throw invalidField('to', msg('the period ends before it starts', 'okres kończy się przed początkiem'));
  if (daysBetween(query.from, query.to) > MAX_PERIOD_DAYS) {
    throw invalidField('to', msg('the period is longer than 20 years', 'okres jest dłuższy niż 20 lat'));
  }
  const base = {
    from: zonedInstant(query.from, '00:00', REPORT_ZONE),
    to: zonedInstant(addDays(query.to, 1), '00:00', REPORT_ZONE),
    fromDate: query.from,
    toDate: query.to,
  };
  const centers = await repo.selectCenterIds(db);
  const scopes = [
    { center: null as null | { id: string; name: string }, scope: { ...base, centers: null } },
    ...centers.map((center) => ({ center, scope: { ...base, centers: [center.id] } })),
  ];
  const rows: {
    centerId: string | null;
    centre: string;
    key: string;
    value: number | null;
    suppressed: boolean;
  }[] = [];
  for (const { center, scope } of scopes) {
    const summary = await summarize(db, scope);
    for (const figure of figuresOf(summary)) {
      // Whole counts of 1..4 could point at a person or a group: suppressed. Hours are not counts.
      const isCount = !figure.key.endsWith('hours');
      const suppressed = isCount && figure.value > 0 && figure.value < SUPPRESS_BELOW;
      rows.push({
        centerId: center?.id ?? null,
        centre: center?.name ?? 'Sieć centrów obywatelskich',
        key: figure.key,
        value: suppressed ? null : figure.value,
        suppressed,
      });
    }
  }
  return { period: { from: query.from, to: query.to }, suppressBelow: SUPPRESS_BELOW, rows };
}

export function openDataCsv(data: Awaited<ReturnType<typeof getOpenData>>): string {
  const lines = [
    'period_from,period_to,center_id,centre,figure,value,suppressed',
    ...data.rows.map((row) =>
      [
        data.period.from,
        data.period.to,
        row.centerId ?? '',
        `"${row.centre.replaceAll('"', '""')}"`,
        row.key,
        row.value ?? '',
        row.suppressed,
      ].join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function emptySummary(): Summary {
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
    advice: { appointments: 0, hours: 0, byKind: Object.fromEntries(ADVICE_KINDS.map((kind) => [kind, 0])) },
    volunteering: { offers: 0, placements: 0, hours: 0 },
    incubation: { initiatives: 0, byStage: Object.fromEntries(STAGES.map((stage) => [stage, 0])) },
    feedback: { activities: {}, advice: {} },
  };
}

import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Scope } from '../reports.repo.ts';
import { figuresOf } from '../summary/summary.exports.ts';
import type { Summary } from '../summary/summary.schema.ts';
import { summarize } from '../summary/summary.service.ts';
import * as repo from './public-task.repo.ts';
import type { ReportData } from './public-task.schema.ts';

/** How each section of figures is measured, for the indicators' "sposób pomiaru". */
const SOURCES: Record<string, string> = {
  beneficiaries:
    'z rejestru Civitas: beneficjenci obsłużeni w okresie (sale, wydarzenia, doradztwo, wolontariat, inkubacja), każdy liczony raz',
  rooms: 'z rejestru Civitas: zakończone udostępnienia sal z liczbą osób wpisaną po spotkaniu',
  activities: 'z rejestru Civitas: listy obecności wydarzeń z programu (bez odwołanych)',
  advice: 'z rejestru Civitas: zakończone spotkania doradcze',
  volunteering: 'z rejestru Civitas: porozumienia wolontariackie i karty czasu pracy wolontariuszy',
  incubation: 'z rejestru Civitas: zmiany etapów inicjatyw w inkubatorze',
};

const KIND_NAMES: Record<string, string> = {
  seminar: 'Seminaria',
  training: 'Szkolenia',
  workshop: 'Warsztaty',
  working_group: 'Grupy robocze',
  study_visit: 'Wizyty studyjne',
  event: 'Wydarzenia',
  networking: 'Spotkania sieciujące',
};
const ADVICE_NAMES: Record<string, string> = {
  consulting: 'konsultacje',
  coaching: 'coaching',
  mentoring: 'mentoring',
};
const BENEFICIARY_KINDS = [
  ['organization', 'organizations', 'organizacje pozarządowe'],
  ['informal_group', 'informalGroups', 'grupy nieformalne'],
  ['individual', 'individuals', 'osoby fizyczne'],
] as const;

/** At most this many activities are listed under each kind; the rest are counted. */
export const DETAILS_PER_ACTION = 20;

/** The figures of the same period and centre as GET /api/reports/summary, then Part I from them. */
export async function computeData(
  db: Kysely<DB>,
  scope: Scope,
  targets: Record<string, number>,
): Promise<ReportData> {
  const [summary, activities, rooms, advice, beneficiaries, centre] = await Promise.all([
    summarize(db, scope),
    repo.heldActivities(db, scope),
    repo.lendingsByRoom(db, scope),
    repo.adviceByKind(db, scope),
    repo.beneficiariesByDistrict(db, scope),
    repo.centreName(db, scope.centers?.length === 1 ? (scope.centers[0] ?? null) : null),
  ]);
  const figures = figuresOf(summary);
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  return {
    centre,
    indicators: Object.entries(targets)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, target]) => {
        const figure = byKey.get(key);
        const value = figure?.value ?? 0;
        return {
          key,
          label: figure?.label ?? key,
          target,
          value,
          percent: target > 0 ? Math.round((value / target) * 1000) / 10 : null,
          source: SOURCES[figure?.section ?? ''] ?? 'z rejestru Civitas',
        };
      }),
    // The main figures always; the ones by kind or stage when there is something to say.
    scale: figures
      .filter((figure) => !/\.by(Kind|Stage)\./.test(figure.key) || figure.value !== 0)
      .map(({ key, label, value }) => ({ key, label, value })),
    actions: [
      ...activityActions(activities),
      ...lendingAction(rooms),
      ...adviceAction(advice),
      ...otherActions(summary, scope),
    ],
    beneficiaries: beneficiaryTables(summary, beneficiaries),
  };
}

/** The first and last of some YYYY-MM-DD days (which sort as text). */
function span(days: string[]) {
  const sorted = [...days].sort();
  return { from: sorted[0] ?? null, to: sorted.at(-1) ?? null };
}
const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'pl'));

type Action = ReportData['actions'][number];

function activityActions(rows: Awaited<ReturnType<typeof repo.heldActivities>>): Action[] {
  const kinds = Object.keys(KIND_NAMES).filter((kind) => rows.some((row) => row.kind === kind));
  return kinds.map((kind) => {
    const held = rows.filter((row) => row.kind === kind);
    return {
      key: `activities.${kind}`,
      name: `${KIND_NAMES[kind]} z programu centrum`,
      ...span(held.flatMap((row) => [row.first_day, row.last_day])),
      places: distinct(held.map((row) => row.place)),
      count: held.length,
      unit: 'wydarzeń',
      participants: held.reduce((sum, row) => sum + row.participants, 0),
      details: held.slice(0, DETAILS_PER_ACTION).map((row) => ({
        label: row.title,
        from: row.first_day,
        to: row.last_day,
        place: row.place,
        count: null,
        participants: row.participants,
      })),
      more: Math.max(0, held.length - DETAILS_PER_ACTION),
    };
  });
}

function lendingAction(rows: Awaited<ReturnType<typeof repo.lendingsByRoom>>): Action[] {
  if (rows.length === 0) return [];
  return [
    {
      key: 'rooms',
      name: 'Udostępnianie sal organizacjom, grupom i mieszkańcom',
      ...span(rows.flatMap((row) => [row.first_day, row.last_day])),
      places: distinct(rows.map((row) => row.place)),
      count: rows.reduce((sum, row) => sum + row.lendings, 0),
      unit: 'udostępnień',
      participants: rows.reduce((sum, row) => sum + row.people, 0),
      details: rows.slice(0, DETAILS_PER_ACTION).map((row) => ({
        label: row.place,
        from: row.first_day,
        to: row.last_day,
        place: row.place,
        count: row.lendings,
        participants: row.people,
      })),
      more: Math.max(0, rows.length - DETAILS_PER_ACTION),
    },
  ];
}

function adviceAction(rows: Awaited<ReturnType<typeof repo.adviceByKind>>): Action[] {
  const all = rows.find((row) => row.kind === null);
  if (!all || all.appointments === 0) return [];
  return [
    {
      key: 'advice',
      name: 'Doradztwo dla organizacji, grup i mieszkańców',
      from: all.first_day,
      to: all.last_day,
      places: [],
      count: all.appointments,
      unit: 'spotkań',
      participants: all.people,
      details: rows
        .filter((row) => row.kind !== null)
        .map((row) => ({
          label: ADVICE_NAMES[row.kind as string] ?? (row.kind as string),
          from: row.first_day,
          to: row.last_day,
          place: null,
          count: row.appointments,
          participants: row.people,
        })),
      more: 0,
    },
  ];
}

function otherActions(summary: Summary, scope: Scope): Action[] {
  const actions: Action[] = [];
  const { volunteering, incubation } = summary;
  if (volunteering.placements > 0 || volunteering.hours > 0) {
    actions.push({
      key: 'volunteering',
      name: `Pośrednictwo wolontariatu (${volunteering.hours} godz. pracy wolontariuszy)`,
      from: scope.fromDate,
      to: scope.toDate,
      places: [],
      count: volunteering.placements,
      unit: 'porozumień',
      participants: null,
      details: [],
      more: 0,
    });
  }
  if (incubation.initiatives > 0) {
    actions.push({
      key: 'incubation',
      name: 'Inkubacja inicjatyw lokalnych',
      from: scope.fromDate,
      to: scope.toDate,
      places: [],
      count: incubation.initiatives,
      unit: 'inicjatyw',
      participants: null,
      details: [],
      more: 0,
    });
  }
  return actions;
}

function beneficiaryTables(
  summary: Summary,
  rows: Awaited<ReturnType<typeof repo.beneficiariesByDistrict>>,
): ReportData['beneficiaries'] {
  const districts = new Map<number | null, ReportData['beneficiaries']['byDistrict'][number]>();
  for (const row of rows) {
    const entry = districts.get(row.district) ?? {
      district: row.district,
      name: row.name ?? 'dzielnica nie podana',
      organizations: 0,
      informalGroups: 0,
      individuals: 0,
      total: 0,
    };
    const field = BENEFICIARY_KINDS.find(([kind]) => kind === row.kind)?.[1];
    if (field) entry[field] += row.count;
    entry.total += row.count;
    districts.set(row.district, entry);
  }
  return {
    total: summary.beneficiaries.total,
    byKind: BENEFICIARY_KINDS.map(([kind, field, label]) => ({
      kind,
      label,
      count: summary.beneficiaries[field],
    })),
    byDistrict: [...districts.values()],
  };
}

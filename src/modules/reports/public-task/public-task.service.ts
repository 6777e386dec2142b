import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { decodeCursor, type Page, toPage } from '../../../lib/pagination.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { selectAgreements } from '../agreements/agreements.repo.ts';
import { assertPeriod, periodScope, readsNetwork } from '../summary/summary.service.ts';
import { computeData } from './public-task.data.ts';
import * as repo from './public-task.repo.ts';
import {
  type Changes,
  type CreateInput,
  EMPTY_FIELDS,
  type Expense,
  FIELD_NAMES,
  type Fields,
  fieldsSchema,
  type PublicTaskReport,
  type ReportData,
  SOURCES,
  type Totals,
} from './public-task.schema.ts';

// The statutory report on a public task (sprawozdanie z wykonania zadania publicznego)

const cents = (value: number) => Math.round(value * 100);
const zloty = (value: number) => value / 100;
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null);

/** Part II's sums, in grosze so that no fraction of a grosz creeps in. */
export function totalsOf(expenses: Expense[]): Totals {
  const actual = (line: Expense) => SOURCES.reduce((sum, source) => sum + cents(line[source]), 0);
  const sumOf = (lines: Expense[], value: (line: Expense) => number) =>
    zloty(lines.reduce((sum, line) => sum + value(line), 0));
  const of = (category?: Expense['category']) => {
    const lines = category ? expenses.filter((line) => line.category === category) : expenses;
    return { planned: sumOf(lines, (line) => cents(line.planned ?? 0)), actual: sumOf(lines, actual) };
  };
  const bySource = Object.fromEntries(
    SOURCES.map((source) => [source, sumOf(expenses, (line) => cents(line[source]))]),
  ) as Totals['bySource'];
  const all = of();
  const otherFinancial = zloty(
    cents(bySource.ownFunds) +
      cents(bySource.recipientPayments) +
      cents(bySource.otherPublic) +
      cents(bySource.other),
  );
  const personalAndInKind = zloty(cents(bySource.personal) + cents(bySource.inKind));
  return {
    actions: of('actions'),
    administrative: of('administrative'),
    all,
    bySource,
    otherFinancial,
    personalAndInKind,
    shares: {
      grant: share(bySource.grant, all.actual),
      otherFinancial: share(otherFinancial, all.actual),
      personalAndInKind: share(personalAndInKind, all.actual),
    },
  };
}

function toReport(row: repo.ReportRow): PublicTaskReport {
  const fields = fieldsSchema.parse({ ...EMPTY_FIELDS, ...(row.fields as Partial<Fields>) });
  return {
    id: row.id,
    agreementId: row.agreement_id,
    centerId: row.center_id,
    type: row.type,
    from: row.period_from,
    to: row.period_to,
    header: {
      title: row.title,
      operator: row.operator,
      funder: row.funder,
      agreementFrom: row.agreement_from,
      agreementTo: row.agreement_to,
    },
    data: row.data as unknown as ReportData,
    fields,
    totals: totalsOf(fields.expenses),
    toWrite: FIELD_NAMES.filter((name) => {
      const value = fields[name];
      return Array.isArray(value) ? value.length === 0 : !value?.trim();
    }),
    computedAt: row.computed_at,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const reportNotFound = () =>
  notFound(msg('Public task report', 'sprawozdanie z wykonania zadania publicznego'));

/** The draft, if the actor may read it (404 when there is none, 403 for another centre's). */
async function readable(db: Kysely<DB>, actor: Actor | null, id: string) {
  authorize(actor, 'publicTaskReport.list');
  const row = isId(id) ? await repo.findReport(db, id) : undefined;
  if (!row) throw reportNotFound();
  authorize(actor, 'publicTaskReport.read', { centerId: row.center_id });
  return row;
}

export async function createReport(db: Kysely<DB>, actor: Actor | null, input: CreateInput) {
  authorize(actor, 'publicTaskReport.list');
  const agreement = isId(input.agreementId)
    ? (await selectAgreements(db, { id: input.agreementId }))[0]
    : undefined;
  if (!agreement) throw notFound(msg('Funding agreement', 'umowa o wsparcie lub powierzenie zadania'));
  authorize(actor, 'publicTaskReport.manage', { centerId: agreement.center_id });
  assertPeriod(input);
  if (input.from < agreement.period_from || input.to > agreement.period_to) {
    throw invalidField(
      input.from < agreement.period_from ? 'from' : 'to',
      msg(
        `the period lies outside the agreement's (${agreement.period_from}..${agreement.period_to})`,
        `okres wykracza poza okres umowy (${agreement.period_from}–${agreement.period_to})`,
      ),
    );
  }
  const scope = periodScope(input.from, input.to, agreement.center_id ? [agreement.center_id] : null);
  const data = await computeData(db, scope, agreement.targets as Record<string, number>);
  const id = await db.transaction().execute(async (trx) => {
    const created = await repo.insertReport(trx, {
      agreementId: agreement.id,
      centerId: agreement.center_id,
      from: input.from,
      to: input.to,
      type: input.type,
      data,
      fields: EMPTY_FIELDS,
      createdBy: actor.id,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'create',
      entity: 'public_task_report',
      entityId: created,
      fields: ['agreementId', 'from', 'to', 'type'],
      centerId: agreement.center_id,
    });
    return created;
  });
  return toReport((await repo.findReport(db, id)) as repo.ReportRow);
}

export async function getReport(db: Kysely<DB>, actor: Actor | null, id: string) {
  return toReport(await readable(db, actor, id));
}

export async function listReports(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { agreementId?: string; limit: number; cursor?: string },
): Promise<Page<ReturnType<typeof toReport>>> {
  authorize(actor, 'publicTaskReport.list');
  if (query.agreementId !== undefined && !isId(query.agreementId)) return { items: [], nextCursor: null };
  const rows = await repo.listReports(db, {
    agreementId: query.agreementId,
    centerIds: readsNetwork(actor) ? null : actor.centerIds,
    after: decodeCursor(query.cursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toReport);
}

/**
 * Edits the fields people write. With `revision`, the edit applies only to that revision of
 * the draft (409 otherwise); without it, edits to different fields made at once all land.
 */
export async function updateReport(db: Kysely<DB>, actor: Actor | null, id: string, changes: Changes) {
  const { revision, type, ...edited } = changes;
  const updated = await db.transaction().execute(async (trx) => {
    authorize(actor, 'publicTaskReport.list');
    const row = isId(id) ? await repo.findReport(trx, id, { lock: true }) : undefined;
    if (!row) throw reportNotFound();
    authorize(actor, 'publicTaskReport.manage', { centerId: row.center_id });
    if (revision !== undefined && revision !== row.revision) throw stale(row.revision);
    const fields = { ...EMPTY_FIELDS, ...(row.fields as Partial<Fields>), ...edited };
    const next = await repo.updateReport(trx, id, { fields, type }, row.revision);
    if (next === undefined) throw stale(row.revision);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'update',
      entity: 'public_task_report',
      entityId: id,
      fields: Object.keys(changes).filter((key) => key !== 'revision'),
      centerId: row.center_id,
    });
    return id;
  });
  return toReport((await repo.findReport(db, updated)) as repo.ReportRow);
}

const stale = (current: number) =>
  conflict(
    msg(
      'The report has changed since you opened it; reload it and make your change again.',
      'Sprawozdanie zmieniło się od chwili otwarcia; wczytaj je ponownie i wprowadź zmianę jeszcze raz.',
    ),
    { revision: current },
  );

/** Computes Part I from the data again (the written fields stay as they are). */
export async function refreshReport(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  body: { revision?: number },
) {
  const row = await readable(db, actor, id);
  authorize(actor, 'publicTaskReport.manage', { centerId: row.center_id });
  const agreement = (await selectAgreements(db, { id: row.agreement_id }))[0];
  const scope = periodScope(row.period_from, row.period_to, row.center_id ? [row.center_id] : null);
  const data = await computeData(db, scope, (agreement?.targets ?? {}) as Record<string, number>);
  const next = await repo.updateReport(db, id, { data }, body.revision ?? row.revision);
  if (next === undefined) throw stale((await repo.findReport(db, id))?.revision ?? row.revision);
  await recordAudit(db, {
    actorId: actor.id,
    action: 'refresh',
    entity: 'public_task_report',
    entityId: id,
    fields: ['data'],
    centerId: row.center_id,
  });
  return toReport((await repo.findReport(db, id)) as repo.ReportRow);
}

/** The draft for the files: read access is enough. */
export const reportForFile = getReport;

/** The files' name: "sprawozdanie-czesciowe-2026-01-01-2026-03-31" (ASCII, for every mail client). */
export const fileNameOf = (report: PublicTaskReport) =>
  `sprawozdanie-${report.type === 'final' ? 'koncowe' : 'czesciowe'}-${report.from}-${report.to}`;

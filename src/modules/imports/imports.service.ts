import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ImportKind } from '../../db/enums.ts';
import type { DB } from '../../db/schema.ts';
import { toCsv } from '../../lib/csv.ts';
import { isExclusionViolation, isUniqueViolation } from '../../lib/db-errors.ts';
import { AppError, conflict, invalidField, msg, notFound } from '../../lib/errors.ts';
import { isId } from '../../lib/ids.ts';
import { decodeCursor, type Page, toPage } from '../../lib/pagination.ts';
import { type Actor, authorize, may } from '../../lib/policy.ts';
import { recordAudit } from '../audit/index.ts';
import { findCenter } from '../centers/index.ts';
import { attendanceKind } from './imports.attendance.ts';
import { beneficiariesKind } from './imports.beneficiaries.ts';
import { bookingsKind } from './imports.bookings.ts';
import { exampleFile } from './imports.examples.ts';
import { parseFile, type Sheet } from './imports.parse.ts';
import * as repo from './imports.repo.ts';
import { type CheckContext, type KindHandler, mapColumns, missingColumns, Problems } from './imports.rows.ts';
import { columnsMapping, type ImportDocument, type ImportSummary, importKind } from './imports.schema.ts';
import { volunteersKind } from './imports.volunteers.ts';

export const KINDS: Record<ImportKind, KindHandler> = {
  beneficiaries: beneficiariesKind,
  bookings: bookingsKind,
  attendance: attendanceKind,
  volunteers: volunteersKind,
};

/** More rows than this are split into several files (the plan is kept whole in one record). */
export const MAX_ROWS = 20_000;

const IMPORT = msg('Import', 'import');

function toSummary(row: Omit<repo.ImportRow, 'plan'>): ImportSummary {
  return {
    id: row.id,
    kind: row.kind,
    centerId: row.center_id,
    status: row.status,
    filename: row.filename,
    sha256: row.file_sha256,
    rows: row.row_count,
    toCreate: row.to_create,
    duplicateCount: row.duplicate_count,
    errorCount: row.error_count,
    createdAt: row.created_at,
    committedAt: row.committed_at,
    created: row.created,
    skipped: row.skipped,
  };
}

function toDocument(row: repo.ImportRow): ImportDocument {
  const { duplicateCount: _d, errorCount: _e, ...summary } = toSummary(row);
  const { items, errors } = row.plan;
  return {
    ...summary,
    duplicates: items.flatMap((item) =>
      item.action === 'duplicate' && item.reason
        ? [
            {
              row: item.row,
              existingId: item.existingId ?? null,
              duplicateOfRow: item.duplicateOfRow ?? null,
              reason: item.reason,
            },
          ]
        : [],
    ),
    errors,
    items: items.map((item) => ({ row: item.row, action: item.action, values: item.values })),
  };
}

/** The check: every row read, matched against the file and the database; nothing written. */
async function check(ctx: CheckContext, handler: KindHandler, sheet: Sheet, columns: Record<string, string>) {
  const mapped = mapColumns(sheet, handler, columns);
  const problems = new Problems(mapped.columnOf);
  missingColumns(handler, mapped.has, problems);
  // Without a required column no row can be read: the file needs a mapping first, and the
  // missing columns (at the header row) are its only errors.
  const items =
    problems.list.length > 0
      ? mapped.rows.map((row) => ({ row: row.row, action: 'error' as const, values: {} }))
      : await handler.check(ctx, mapped.rows, problems);
  const errors = [...problems.list].sort((a, b) => a.row - b.row);
  return { sheet, columns, items, errors } satisfies repo.StoredPlan;
}

async function centerFor(db: Kysely<DB>, handler: KindHandler, centerId: string | undefined) {
  if (centerId === undefined) {
    if (handler.needsCenter)
      throw invalidField(
        'centerId',
        msg('this kind of import needs a centre', 'ten rodzaj importu wymaga wskazania centrum'),
      );
    return null;
  }
  const center = await findCenter(db, centerId);
  if (!center) throw notFound(msg('Centre', 'centrum'));
  return { id: center.id, timezone: center.timezone };
}

function parseColumns(text: string | undefined): Record<string, string> {
  if (!text?.trim()) return {};
  try {
    const parsed = columnsMapping.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  throw invalidField(
    'columns',
    msg(
      'a JSON object of headers and fields, e.g. {"Nazwa NGO": "name"}',
      'obiekt JSON nagłówków i pól, np. {"Nazwa NGO": "name"}',
    ),
  );
}

export async function createImport(
  db: Kysely<DB>,
  actor: Actor | null,
  input: {
    filename: string;
    data: Buffer;
    kind: ImportKind;
    centerId?: string;
    sheet?: string;
    columns?: string;
  },
): Promise<ImportDocument> {
  authorize(actor, 'import.create', { centerId: input.centerId ?? null });
  const handler = KINDS[input.kind];
  const center = await centerFor(db, handler, input.centerId);
  const columns = parseColumns(input.columns);
  const sheet = await parseFile(input.data, input.sheet);
  if (sheet.rows.length > MAX_ROWS) {
    throw invalidField(
      'file',
      msg(`at most ${MAX_ROWS} rows in one file`, `najwyżej ${MAX_ROWS} wierszy w jednym pliku`),
    );
  }
  const plan = await check({ db, center, now: new Date() }, handler, sheet, columns);
  const stored = await repo.insertImport(db, {
    kind: input.kind,
    centerId: center?.id ?? null,
    filename: input.filename.slice(0, 255) || 'import',
    sha256: createHash('sha256').update(input.data).digest('hex'),
    plan,
    createdBy: actor.id,
  });
  return toDocument(stored);
}

async function loadImport(db: Kysely<DB>, actor: Actor | null, id: string, options = { forUpdate: false }) {
  authorize(actor, 'import.list');
  const row = isId(id) ? await repo.findImport(db, id, options) : undefined;
  if (!row) throw notFound(IMPORT);
  authorize(actor, 'import.read', { centerId: row.center_id });
  return row;
}

export async function getImport(db: Kysely<DB>, actor: Actor | null, id: string): Promise<ImportDocument> {
  return toDocument(await loadImport(db, actor, id));
}

export async function listImports(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { kind?: ImportKind; centerId?: string; limit: number; cursor?: string },
): Promise<Page<ImportSummary>> {
  authorize(actor, 'import.list');
  const rows = await repo.selectImports(db, {
    ...query,
    centerIds: may(actor, 'import.listAll') ? undefined : actor.centerIds,
    after: decodeCursor(query.cursor),
  });
  return toPage(rows, query.limit, (row) => ({ at: row.created_at, id: row.id }), toSummary);
}

const refused = (reason: string, en: string, pl: string) => conflict(msg(en, pl), { reason });

/** Values in a fixed order of keys: jsonb keeps objects in an order of its own. */
const sorted = (values: Record<string, unknown>) =>
  Object.keys(values)
    .sort()
    .map((key) => [key, values[key]]);

/** What a commit must find again: each row's action and values, and where it is a duplicate. */
const signature = (plan: Pick<repo.StoredPlan, 'items' | 'errors'>) =>
  JSON.stringify([
    plan.items.map((i) => [
      i.row,
      i.action,
      sorted(i.values),
      i.existingId ?? null,
      i.duplicateOfRow ?? null,
    ]),
    plan.errors.length,
  ]);

/**
 * Writes what the dry run showed, all of it or nothing, in one transaction: the file is checked
 * again inside it (after the commits before it), and anything different is a 409.
 */
export async function commitImport(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  body: { sha256?: string } | null | undefined,
): Promise<{ status: 'committed'; created: number; skipped: number }> {
  try {
    return await db.transaction().execute(async (trx) => {
      await repo.lockCommits(trx);
      const row = await loadImport(trx, actor, id, { forUpdate: true });
      authorize(actor, 'import.commit', { centerId: row.center_id });
      if (row.status === 'committed')
        throw refused(
          'committed',
          'This import has been committed already.',
          'Ten import został już zatwierdzony.',
        );
      if (body?.sha256 && body.sha256 !== row.file_sha256) {
        throw refused(
          'file_changed',
          'The file is not the one checked: check it again.',
          'To nie jest sprawdzony plik: sprawdź go ponownie.',
        );
      }
      if (row.error_count > 0) {
        throw refused(
          'has_errors',
          'The file has errors: correct them and check it again.',
          'Plik zawiera błędy: popraw je i sprawdź plik ponownie.',
        );
      }
      const handler = KINDS[importKind.parse(row.kind)];
      const center = row.center_id ? await centerFor(trx, handler, row.center_id) : null;
      const ctx = { db: trx, center, now: new Date() };
      const again = await check(ctx, handler, row.plan.sheet, row.plan.columns);
      if (signature(again) !== signature(row.plan)) throw registryChanged();
      const toCreate = again.items.filter((item) => item.action === 'create');
      const created =
        toCreate.length > 0 ? await handler.write({ ...ctx, actor, importId: id }, toCreate) : 0;
      const skipped = again.items.length - toCreate.length;
      await repo.markCommitted(trx, id, { by: actor.id, created, skipped, at: ctx.now });
      await recordAudit(trx, {
        actorId: actor.id,
        action: 'commit',
        entity: 'import',
        entityId: id,
        centerId: row.center_id,
        fields: [row.kind],
        reason: `${created} created, ${skipped} skipped`,
      });
      return { status: 'committed' as const, created, skipped };
    });
  } catch (error) {
    // A concurrent change the check could not see (a room held, a KRS registered meanwhile).
    if (isExclusionViolation(error) || isUniqueViolation(error)) throw registryChanged();
    throw error;
  }
}

const registryChanged = () =>
  refused(
    'registry_changed',
    'The records have changed since the check: check the file again.',
    'Dane zmieniły się od sprawdzenia: sprawdź plik ponownie.',
  );

/** The errors of a check as a CSV file: row, column, message in Polish and in English. */
export async function errorsCsv(db: Kysely<DB>, actor: Actor | null, id: string): Promise<string> {
  const row = await loadImport(db, actor, id);
  return toCsv([
    ['Wiersz', 'Kolumna', 'Błąd', 'Error'],
    ...row.plan.errors.map((error) => [error.row, error.column, error.messagePl, error.message]),
  ]);
}

export function exampleCsv(actor: Actor | null, kind: string): string {
  authorize(actor, 'import.examples');
  const parsed = importKind.safeParse(kind);
  if (!parsed.success)
    throw new AppError('not_found', msg('No such example file.', 'Nie ma takiego przykładowego pliku.'));
  return exampleFile(parsed.data);
}

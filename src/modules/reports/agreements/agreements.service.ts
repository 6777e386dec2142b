import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { invalidField, msg, notFound } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { findCenter } from '../../centers/index.ts';
import { figuresOf } from '../summary/summary.exports.ts';
import {
  assertPeriod,
  emptySummary,
  periodScope,
  readsNetwork,
  summarize,
} from '../summary/summary.service.ts';
import * as repo from './agreements.repo.ts';
import type { Agreement, AgreementInput, Indicators } from './agreements.schema.ts';

// Funding agreements and indicators

/** The one mapping of a funding_agreements row to the API's shape. */
export function toAgreement(row: repo.AgreementRow): Agreement {
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
  authorize(actor, 'agreement.manage');
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
    return toAgreement(row);
  });
}

export async function updateAgreement(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  changes: Partial<AgreementInput>,
) {
  authorize(actor, 'agreement.manage');
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
    return toAgreement(row as NonNullable<typeof row>);
  });
}

/** The centres whose agreements the actor reads: null for all (network readers), else its own. */
function readableCenters(actor: Actor | null): string[] | null {
  authorize(actor, 'agreement.read');
  return readsNetwork(actor) ? null : actor.centerIds;
}

export async function listAgreements(db: Kysely<DB>, actor: Actor | null) {
  const centerIds = readableCenters(actor);
  const rows = await repo.selectAgreements(db, { centerIds });
  return { items: rows.map(toAgreement), nextCursor: null };
}

/** Target, actual and percent achieved for each agreement the caller may read, side by side. */
export async function getIndicators(
  db: Kysely<DB>,
  actor: Actor | null,
  query: { centerId?: string; agreementId?: string; from?: string; to?: string },
  language: 'pl' | 'en' = 'pl',
): Promise<Indicators> {
  const centerIds = readableCenters(actor);
  if ((query.from === undefined) !== (query.to === undefined)) {
    throw invalidField(
      query.from === undefined ? 'from' : 'to',
      msg('give both from and to, or neither', 'podaj oba końce okresu (from i to) albo żaden'),
    );
  }
  const asked = query.from && query.to ? { from: query.from, to: query.to } : undefined;
  if (asked) assertPeriod(asked);
  let rows = await repo.selectAgreements(db, {
    centerIds,
    id: query.agreementId && isId(query.agreementId) ? query.agreementId : undefined,
  });
  if (query.agreementId && !isId(query.agreementId)) rows = [];
  if (query.centerId) rows = rows.filter((row) => row.center_id === query.centerId);
  const items = [];
  for (const row of rows) {
    const period = asked ?? { from: row.period_from, to: row.period_to };
    const summary = await summarize(
      db,
      periodScope(period.from, period.to, row.center_id ? [row.center_id] : null),
    );
    const figures = new Map(figuresOf(summary, language).map((figure) => [figure.key, figure]));
    const targets = row.targets as Record<string, number>;
    items.push({
      agreement: toAgreement(row),
      period,
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

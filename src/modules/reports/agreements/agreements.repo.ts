import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/schema.ts';

export type AgreementRow = Selectable<DB['funding_agreements']>;

export function selectAgreements(db: Kysely<DB>, filter: { centerIds?: string[] | null; id?: string }) {
  let query = db.selectFrom('funding_agreements').selectAll().orderBy('period_from', 'desc').orderBy('id');
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.centerIds) {
    const ids = filter.centerIds;
    query = query.where((eb) =>
      eb.or([
        eb('center_id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']),
        eb('center_id', 'is', null),
      ]),
    );
  }
  return query.execute();
}

export async function insertAgreement(
  db: Kysely<DB>,
  agreement: {
    centerId: string | null;
    title: string;
    operator: string;
    funder: string;
    from: string;
    to: string;
    targets: Record<string, number>;
  },
) {
  return db
    .insertInto('funding_agreements')
    .values({
      center_id: agreement.centerId,
      title: agreement.title,
      operator: agreement.operator,
      funder: agreement.funder,
      period_from: agreement.from,
      period_to: agreement.to,
      targets: JSON.stringify(agreement.targets),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateAgreement(
  db: Kysely<DB>,
  id: string,
  changes: {
    title?: string;
    operator?: string;
    funder?: string;
    from?: string;
    to?: string;
    targets?: Record<string, number>;
  },
) {
  return db
    .updateTable('funding_agreements')
    .set({
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.operator !== undefined && { operator: changes.operator }),
      ...(changes.funder !== undefined && { funder: changes.funder }),
      ...(changes.from !== undefined && { period_from: changes.from }),
      ...(changes.to !== undefined && { period_to: changes.to }),
      ...(changes.targets !== undefined && { targets: JSON.stringify(changes.targets) }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/**
 * GDPR erasure: the personal data goes, the row with its kind and district stays so the
 * counts of past reports do not change. created_by goes too: it would tie the erased
 * beneficiary to a user account.
 */
export async function eraseBeneficiaryRow(
  db: Kysely<DB>,
  id: string,
  erasure: { placeholderName: string; clearTaxIds: boolean },
) {
  const now = new Date();
  await db
    .updateTable('beneficiaries')
    .set({
      name: erasure.placeholderName,
      email: null,
      phone: null,
      notes: null,
      created_by: null,
      ...(erasure.clearTaxIds && { nip: null, regon: null }),
      erased_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * The audit trail of one beneficiary, all of it, for the GDPR export. Read here because the
 * audit module offers only the staff-only paged list; entries hold field names, never values.
 */
export function selectAuditTrail(db: Kysely<DB>, beneficiaryId: string) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_id', 'action', 'fields', 'reason'])
    .where('entity', '=', 'beneficiary')
    .where('entity_id', '=', beneficiaryId)
    .orderBy('id')
    .execute();
}

import { type Kysely, sql } from 'kysely';
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

/**
 * The centres a beneficiary used: where it booked a room, registered for an activity, was
 * advised or mentored, ran an initiative, offered or did volunteering.
 */
export async function selectCentersUsed(db: Kysely<DB>, beneficiaryId: string): Promise<string[]> {
  const { rows } = await sql<{ center_id: string }>`
    select center_id from bookings where beneficiary_id = ${beneficiaryId}
    union select a.center_id from activity_registrations r join activities a on a.id = r.activity_id
      where r.beneficiary_id = ${beneficiaryId}
    union select center_id from appointments where beneficiary_id = ${beneficiaryId}
    union select center_id from initiatives where beneficiary_id = ${beneficiaryId} and center_id is not null
    union select center_id from volunteer_offers where organization_id = ${beneficiaryId} and center_id is not null
    union select o.center_id from volunteers v
      join volunteer_applications ap on ap.volunteer_id = v.id
      join volunteer_offers o on o.id = ap.offer_id
      where v.beneficiary_id = ${beneficiaryId} and o.center_id is not null
  `.execute(db);
  return rows.map((row) => row.center_id);
}

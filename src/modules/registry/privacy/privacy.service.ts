import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueEvent } from '../../webhooks/index.ts';
import { getBeneficiaryRow } from '../beneficiaries/beneficiaries.repo.ts';
import type { Beneficiary } from '../beneficiaries/beneficiaries.schema.ts';
import { alreadyErased, loadVisible, toBeneficiary } from '../beneficiaries/beneficiaries.service.ts';
import { deleteAllRepresentatives, selectRepresentatives } from '../representatives/representatives.repo.ts';
import * as repo from './privacy.repo.ts';
import type { BeneficiaryExport } from './privacy.schema.ts';

/** What an erased beneficiary is called from then on, in lists and past reports alike. */
export const ERASED_NAME = 'Usunięty beneficjent';

/** GDPR art. 17: see repo.eraseBeneficiaryRow for what goes and what stays. */
export async function eraseBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
): Promise<Beneficiary> {
  return db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, actor, id, { forUpdate: true });
    authorize(actor, 'beneficiary.erase', {
      representativeIds: row.representative_ids,
      usedAt: await repo.selectCentersUsed(trx, id),
    });
    if (row.erased_at) throw alreadyErased();
    // An individual's (or an informal group's) NIP and REGON are a person's; an organization's are public.
    const clearTaxIds = row.kind !== 'organization';
    await repo.eraseBeneficiaryRow(trx, id, { placeholderName: ERASED_NAME, clearTaxIds });
    const removed = await deleteAllRepresentatives(trx, id);
    const fields = [
      'name',
      ...(row.email !== null ? ['email'] : []),
      ...(row.phone !== null ? ['phone'] : []),
      ...(row.notes !== null ? ['notes'] : []),
      ...(clearTaxIds && row.nip !== null ? ['nip'] : []),
      ...(clearTaxIds && row.regon !== null ? ['regon'] : []),
      ...(removed > 0 ? ['representatives'] : []),
    ];
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'erase',
      entity: 'beneficiary',
      entityId: id,
      fields,
    });
    await enqueueEvent(trx, { type: 'beneficiary.erased', data: { beneficiaryId: id } });
    return toBeneficiary(await getBeneficiaryRow(trx, id));
  });
}

/** GDPR art. 15/20: everything stored about the beneficiary. */
export async function exportBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
): Promise<BeneficiaryExport> {
  const row = await loadVisible(db, actor, id);
  authorize(actor, 'beneficiary.export', { representativeIds: row.representative_ids });
  const [representatives, audit] = await Promise.all([
    selectRepresentatives(db, id),
    repo.selectAuditTrail(db, id),
  ]);
  return {
    exportedAt: new Date(),
    beneficiary: {
      ...toBeneficiary(row),
      notes: row.notes,
      createdBy: row.created_by,
      erasedAt: row.erased_at,
    },
    representatives: representatives.map((rep) => ({
      id: rep.user_id,
      name: rep.name,
      email: rep.email,
      since: rep.created_at,
    })),
    auditLog: audit.map((entry) => ({
      id: String(entry.id),
      at: entry.at,
      actorId: entry.actor_id,
      action: entry.action,
      fields: entry.fields,
      reason: entry.reason,
    })),
  };
}

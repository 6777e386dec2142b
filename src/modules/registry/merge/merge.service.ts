import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, invalidField, msg } from '../../../lib/errors.ts';
import { isId } from '../../../lib/ids.ts';
import { type Actor, authorize } from '../../../lib/policy.ts';
import { recordAudit } from '../../audit/index.ts';
import { type BeneficiaryRow, getBeneficiaryRow } from '../beneficiaries/beneficiaries.repo.ts';
import type { Beneficiary } from '../beneficiaries/beneficiaries.schema.ts';
import { alreadyErased, loadVisible, toBeneficiary } from '../beneficiaries/beneficiaries.service.ts';
import { selectCentersUsed } from '../privacy/privacy.repo.ts';
import * as repo from './merge.repo.ts';
import type { MergeInput } from './merge.schema.ts';

const FILLED_FIELDS = ['email', 'phone', 'district', 'krs', 'nip', 'regon', 'legal_form'] as const;
const FIELD_NAMES: Record<(typeof FILLED_FIELDS)[number], string> = {
  email: 'email',
  phone: 'phone',
  district: 'district',
  krs: 'krs',
  nip: 'nip',
  regon: 'regon',
  legal_form: 'legalForm',
};

/**
 * Merges the duplicate `id` into `into`: everything `id` used, its representatives, notes and
 * volunteer profile move to `into`; its own row goes and its id stays as an alias of `into`.
 * Both rows are locked, in the order of their ids, so that merges running at once wait for each
 * other and a second merge of the same record finds it gone (404).
 */
export async function mergeBeneficiary(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  { into }: MergeInput,
): Promise<Beneficiary> {
  authorize(actor, 'beneficiary.listAll');
  if (id === into) {
    throw invalidField(
      'into',
      msg('a record cannot be merged into itself', 'nie można scalić rekordu z nim samym'),
    );
  }
  return db.transaction().execute(async (trx) => {
    // The activities whose seats the merge may change are locked before the records, in the order
    // a registration takes its locks (the activity, then the beneficiary), so the two never deadlock.
    if (isId(id) && isId(into)) await repo.lockClashingActivities(trx, { from: id, to: into });
    const locked = new Map<string, BeneficiaryRow>();
    for (const key of [id, into].sort())
      locked.set(key, await loadVisible(trx, actor, key, { forUpdate: true }));
    const merged = locked.get(id) as BeneficiaryRow;
    const kept = locked.get(into) as BeneficiaryRow;
    for (const row of [merged, kept]) {
      authorize(actor, 'beneficiary.merge', { usedAt: await selectCentersUsed(trx, row.id) });
    }
    if (merged.erased_at || kept.erased_at) throw alreadyErased();
    if (merged.kind !== kept.kind) throw kindsDiffer();

    const move = { from: id, to: into };
    const moved = await repo.moveReferences(trx, move);
    const representatives = await repo.moveRepresentatives(trx, move);
    const registrations = await moveRegistrations(trx, move, actor.id);
    const volunteer = await moveVolunteerProfile(trx, move);
    await repo.recordAlias(trx, { ...move, mergedBy: actor.id });
    await repo.deleteMergedRow(trx, id);
    await repo.fillKeptRow(trx, into, merged);

    const filled = [
      ...FILLED_FIELDS.filter((field) => kept[field] === null && merged[field] !== null).map(
        (field) => FIELD_NAMES[field],
      ),
      // The merged record's notes are added to the kept one's.
      ...(merged.notes !== null ? ['notes'] : []),
    ];
    const movedWhat = [
      ...Object.entries(moved)
        .filter(([, count]) => count > 0)
        .map(([table]) => table),
      ...(representatives > 0 ? ['representatives'] : []),
      ...(registrations > 0 ? ['activity_registrations'] : []),
      ...(volunteer ? ['volunteer'] : []),
    ];
    await recordAudit(trx, [
      {
        actorId: actor.id,
        action: 'merge',
        entity: 'beneficiary',
        entityId: into,
        fields: [...filled, ...movedWhat],
        reason: `merged ${id} into this record`,
      },
      {
        actorId: actor.id,
        action: 'merge',
        entity: 'beneficiary',
        entityId: id,
        fields: movedWhat,
        reason: `merged into ${into}`,
      },
    ]);
    return toBeneficiary(await getBeneficiaryRow(trx, into));
  });
}

const kindsDiffer = () =>
  conflict(
    msg(
      'The two records are of different kinds; change the kind of one first.',
      'Rekordy są różnego rodzaju; najpierw zmień rodzaj jednego z nich.',
    ),
    { reason: 'kind_differs' },
  );

/** Two live registrations for one activity become one (see repo.combineRegistrations). */
async function moveRegistrations(trx: Kysely<DB>, move: repo.Move, actorId: string): Promise<number> {
  for (const clash of await repo.selectRegistrationClashes(trx, move)) {
    // The one ahead stays: a place before a waitlist place, then the earlier in the queue.
    const mergedAhead =
      clash.status !== clash.other_status
        ? clash.status === 'registered'
        : BigInt(clash.queue) < BigInt(clash.other_queue);
    const bothHoldSeats = clash.status === 'registered' && clash.other_status === 'registered';
    const keep = mergedAhead ? clash.id : clash.other_id;
    const ownSeats = mergedAhead ? clash.seats : clash.other_seats;
    await repo.combineRegistrations(trx, {
      keep,
      drop: mergedAhead ? clash.other_id : clash.id,
      seats: bothHoldSeats ? Math.min(clash.seats + clash.other_seats, 1000) : ownSeats,
      actorId,
    });
  }
  return repo.moveRegistrations(trx, move);
}

async function moveVolunteerProfile(trx: Kysely<DB>, move: repo.Move): Promise<boolean> {
  const profiles = await repo.selectVolunteerProfiles(trx, move);
  if (!profiles.from) return false;
  if (profiles.to) await repo.combineVolunteerProfiles(trx, { from: profiles.from, to: profiles.to });
  else await repo.moveVolunteerProfile(trx, move);
  return true;
}

import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, invalidField, msg } from '../../../lib/errors.ts';
import type { Actor } from '../../../lib/policy.ts';
import { may } from '../../../lib/policy.ts';
import { localDate } from '../../../lib/time.ts';
import { recordAudit } from '../../audit/index.ts';
import { today, ZONE } from '../volunteering.shared.ts';
import * as repo from './applications.repo.ts';
import type { LoggedHours, LogHoursInput } from './applications.schema.ts';
import { loadApplication } from './applications.service.ts';

export const MAX_HOURS_A_DAY = 24;

export async function logHours(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  input: LogHoursInput,
  now = new Date(),
): Promise<LoggedHours> {
  return db.transaction().execute(async (trx) => {
    const row = await loadApplication(trx, actor, id);
    const loggedBy = (actor as Actor).id;
    if (row.status !== 'accepted' && row.status !== 'completed') {
      throw conflict(
        msg(
          'Hours are logged on accepted applications only.',
          'Godziny wpisuje się tylko do przyjętych zgłoszeń.',
        ),
        { status: row.status, allowedFrom: ['accepted', 'completed'] },
      );
    }
    if (input.date > today(now)) {
      throw invalidField(
        'date',
        msg('hours cannot be logged for a future day', 'nie można wpisać godzin na przyszły dzień'),
        {
          rule: 'future_date',
        },
      );
    }
    // Members log from the day of applying (and the offer's start); staff may backfill paper records.
    const earliest = [localDate(row.created_at, ZONE), row.offer_start]
      .filter((date): date is string => !!date)
      .sort()
      .at(-1);
    if (
      !may(actor, 'hours.backfill', { centerId: row.offer_center_id }) &&
      earliest &&
      input.date < earliest
    ) {
      throw invalidField(
        'date',
        msg(`hours can be logged from ${earliest} on`, `godziny można wpisać od ${earliest}`),
        { rule: 'before_engagement', earliest },
      );
    }
    await repo.lockApplication(trx, row.id);
    const already = await repo.sumHoursOn(trx, row.id, input.date);
    if (already + input.hours > MAX_HOURS_A_DAY) {
      throw invalidField(
        'hours',
        msg(
          `at most ${MAX_HOURS_A_DAY} hours a day: ${already} already logged on ${input.date}`,
          `najwyżej ${MAX_HOURS_A_DAY} godziny na dzień: na ${input.date} wpisano już ${already}`,
        ),
        { rule: 'day_limit', alreadyLogged: already, limit: MAX_HOURS_A_DAY },
      );
    }
    const inserted = await repo.insertHours(trx, {
      applicationId: row.id,
      date: input.date,
      hours: input.hours,
      note: input.note?.trim() || null,
      loggedBy,
    });
    await recordAudit(trx, {
      actorId: loggedBy,
      action: 'log_hours',
      entity: 'volunteer_application',
      entityId: row.id,
      fields: ['hours'],
    });
    const after = (await repo.findApplication(trx, row.id)) as repo.ApplicationRow;
    return {
      ...repo.toHours(inserted),
      dayTotal: already + input.hours,
      totalHours: Number(after.total_hours),
    };
  });
}

export async function listHours(db: Kysely<DB>, actor: Actor | null, id: string) {
  const row = await loadApplication(db, actor, id);
  const rows = await repo.selectHours(db, row.id);
  return { items: rows.map(repo.toHours), totalHours: Number(row.total_hours), nextCursor: null };
}

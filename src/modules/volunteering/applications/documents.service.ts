import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { conflict, msg } from '../../../lib/errors.ts';
import type { Actor } from '../../../lib/policy.ts';
import { localDate } from '../../../lib/time.ts';
import { today, ZONE } from '../volunteering.shared.ts';
import * as repo from './applications.repo.ts';
import { loadApplication } from './applications.service.ts';
import { renderAgreement, renderCertificate } from './documents.ts';

/** The agreement and the certificate of an engagement: accepted or completed applications only. */

function assertEngaged(row: repo.ApplicationRow) {
  if (row.status !== 'accepted' && row.status !== 'completed') {
    throw conflict(
      msg('Only an accepted application has an agreement.', 'Porozumienie ma tylko przyjęte zgłoszenie.'),
      { status: row.status, allowedFrom: ['accepted', 'completed'] },
    );
  }
}

export async function agreementPdf(db: Kysely<DB>, actor: Actor | null, id: string, now = new Date()) {
  const row = await loadApplication(db, actor, id);
  assertEngaged(row);
  return renderAgreement({
    organization: { name: row.organization_name, krs: row.organization_krs },
    volunteer: { name: row.volunteer_name },
    offer: {
      title: row.offer_title,
      description: row.offer_description,
      skills: row.offer_skills,
      start: row.offer_start,
      end: row.offer_end,
      hoursPerWeek: row.offer_hours_per_week,
    },
    acceptedOn: localDate(row.decided_at ?? row.created_at, ZONE),
    issuedOn: today(now),
    applicationId: row.id,
  });
}

export async function certificatePdf(db: Kysely<DB>, actor: Actor | null, id: string, now = new Date()) {
  const row = await loadApplication(db, actor, id);
  assertEngaged(row);
  const hours = await repo.selectHours(db, row.id);
  return renderCertificate({
    organization: { name: row.organization_name },
    volunteer: { name: row.volunteer_name },
    offer: { title: row.offer_title },
    hours: hours.map((entry) => ({ date: entry.work_date, hours: Number(entry.hours) })),
    issuedOn: today(now),
    applicationId: row.id,
  });
}

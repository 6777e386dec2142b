import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/2026112601_foundation.ts';
import * as outbox from './migrations/2026112604_outbox.ts';
import * as bookings from './migrations/2026112605_bookings.ts';
import * as programme from './migrations/2026112606_programme.ts';
import * as advice from './migrations/2026112607_advice.ts';
import * as community from './migrations/2026112608_community.ts';
import * as reports from './migrations/2026112609_reports.ts';
import * as centerAccessibility from './migrations/2026112610_center_accessibility.ts';
import * as accountRecovery from './migrations/2026120210_account_recovery.ts';
import * as calendarSequence from './migrations/2026120211_calendar_sequence.ts';
import * as emailVerification from './migrations/2026120312_email_verification.ts';
import * as offerReview from './migrations/2026120313_offer_review.ts';
import * as auditCentre from './migrations/2026120314_audit_centre.ts';
import * as calendarFeeds from './migrations/2026120315_calendar_feeds.ts';
import * as registryUpkeep from './migrations/2026120316_registry_upkeep.ts';
import * as outboxCentre from './migrations/2026120317_outbox_centre.ts';
import * as termsEnglish from './migrations/2026120318_terms_english.ts';
import * as imports from './migrations/2026120401_imports.ts';
import * as publicTaskReports from './migrations/2026120402_public_task_reports.ts';
import * as outboxRequestId from './migrations/2026120403_outbox_request_id.ts';
import * as webhooks from './migrations/2026120501_webhooks.ts';
import * as oidc from './migrations/2026120502_oidc.ts';
import * as activitySeats from './migrations/2026120601_activity_seats.ts';
import * as articleSearchRow from './migrations/2026120701_article_search_row.ts';

// One entry per migration file, in order. Files are never edited once they have landed.
const migrations: Record<string, Migration> = {
  '2026112601_foundation': foundation,
  '2026112604_outbox': outbox,
  '2026112605_bookings': bookings,
  '2026112606_programme': programme,
  '2026112607_advice': advice,
  '2026112608_community': community,
  '2026112609_reports': reports,
  '2026112610_center_accessibility': centerAccessibility,
  '2026120210_account_recovery': accountRecovery,
  '2026120211_calendar_sequence': calendarSequence,
  '2026120312_email_verification': emailVerification,
  '2026120313_offer_review': offerReview,
  '2026120314_audit_centre': auditCentre,
  '2026120315_calendar_feeds': calendarFeeds,
  '2026120316_registry_upkeep': registryUpkeep,
  '2026120317_outbox_centre': outboxCentre,
  '2026120318_terms_english': termsEnglish,
  '2026120401_imports': imports,
  '2026120402_public_task_reports': publicTaskReports,
  '2026120403_outbox_request_id': outboxRequestId,
  '2026120501_webhooks': webhooks,
  '2026120502_oidc': oidc,
  '2026120601_activity_seats': activitySeats,
  '2026120701_article_search_row': articleSearchRow,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations() {
    return migrations;
  }
}

/** Brings the schema up to date; the same files run on PGlite and on PostgreSQL. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema.
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}

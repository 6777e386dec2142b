import { buildApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { connectPostgres, type Database, DataDirLockedError, openEmbedded } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { DEMO_ACCOUNTS, hasDemoAccounts, isEmptyDatabase, loadDemoData } from './demo/data.ts';
import { startJobs } from './jobs.ts';
import { ensureAdmin } from './modules/accounts/index.ts';
import { MailSender } from './modules/mail/index.ts';

/** Starts Civitas: configuration, database, migrations, demo data, then HTTP. */
async function main() {
  const config = parseConfig(process.env);
  const database: Database = config.databaseUrl
    ? connectPostgres(config.databaseUrl)
    : await openEmbedded(config.dataDir);
  let closing = false;
  const app = await (async () => {
    try {
      await migrateToLatest(database.db);
      const empty = await isEmptyDatabase(database.db);
      const wantsDemo = config.demoData ?? (database.kind === 'embedded' && empty);
      if (wantsDemo && empty) {
        console.log('Loading the demo network (centres, registry, a few weeks of work)…');
        await loadDemoData(database.db);
      }
      if (config.adminEmail && config.adminPassword) {
        const created = await ensureAdmin(database.db, config.adminEmail, config.adminPassword);
        if (created) console.log(`Created the admin account ${config.adminEmail}.`);
      }
      return await buildApp({ db: database.db, databaseKind: database.kind, config });
    } catch (error) {
      await database.close();
      throw error;
    }
  })();

  // Without SMTP_URL, mail stays in the outbox (GET /api/outbox).
  const mailer = config.smtpUrl
    ? new MailSender({
        db: database.db,
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        log: app.log,
        intervalMs: 2000,
      })
    : undefined;
  mailer?.start();

  const stopJobs = startJobs(database.db, app.log);

  // A clean close: stop accepting requests, finish the ones under way, then close the database
  // (PGlite flushes its files and the data directory lock is released).
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    stopJobs();
    try {
      await app.close();
      await mailer?.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'embedded' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nCivitas is running at ${config.publicUrl} on ${where}.`);
  console.log(`API documentation: ${config.publicUrl}/api/docs`);
  if (await hasDemoAccounts(database.db)) {
    console.log('\nDemo sign-in (POST /api/auth/login, or the web app):');
    for (const account of DEMO_ACCOUNTS) {
      console.log(`  ${account.label.padEnd(34)} ${account.email}  /  ${account.password}`);
    }
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Civitas could not start:', error);
  }
  process.exit(1);
});

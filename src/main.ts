import { buildApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { connectPostgres, type Database, DataDirLockedError, openEmbedded } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { DEMO_ACCOUNTS, hasDemoAccounts, isEmptyDatabase, loadDemoData } from './demo/data.ts';
import { startJobs } from './jobs.ts';
import { ensureAdmin } from './modules/accounts/index.ts';
import { MailSender } from './modules/mail/index.ts';

/** A refusal to start that the operator can act on: printed as one line, exit 1. */
class StartError extends Error {}

/** 127.0.0.1, ::1, localhost: addresses only this machine reaches. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

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
      // Demo accounts have public passwords: by default only on a new embedded database that
      // listens on this machine alone; elsewhere only when DEMO_DATA=true says so.
      const local = isLoopback(config.host);
      const wantsDemo = config.demoData ?? (database.kind === 'embedded' && empty && local);
      if (wantsDemo && empty) {
        console.log('Loading the demo network (centres, registry, a few weeks of work)…');
        await loadDemoData(database.db);
      }
      if (!local && config.demoData !== true && (await hasDemoAccounts(database.db))) {
        throw new StartError(
          `This database holds the demo accounts, whose passwords are public, and HOST=${config.host} ` +
            'reaches beyond this machine. Use a database without demo data, listen on 127.0.0.1, or set ' +
            'DEMO_DATA=true to serve the demo anyway.',
        );
      }
      if (config.adminEmail && config.adminPassword) {
        const change = await ensureAdmin(database.db, config.adminEmail, config.adminPassword);
        if (change === 'created') console.log(`Created the admin account ${config.adminEmail}.`);
        if (change === 'updated')
          console.log(`The admin account ${config.adminEmail} is ready (ADMIN_PASSWORD).`);
      }
      return await buildApp({
        db: database.db,
        databaseKind: database.kind,
        config,
        poolStats: database.poolStats,
      });
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

  const stopJobs = startJobs(database.db, app.log, (job, ok) => app.metrics?.observeJob(job, ok));

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
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof StartError) {
    console.error(error.message);
  } else {
    console.error('Civitas could not start:', error);
  }
  process.exit(1);
});

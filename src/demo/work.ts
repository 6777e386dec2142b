import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { laterRequests, pastLendings } from './work-bookings.ts';
import { fundingAgreement, incubationWork, knowledgeWork, volunteeringWork } from './work-community.ts';
import { demoContext, type Log } from './work-context.ts';
import { adviceWork, programmeWork } from './work-programme.ts';
import { publicTaskReportDraft } from './work-report.ts';
import { weekAtTheCentre } from './work-week.ts';

/**
 * The demo centres at work, recorded through the services as staff and members would: past
 * lendings with their headcounts, requests waiting for approval, the programme (one training
 * already full), an advisor's hours and appointments, volunteer offers, knowledge-base articles,
 * initiatives in the incubator, the funding agreement and a draft of its statutory report for the
 * last quarter. Dates follow `now`: the demo week
 * starts today (or on the next open day), with lendings, the programme and appointments every
 * open day and the last days' lendings waiting for a headcount. A step that fails is reported and
 * the others still load.
 */
export async function loadDemoWork(db: Kysely<DB>, log: Log, now = new Date()): Promise<void> {
  const context = await demoContext(db, now);
  const step = async (name: string, work: () => Promise<void>) => {
    const started = Date.now();
    try {
      await work();
      if (process.env.DEMO_TIMING) log.warn(`Demo data: ${name} in ${Date.now() - started} ms`);
    } catch (error) {
      log.warn(`Demo data: ${name} could not be loaded: ${(error as Error).message}`);
    }
  };

  await step('past room lendings', () => pastLendings(context));
  await step('the programme', () => programmeWork(context));
  await step('advice', () => adviceWork(context));
  await step('the week at the centre', () => weekAtTheCentre(context));
  await step('requests for later weeks', () => laterRequests(context));
  await step('volunteering', () => volunteeringWork(context));
  await step('knowledge base', () => knowledgeWork(context));
  await step('incubation', () => incubationWork(context));
  await step('funding agreement', () => fundingAgreement(context));
  await step('statutory report draft', () => publicTaskReportDraft(context));
}

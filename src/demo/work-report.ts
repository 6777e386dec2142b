import { addDays } from '../lib/time.ts';
import * as reports from '../modules/reports/index.ts';
import type { DemoContext } from './work-context.ts';

const NO_MONEY = {
  grant: 0,
  ownFunds: 0,
  recipientPayments: 0,
  otherPublic: 0,
  other: 0,
  personal: 0,
  inKind: 0,
};

/**
 * A draft of the statutory report for Reymonta's funding agreement over the last quarter (the
 * three months up to today, within the agreement's year): Part I from the data, and what the
 * centre's bookkeeper and coordinator would have written so far in Parts II and III. The
 * narrative of Part I is left to write, as it would be in a draft.
 */
export async function publicTaskReportDraft({
  db,
  today,
  coordinator,
  reymonta,
}: DemoContext): Promise<void> {
  const agreement = await db
    .selectFrom('funding_agreements')
    .select(['id', 'period_from', 'period_to'])
    .where('center_id', '=', reymonta)
    .orderBy('period_from', 'desc')
    .executeTakeFirstOrThrow();
  const threeMonthsAgo = addDays(today, -91);
  // Calendar days sort as text: the later start and the earlier end.
  const [, from] = [threeMonthsAgo, agreement.period_from].sort() as [string, string];
  const [to] = [today, agreement.period_to].sort() as [string, string];
  const draft = await reports.createReport(db, coordinator, {
    agreementId: agreement.id,
    from,
    to,
    type: 'partial',
  });
  const year = agreement.period_from.slice(0, 4);
  await reports.updateReport(db, coordinator, draft.id, {
    agreementNumber: `WZ-II.524.1.3.${year}`,
    agreementDate: addDays(agreement.period_from, -14),
    expenses: [
      {
        ...NO_MONEY,
        name: 'Wynagrodzenie koordynatorki Centrum (umowa o pracę)',
        category: 'actions',
        planned: 21_000,
        grant: 21_000,
      },
      {
        ...NO_MONEY,
        name: 'Honoraria trenerów i doradców',
        category: 'actions',
        planned: 9_600,
        grant: 8_400,
        ownFunds: 1_200,
      },
      {
        ...NO_MONEY,
        name: 'Materiały szkoleniowe i biurowe',
        category: 'actions',
        planned: 1_800,
        grant: 1_650.45,
      },
      {
        ...NO_MONEY,
        name: 'Praca wolontariuszy przy wydarzeniach (wkład osobowy)',
        category: 'actions',
        planned: 2_400,
        personal: 2_250,
      },
      { ...NO_MONEY, name: 'Obsługa księgowa', category: 'administrative', planned: 2_700, grant: 2_700 },
      { ...NO_MONEY, name: 'Telefon i internet', category: 'administrative', planned: 450, grant: 389.97 },
    ],
    recipientPayments: 'Zleceniobiorca nie pobierał świadczeń pieniężnych od odbiorców zadania.',
    additionalInfo:
      'Sale Centrum udostępniano organizacjom, grupom nieformalnym i mieszkańcom bezpłatnie, według regulaminu korzystania z sal. ' +
      'Wkład osobowy to praca wolontariuszy przy wydarzeniach, wyceniona według stawek z oferty.',
  });
}

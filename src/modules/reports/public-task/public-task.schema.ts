import { z } from 'zod';
import { PUBLIC_TASK_REPORT_TYPES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { calendarDateSchema } from '../../../lib/time.ts';

/** An amount of money in złoty: not negative, at most two decimals (grosze). */
export const amountSchema = z
  .number()
  .min(0)
  .max(1_000_000_000)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: 'at most two decimals (grosze)',
  });

const text = (max: number) => z.string().trim().max(max).nullable();

/** One line of Part II.1 (by kind of cost), with what each source paid for it. */
export const expenseSchema = z
  .object({
    name: z.string().trim().min(1).max(300).describe('Rodzaj kosztu, e.g. "Wynagrodzenie koordynatora"'),
    category: z
      .enum(['actions', 'administrative'])
      .describe('I. Koszty realizacji działań, or II. Koszty administracyjne'),
    planned: amountSchema.nullable().default(null).describe('Koszty zgodnie z umową'),
    grant: amountSchema.default(0).describe('Środki z dotacji'),
    ownFunds: amountSchema.default(0).describe('Wkład własny finansowy'),
    recipientPayments: amountSchema.default(0).describe('Świadczenia pieniężne od odbiorców zadania'),
    otherPublic: amountSchema.default(0).describe('Środki finansowe z innych źródeł publicznych'),
    other: amountSchema.default(0).describe('Pozostałe środki finansowe'),
    personal: amountSchema.default(0).describe('Wkład osobowy'),
    inKind: amountSchema.default(0).describe('Wkład rzeczowy'),
  })
  .strict();
export type Expense = z.output<typeof expenseSchema>;
export const SOURCES = [
  'grant',
  'ownFunds',
  'recipientPayments',
  'otherPublic',
  'other',
  'personal',
  'inKind',
] as const;

/** What people write: every field may stay empty ("do uzupełnienia"; "nie dotyczy" in the files). */
export const fieldsSchema = z.object({
  agreementNumber: text(100).describe('Numer umowy, o ile został nadany'),
  agreementDate: calendarDateSchema.nullable().describe('Data zawarcia umowy'),
  results: text(20_000).describe('I.1: the results achieved, in words, beside the figures'),
  actions: text(20_000).describe('I.2: how each action went, the extent to which the task was achieved'),
  deviations: text(10_000).describe('I.2: deviations from the agreement and their reasons'),
  expenses: z.array(expenseSchema).max(100).describe('II.1 and II.2: the costs, by kind and source'),
  otherIncome: text(10_000).describe('II.3: Informacje o innych przychodach'),
  recipientPayments: text(10_000).describe(
    'II.4: Informacje o świadczeniach pieniężnych pobranych od odbiorców',
  ),
  additionalInfo: text(20_000).describe('III: Dodatkowe informacje'),
});
export type Fields = z.output<typeof fieldsSchema>;
export const FIELD_NAMES = fieldsSchema.keyof().options;

export const EMPTY_FIELDS: Fields = {
  agreementNumber: null,
  agreementDate: null,
  results: null,
  actions: null,
  deviations: null,
  expenses: [],
  otherIncome: null,
  recipientPayments: null,
  additionalInfo: null,
};

export const createBody = z
  .object({
    agreementId: z.string().max(100),
    from: calendarDateSchema,
    to: calendarDateSchema,
    type: z.enum(PUBLIC_TASK_REPORT_TYPES).describe('partial (częściowe) or final (końcowe)'),
  })
  .strict();
export type CreateInput = z.infer<typeof createBody>;

export const changesBody = fieldsSchema
  .partial()
  .extend({
    type: z.enum(PUBLIC_TASK_REPORT_TYPES).optional(),
    revision: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The revision the edit starts from: 409 when the draft has changed since'),
  })
  .strict();
export type Changes = z.infer<typeof changesBody>;

/** Part I as the data answer it, computed when the draft was made or refreshed. */
export const dataSchema = z.object({
  centre: z.string().nullable(),
  indicators: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      target: z.number(),
      value: z.number(),
      percent: z.number().nullable(),
      source: z.string().describe('How it was measured: "z rejestru Civitas: …"'),
    }),
  ),
  scale: z.array(z.object({ key: z.string(), label: z.string(), value: z.number() })),
  actions: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      places: z.array(z.string()),
      count: z.number(),
      unit: z.string(),
      participants: z.number().nullable(),
      details: z.array(
        z.object({
          label: z.string(),
          from: z.string().nullable(),
          to: z.string().nullable(),
          place: z.string().nullable(),
          count: z.number().nullable(),
          participants: z.number().nullable(),
        }),
      ),
      more: z.number().describe('Details left out to keep the list short'),
    }),
  ),
  beneficiaries: z.object({
    total: z.number(),
    byKind: z.array(z.object({ kind: z.string(), label: z.string(), count: z.number() })),
    byDistrict: z.array(
      z.object({
        district: z.number().nullable(),
        name: z.string(),
        organizations: z.number(),
        informalGroups: z.number(),
        individuals: z.number(),
        total: z.number(),
      }),
    ),
  }),
});
export type ReportData = z.infer<typeof dataSchema>;

const money = z.number();
export const totalsSchema = z.object({
  actions: z.object({ planned: money, actual: money }),
  administrative: z.object({ planned: money, actual: money }),
  all: z
    .object({ planned: money, actual: money })
    .describe('III. Suma wszystkich kosztów realizacji zadania'),
  bySource: z.object(
    Object.fromEntries(SOURCES.map((source) => [source, money])) as Record<
      (typeof SOURCES)[number],
      typeof money
    >,
  ),
  otherFinancial: money.describe('3. Inne środki finansowe ogółem (3.1–3.4)'),
  personalAndInKind: money.describe('4. Wkład osobowy i wkład rzeczowy ogółem'),
  shares: z.object({
    grant: z.number().nullable(),
    otherFinancial: z.number().nullable(),
    personalAndInKind: z.number().nullable(),
  }),
});
export type Totals = z.infer<typeof totalsSchema>;

export const reportSchema = z.object({
  id: z.string(),
  agreementId: z.string(),
  centerId: z.string().nullable(),
  type: z.enum(PUBLIC_TASK_REPORT_TYPES),
  from: z.string(),
  to: z.string(),
  header: z.object({
    title: z.string().describe('Tytuł zadania publicznego: the agreement’s title'),
    operator: z.string().describe('Nazwa Zleceniobiorcy'),
    funder: z.string().describe('Organ administracji publicznej'),
    agreementFrom: z.string(),
    agreementTo: z.string(),
  }),
  data: dataSchema,
  fields: fieldsSchema,
  totals: totalsSchema,
  toWrite: z
    .array(fieldsSchema.keyof())
    .describe('The written fields still empty (they read "nie dotyczy" in the files)'),
  computedAt: z.date(),
  revision: z.number(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type PublicTaskReport = z.infer<typeof reportSchema>;

export const listItemSchema = reportSchema.pick({
  id: true,
  agreementId: true,
  centerId: true,
  type: true,
  from: true,
  to: true,
  header: true,
  toWrite: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
});

export const listQuery = z.object({ agreementId: z.string().max(100).optional(), ...pageQuery }).strict();

export const idParams = z.object({ id: z.string().max(100) });

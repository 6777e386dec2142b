/** The one error type of Civitas. Its code decides the HTTP status (see errors-handler). */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'email_not_verified'
  | 'sso_required'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'validation_failed'
  | 'rate_limited';

export const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  email_not_verified: 403,
  sso_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
};

/** A message in both languages of Civitas; the handler answers in the one the client prefers. */
export type Message = { en: string; pl: string };

export function msg(en: string, pl: string): Message {
  return { en, pl };
}

export type FieldError = { path: string; message: string; messagePl?: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: Message;
  readonly details: unknown;
  /** Seconds, for rate_limited. */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, text: Message, details?: unknown, retryAfter?: number) {
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

export const unauthorized = () =>
  new AppError('unauthorized', msg('Sign in first.', 'Najpierw się zaloguj.'));

export const forbidden = () =>
  new AppError('forbidden', msg('You may not do this.', 'Nie masz uprawnień do tej czynności.'));

export const notFound = (what: Message) =>
  new AppError('not_found', msg(`${what.en} not found.`, `Nie znaleziono: ${what.pl}.`));

/** 422 for one field, in the same shape as schema validation errors. */
export function invalidField(path: string, text: Message, extra?: Record<string, unknown>) {
  return new AppError(
    'validation_failed',
    msg(`Invalid ${path}: ${text.en}`, `Błędne pole ${path}: ${text.pl}`),
    [{ path, message: text.en, messagePl: text.pl, ...extra }],
  );
}

export const conflict = (text: Message, details?: unknown) => new AppError('conflict', text, details);

/** A rule a request breaks (a centre's room-use rule, a registration window): which, where, why. */
export type RuleViolation = { rule: string; path: string; text: Message; occurrence?: number; start?: Date };

/**
 * One 422 for every broken rule, each in `details` with its rule name, its field and, for a
 * series, which occurrence; the message names the first and how many more.
 */
export function ruleViolations(violations: RuleViolation[]): AppError {
  const first = violations[0] as RuleViolation;
  const details: FieldError[] = violations.map((violation) => ({
    path: violation.path,
    rule: violation.rule,
    message: violation.text.en,
    messagePl: violation.text.pl,
    ...(violation.occurrence !== undefined && { occurrence: violation.occurrence, start: violation.start }),
  }));
  const more = violations.length > 1 ? ` (+${violations.length - 1})` : '';
  return new AppError(
    'validation_failed',
    msg(`${first.text.en}${more}`, `${first.text.pl}${more}`),
    details,
  );
}

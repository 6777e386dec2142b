import { Alert, Anchor, List } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';

export type FieldErrors = Record<string, string>;

/**
 * Field errors from an API answer: the 422 `details` list ({path, message}) joined per field.
 * Paths the form does not show end up under "" (shown in the summary).
 */
export function apiFieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  if (!(error instanceof ApiError)) return { '': String((error as Error)?.message ?? error) };
  const errors: FieldErrors = {};
  if (Array.isArray(error.details)) {
    for (const detail of error.details as { path?: string; message?: string }[]) {
      const path = String(detail.path ?? '').split('.')[0] ?? '';
      const key = fields.includes(path) ? path : '';
      const message = detail.message ?? error.message;
      errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
    }
  }
  // A 409 names the field it is about (a taken e-mail, KRS or NIP).
  const field = (error.details as { field?: unknown } | null)?.field;
  if (typeof field === 'string' && fields.includes(field)) errors[field] = error.message;
  if (Object.keys(errors).length === 0) errors[''] = error.message;
  return errors;
}

/**
 * The errors of a form at its top: announced (role=alert), focused after a failed submit, each
 * linking to its field (WCAG 3.3.1). The fields themselves show their error through Mantine's
 * `error` prop, tied with aria-describedby.
 */
export function ErrorSummary({
  errors,
  labels,
  idPrefix,
  title,
  children,
}: {
  errors: FieldErrors;
  labels: Record<string, string>;
  idPrefix: string;
  title?: string;
  /** More about the errors, below the list (the clashing bookings of a room request). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('public');
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, message]) => message);
  const count = entries.length;
  // Each failed submit sets a new errors object: the summary takes focus again.
  useEffect(() => {
    if (Object.values(errors).some(Boolean)) ref.current?.focus();
  }, [errors]);
  if (count === 0) return null;
  const fieldCount = entries.filter(([field]) => field !== '').length;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      role="alert"
      title={title ?? (fieldCount > 0 ? t('form.errorsTitle', { count: fieldCount }) : undefined)}
    >
      <List size="sm">
        {entries.map(([field, message]) => (
          <List.Item key={field || 'form'}>
            {field ? (
              <Anchor
                href={`#${idPrefix}-${field}`}
                c="red.9"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(`${idPrefix}-${field}`)?.focus();
                }}
              >
                {labels[field] ?? field}: {message}
              </Anchor>
            ) : (
              message
            )}
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}

/** A path inside the app to go back to after signing in (never another site). */
export function safeNext(value: string | null, fallback: string): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : fallback;
}

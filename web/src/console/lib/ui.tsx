import { Alert, Anchor, Badge, Button, Group, List, Loader, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../app/i18n.ts';
import { zonedIso } from './time.ts';

/** The page's one h1, also set as the document title. */
export function PageTitle({ children, actions }: { children: string; actions?: ReactNode }) {
  const { t } = useTranslation('console');
  useEffect(() => {
    document.title = `${children} – ${t('title')} – Civitas`;
  }, [children, t]);
  return (
    <Group justify="space-between" align="center" mb="md">
      <Title order={1}>{children}</Title>
      {actions}
    </Group>
  );
}

type Conflict = { start?: string; end?: string; status?: string; kind?: string; title?: string };

/**
 * An API error as a message people understand, announced (role=alert). A 403 says plainly that
 * the role does not allow it; 409 lists the clashes; 422 the rules broken.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('console');
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const status = apiError?.status ?? 0;
  const title =
    status === 403
      ? t('errors.forbiddenTitle')
      : status === 401
        ? t('errors.signedOutTitle')
        : status === 404
          ? t('errors.notFoundTitle')
          : status === 409
            ? t('errors.conflictTitle')
            : status === 422
              ? t('errors.invalidTitle')
              : status === 429
                ? t('errors.tooManyTitle')
                : t('errors.genericTitle');
  const text =
    status === 403
      ? t('errors.forbidden')
      : status === 401
        ? t('errors.signedOut')
        : status === 429
          ? t('errors.tooMany')
          : (apiError?.message ?? t('errors.generic'));
  const details = apiError?.details;
  const conflicts: Conflict[] =
    details && typeof details === 'object' && 'conflicts' in details
      ? ((details as { conflicts: Conflict[] }).conflicts ?? [])
      : [];
  const rules = Array.isArray(details) ? (details as { path?: string; message: string }[]) : [];
  return (
    <Alert color="red" title={title} role="alert" my="sm">
      <Text size="sm">{text}</Text>
      {conflicts.length > 0 && (
        <List size="sm" mt="xs">
          {conflicts.map((conflict) => (
            <List.Item key={`${conflict.start}-${conflict.end}-${conflict.title ?? conflict.kind ?? ''}`}>
              {conflict.start && conflict.end ? formatRange(conflict.start, conflict.end) : ''}
              {conflict.title ? ` · ${conflict.title}` : ''}
              {conflict.status ? ` · ${conflict.status}` : ''}
              {conflict.kind ? ` · ${conflict.kind}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      {rules.length > 1 && (
        <List size="sm" mt="xs">
          {rules.map((rule) => (
            <List.Item key={`${rule.path}-${rule.message}`}>{rule.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The message of a 422 for one field, for Mantine's `error` prop (which ties it to the field). */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  return error.fieldErrors()[path];
}

/** Loading, error or the content. */
export function QueryState({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown };
  children: ReactNode;
}) {
  const { t } = useTranslation('console');
  if (query.error) return <ErrorMessage error={query.error} />;
  if (query.isPending)
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">{t('common.loading')}</Text>
      </Group>
    );
  return <>{children}</>;
}

/** A live region that announces what just happened (saved, approved...). */
export function Notice({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert color="green" my="sm" variant="light">
          <Text size="sm" c="dark">
            {message}
          </Text>
        </Alert>
      )}
    </div>
  );
}

const STATUS_COLORS: Record<string, string> = {
  pending: 'yellow',
  pending_review: 'yellow',
  held: 'orange',
  mail_pending: 'yellow',
  mail_sent: 'green',
  mail_failed: 'red',
  attended: 'blue',
  approved: 'green',
  completed: 'blue',
  rejected: 'red',
  cancelled: 'gray',
  registered: 'green',
  waitlisted: 'yellow',
  booked: 'blue',
  no_show: 'red',
  applied: 'yellow',
  accepted: 'green',
  declined: 'red',
  open: 'green',
  closed: 'gray',
  scheduled: 'blue',
  active: 'green',
  achieved: 'green',
  dropped: 'gray',
};

/**
 * A word with a colour as a second cue only; the text stays dark for contrast. `wrap` lets a
 * longer phrase break over lines (a disabled webhook's reason) instead of widening its cell.
 */
export function WordBadge({
  color,
  children,
  wrap = false,
}: {
  color: string;
  children: string;
  wrap?: boolean;
}) {
  return (
    <Badge
      variant="light"
      color={color}
      tt="none"
      styles={{
        root: { maxWidth: 'none', height: 'auto' },
        label: {
          color: 'var(--mantine-color-dark-9)',
          overflow: 'visible',
          whiteSpace: wrap ? 'normal' : 'nowrap',
        },
      }}
    >
      {children}
    </Badge>
  );
}

/** A status as words (the console's status names), coloured by STATUS_COLORS. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('console');
  return (
    <WordBadge color={STATUS_COLORS[status] ?? 'gray'}>
      {t(`status.${status}`, { defaultValue: status })}
    </WordBadge>
  );
}

/** "Show more" under a list read page by page (a TanStack infinite query), while there is more. */
export function MoreButton({
  list,
  children,
  mt = 'sm',
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  children: string;
  mt?: string | 0;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      variant="default"
      onClick={() => list.fetchNextPage()}
      loading={list.isFetchingNextPage}
      w="fit-content"
      mt={mt}
    >
      {children}
    </Button>
  );
}

/** A table with its caption (the name screen readers announce) and header row. */
export function DataTable({
  caption,
  headers,
  children,
  empty,
  emptyText,
}: {
  caption: string;
  headers: ReactNode[];
  children: ReactNode;
  empty?: boolean;
  /** What an empty table says, when more than "nothing here" helps. */
  emptyText?: string;
}) {
  const { t } = useTranslation('console');
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table captionSide="top" striped highlightOnHover withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers are fixed per table
              <Table.Th key={index} scope="col">
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {empty ? (
            <Table.Tr>
              <Table.Td colSpan={headers.length}>{emptyText ?? t('common.empty')}</Table.Td>
            </Table.Tr>
          ) : (
            children
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function RouterAnchor({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  );
}

/** "26 lis 2026, 10:00–12:00" in the centre's zone. */
export function formatRange(start: string, end: string): string {
  const sameDay =
    formatDateTime(start, { dateStyle: 'medium' }) === formatDateTime(end, { dateStyle: 'medium' });
  return sameDay
    ? `${formatDateTime(start, { dateStyle: 'medium', timeStyle: 'short' })}–${formatDateTime(end, { timeStyle: 'short' })}`
    : `${formatDateTime(start)} – ${formatDateTime(end)}`;
}

export const formatTime = (value: string) => formatDateTime(value, { timeStyle: 'short' });
/** A calendar date ('YYYY-MM-DD') with the language's format. */
export const formatDay = (date: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
  formatDateTime(zonedIso(date, '12:00'), options);

export function formatNumber(value: number, language: string, digits = 0) {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'pl-PL', {
    maximumFractionDigits: digits,
  }).format(value);
}

/** The end of a form: submit (busy while sending) and cancel. */
export function FormActions({
  submitLabel,
  busy,
  onCancel,
}: {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation('console');
  return (
    <Group>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

import { Alert, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationType } from 'react-router';
import { ApiError } from '../../api/client.ts';

/**
 * A page: its h1, the document title, and focus on the heading after an in-app navigation, so a
 * screen reader announces the new page and the keyboard starts from its top (WCAG 2.4.2, 2.4.3).
 */
export function Page({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
  // Only after a navigation inside the app: on the first load (and back/forward) the browser keeps its own place.
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the page appears
  useEffect(() => {
    if (navigationType !== 'POP') heading.current?.focus();
  }, []);
  return (
    <Stack gap="lg" maw={1100} className="civitas-page">
      <Stack gap="xs">
        <Title order={1} ref={heading} tabIndex={-1} className="page-heading">
          {title}
        </Title>
        {lead && (
          <Text size="lg" c="gray.8">
            {lead}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}

/** While a query loads: a polite status for screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{t('common.loading')}</Text>
    </Group>
  );
}

/** An error from the API (or anything else), announced. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t('common.error');
  return (
    <Alert color="red" role="alert" title={t('common.error')}>
      {message}
    </Alert>
  );
}

/** Loading, error or the content of a query. */
export function QueryView<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorNote error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <Text c="gray.8">{children ?? t('common.empty')}</Text>;
}

const STATUS_COLORS: Record<string, string> = {
  pending: 'yellow',
  applied: 'yellow',
  waitlisted: 'yellow',
  approved: 'green',
  registered: 'green',
  accepted: 'green',
  booked: 'green',
  completed: 'blue',
  rejected: 'red',
  declined: 'red',
  no_show: 'red',
  cancelled: 'gray',
};

/**
 * A badge whose text keeps AA contrast: Mantine's light and outline badges write in the colour
 * itself, too pale on their tinted background, so the text is near-black and the colour stays in
 * the background (light) or the border (outline).
 */
export function Tag({
  color,
  variant = 'light',
  lang,
  children,
}: {
  color: string;
  variant?: 'light' | 'outline';
  /** Text from the server in Polish (categories) keeps lang="pl" in the English version. */
  lang?: string;
  children: ReactNode;
}) {
  return (
    <Badge
      lang={lang}
      color={color}
      variant={variant}
      tt="none"
      style={{
        '--badge-color': 'var(--mantine-color-dark-8)',
        ...(variant === 'outline' ? { '--badge-bd': `1px solid var(--mantine-color-${color}-8)` } : {}),
      }}
    >
      {children}
    </Badge>
  );
}

/** A status as a coloured badge; the text says it, so colour is never the only cue. */
export function StatusBadge({ status, children }: { status: string; children: ReactNode }) {
  return <Tag color={STATUS_COLORS[status] ?? 'gray'}>{children}</Tag>;
}

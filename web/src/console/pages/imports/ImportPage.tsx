import { Alert, Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, read, send } from '../../../api/client.ts';
import { formatDateTime } from '../../../app/i18n.ts';
import { centerNames, useCenters } from '../../lib/hooks.ts';
import { ErrorMessage, formatNumber, Notice, PageTitle, QueryState, WordBadge } from '../../lib/ui.tsx';
import type { ImportDocument } from './kinds.ts';
import { RowsTable, useErrorText } from './RowsTable.tsx';
import { type CheckedState, UploadForm } from './UploadForm.tsx';

export const STATUS_COLORS = { checked: 'yellow', committed: 'green' } as const;

/** One import: the dry run's counts and rows, the error file, the commit and what it created. */
export function ImportPage() {
  const { t } = useTranslation('console');
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['import', id],
    queryFn: () => read('/api/imports/{id}', { params: { path: { id } } }),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/console/imports" size="sm">
        {t('imports.back')}
      </Anchor>
      <QueryState query={query}>
        {query.data ? (
          <ImportView key={query.data.id} document={query.data} />
        ) : (
          <PageTitle>{t('imports.title')}</PageTitle>
        )}
      </QueryState>
    </Stack>
  );
}

function ImportView({ document }: { document: ImportDocument }) {
  const { t, i18n } = useTranslation('console');
  const location = useLocation();
  const queryClient = useQueryClient();
  const centers = useCenters();
  const errorText = useErrorText();
  const number = (value: number) => formatNumber(value, i18n.language);
  const commit = useMutation({
    mutationFn: () =>
      send('post', '/api/imports/{id}/commit', {
        params: { path: { id: document.id } },
        body: { sha256: document.sha256 },
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['import', document.id] });
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
    },
  });
  const refusal =
    commit.error instanceof ApiError && commit.error.status === 409
      ? ((commit.error.details as { reason?: string } | undefined)?.reason ?? 'other')
      : null;
  const errorCount = document.errors.length;
  const duplicateCount = document.duplicates.length;
  const fileErrors = document.errors.filter((error) => error.row === 1);
  const committed = document.status === 'committed';
  const state = location.state as Partial<CheckedState> | null;
  const justChecked = state?.checked && !committed;
  const counts: [string, number][] = [
    [t('imports.count.rows'), document.rows],
    [t('imports.count.toCreate'), document.toCreate],
    [t('imports.count.duplicates'), duplicateCount],
    [t('imports.count.errors'), errorCount],
  ];
  return (
    <Stack>
      <PageTitle>{t('imports.documentTitle', { file: document.filename })}</PageTitle>
      <Notice
        message={
          commit.data
            ? t('imports.commit.done', { created: commit.data.created, skipped: commit.data.skipped })
            : justChecked
              ? t('imports.checked', { count: document.rows })
              : null
        }
      />
      {refusal && (
        // Above the commit's card: it stays when the answer is that the import is committed already.
        <Alert color="red" role="alert" title={t('errors.conflictTitle')}>
          <Text size="sm">{t(`imports.refused.${refusal}`, { defaultValue: commit.error?.message })}</Text>
        </Alert>
      )}
      <Group gap="xs" wrap="wrap">
        <WordBadge color={STATUS_COLORS[document.status]}>{t(`imports.status.${document.status}`)}</WordBadge>
        <Text size="sm">
          {t(`imports.kind.${document.kind}`)}
          {document.centerId ? ` · ${centerNames(centers.data)[document.centerId] ?? ''}` : ''}
          {` · ${t('imports.checkedAt', { at: formatDateTime(String(document.createdAt)) })}`}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="ul" aria-label={t('imports.count.label')} p={0} m={0}>
        {counts.map(([label, value]) => (
          <Card withBorder component="li" key={label} style={{ listStyle: 'none' }}>
            <Text size="sm">{label}</Text>
            <Text size="xl" fw={700}>
              {number(value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      {committed ? (
        <Alert color="green" variant="light" title={t('imports.commit.committedTitle')}>
          <Text size="sm">
            {t('imports.commit.committed', {
              at: document.committedAt ? formatDateTime(String(document.committedAt)) : '',
              created: document.created ?? 0,
              skipped: document.skipped ?? 0,
            })}
          </Text>
        </Alert>
      ) : (
        <Card withBorder component="section" aria-labelledby="import-commit">
          <Title order={2} size="h3" id="import-commit" mb="xs">
            {t('imports.commit.title')}
          </Title>
          {errorCount > 0 ? (
            <Alert
              color="red"
              variant="light"
              title={t('imports.errorsTitle', { count: errorCount })}
              mb="sm"
            >
              <Text size="sm">{t('imports.errorsHelp')}</Text>
              {fileErrors.length > 0 && (
                <List size="sm" mt="xs">
                  {fileErrors.map((error) => (
                    <List.Item key={`${error.field}-${error.message}`}>{errorText(error)}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          ) : (
            <Text size="sm" mb="sm">
              {t('imports.commit.help', { create: document.toCreate, skip: duplicateCount })}
            </Text>
          )}
          <Group>
            <Button
              onClick={() => commit.mutate()}
              loading={commit.isPending}
              disabled={errorCount > 0}
              aria-describedby={errorCount > 0 ? 'import-commit-blocked' : undefined}
            >
              {t('imports.commit.button', { count: document.toCreate })}
            </Button>
            {errorCount > 0 && (
              <>
                <Text size="sm" id="import-commit-blocked">
                  {t('imports.commit.blocked')}
                </Text>
                <Button
                  component="a"
                  href={`/api/imports/${document.id}/errors.csv`}
                  download
                  variant="default"
                >
                  {t('imports.errorFile')}
                </Button>
              </>
            )}
          </Group>
          {!refusal && <ErrorMessage error={commit.error} />}
        </Card>
      )}

      {!committed && (
        <Card withBorder component="section" aria-labelledby="import-again">
          <Title order={2} size="h3" id="import-again" mb="xs">
            {t('imports.again.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('imports.again.help')}
          </Text>
          <UploadForm
            key={document.id}
            fixed={{ kind: document.kind, centerId: document.centerId }}
            columns={state?.columns}
            submitLabel={t('imports.again.submit')}
          />
        </Card>
      )}

      <section aria-labelledby="import-rows">
        <Title order={2} size="h3" id="import-rows" mb="xs">
          {t('imports.rows.title')}
        </Title>
        <RowsTable document={document} />
      </section>
    </Stack>
  );
}

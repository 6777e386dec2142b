import { Button, Group, Input, Loader, NativeSelect, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMyCenters } from '../../lib/hooks.ts';
import { CenterSelect } from '../../lib/pickers.tsx';
import { ErrorMessage, fieldError } from '../../lib/ui.tsx';
import { type ColumnPair, ColumnsEditor, columnsOf } from './ColumnsEditor.tsx';
import { FIELDS, IMPORT_KINDS, type ImportKind, NEEDS_CENTER } from './kinds.ts';
import { type UploadProgress, uploadImport } from './upload.ts';

/** What the import's page is told by the form that checked it. */
export type CheckedState = { checked: boolean; columns: Record<string, string> };

/** What the server takes (10 MiB): a larger file is refused before it is sent. */
const MAX_BYTES = 10 * 1024 * 1024;

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Choosing what to import and the file, then the dry run: the upload's progress, "checking"
 * while the server reads the rows, then the import's own page. With `fixed`, the kind and centre
 * are those of an import already checked (checking a corrected file).
 */
export function UploadForm({
  fixed,
  columns,
  submitLabel,
}: {
  fixed?: { kind: ImportKind; centerId: string | null };
  /** The mapping of the check before, kept for checking a corrected file. */
  columns?: Record<string, string>;
  submitLabel?: string;
}) {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const centers = useMyCenters();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>(fixed?.kind ?? 'beneficiaries');
  const [centerId, setCenterId] = useState(fixed?.centerId ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [pairs, setPairs] = useState<ColumnPair[]>(
    Object.entries(columns ?? {}).map(([header, field]) => ({ header, field })),
  );
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ file?: string; centerId?: string }>({});
  const needsCenter = NEEDS_CENTER[kind];

  // A coordinator of one centre has it chosen already.
  useEffect(() => {
    const first = centers.data?.[0]?.id;
    if (needsCenter && !centerId && first) setCenterId(first);
  }, [needsCenter, centerId, centers.data]);

  function changeKind(next: ImportKind) {
    setKind(next);
    setPairs((current) => current.filter((pair) => !pair.field || FIELDS[next].includes(pair.field)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = {
      ...(!file
        ? { file: t('imports.form.fileMissing') }
        : file.size > MAX_BYTES
          ? { file: t('imports.form.fileTooLarge') }
          : {}),
      ...(needsCenter && !centerId ? { centerId: t('imports.form.centerMissing') } : {}),
    };
    setMissing(problems);
    setError(null);
    if (!file || Object.keys(problems).length > 0) return;
    setProgress({ phase: 'uploading', sent: 0, total: file.size });
    try {
      const document = await uploadImport(
        {
          file,
          kind,
          centerId: needsCenter ? centerId : undefined,
          sheet,
          columns: columnsOf(pairs),
        },
        setProgress,
      );
      queryClient.setQueryData(['import', document.id], document);
      void queryClient.invalidateQueries({ queryKey: ['imports'] });
      navigate(`/console/imports/${document.id}`, {
        state: { checked: true, columns: columnsOf(pairs) } satisfies CheckedState,
      });
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  }

  const percent =
    progress?.phase === 'uploading' && progress.total > 0
      ? Math.min(100, Math.round((progress.sent / progress.total) * 100))
      : 100;
  const busy = progress !== null;
  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <Stack>
        {!fixed && (
          <Group align="end" wrap="wrap">
            <NativeSelect
              label={t('imports.form.kind')}
              description={t(`imports.kindHelp.${kind}`)}
              value={kind}
              onChange={(event) => changeKind(event.currentTarget.value as ImportKind)}
              data={IMPORT_KINDS.map((value) => ({ value, label: t(`imports.kind.${value}`) }))}
              w={360}
            />
            {needsCenter && (
              <Stack gap={2}>
                <CenterSelect value={centerId} onChange={setCenterId} />
                {(missing.centerId || fieldError(error, 'centerId')) && (
                  <Text size="sm" c="red.9">
                    {missing.centerId ?? fieldError(error, 'centerId')}
                  </Text>
                )}
              </Stack>
            )}
            <Button component="a" href={`/api/imports/examples/${kind}.csv`} download variant="default">
              {t('imports.form.example', { kind: t(`imports.kind.${kind}`) })}
            </Button>
          </Group>
        )}
        <Group align="start" wrap="wrap">
          <Input.Wrapper
            label={t('imports.form.file')}
            description={t('imports.form.fileHelp')}
            error={missing.file ?? fieldError(error, 'file')}
            id={fileId}
            required
          >
            <input
              id={fileId}
              type="file"
              accept={ACCEPT}
              required
              aria-describedby={`${fileId}-description`}
              aria-invalid={missing.file ? true : undefined}
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          <TextInput
            label={t('imports.form.sheet')}
            description={t('imports.form.sheetHelp')}
            value={sheet}
            onChange={(event) => setSheet(event.currentTarget.value)}
            error={fieldError(error, 'sheet')}
            w={260}
          />
        </Group>
        <details open={pairs.length > 0}>
          <summary>
            <Text component="span" size="sm" fw={600}>
              {t('imports.columns.title')}
            </Text>
          </summary>
          <ColumnsEditor kind={kind} pairs={pairs} onChange={setPairs} />
        </details>
        <ErrorMessage error={error} />
        <Group align="center">
          <Button type="submit" loading={busy}>
            {submitLabel ?? t('imports.form.submit')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {progress?.phase === 'uploading' && <Text size="sm">{t('imports.form.uploading')}</Text>}
          {progress?.phase === 'checking' && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('imports.form.checking')}</Text>
            </Group>
          )}
        </div>
        {busy && (
          <Stack gap={4} maw={420}>
            <Progress.Root size="lg">
              <Progress.Section value={percent} aria-label={t('imports.form.progress')} />
            </Progress.Root>
            <Text size="xs">{t('imports.form.percent', { percent })}</Text>
          </Stack>
        )}
      </Stack>
    </form>
  );
}

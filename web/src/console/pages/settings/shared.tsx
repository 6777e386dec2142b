import { Card, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, read, send } from '../../../api/client.ts';
import type { Center, RequestBody } from '../../../api/types.ts';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from '../../../public/shared/forms.tsx';
import { ErrorMessage } from '../../lib/ui.tsx';

export type { FieldErrors };
export type CenterChanges = RequestBody<'/api/centers/{id}', 'patch'>;

/** One centre as the server has it now (the settings forms start from it). */
export function useCenter(centerId: string) {
  return useQuery({
    queryKey: ['center', centerId],
    queryFn: () => read('/api/centers/{id}', { params: { path: { id: centerId } } }),
    enabled: !!centerId,
  });
}

/** PATCH /api/centers/:id; the answer replaces the cached centre, so every form sees what was kept. */
export function useSaveCenter(centerId: string, onSaved: (center: Center) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CenterChanges) =>
      send('patch', '/api/centers/{id}', { params: { path: { id: centerId } }, body }),
    onSuccess: (center) => {
      queryClient.setQueryData(['center', centerId], center);
      void queryClient.invalidateQueries({ queryKey: ['centers'] });
      void queryClient.invalidateQueries({ queryKey: ['days'] });
      onSaved(center);
    },
  });
}

/** A 422's field errors for a form's summary; other failures (a 403) go to ErrorMessage instead. */
export function serverFieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  return isInvalid(error) ? apiFieldErrors(error, fields) : {};
}

export const isInvalid = (error: unknown) => error instanceof ApiError && error.status === 422;

/** A failure that is not about the fields (403, 404, a network error), said plainly. */
export function RequestError({ error }: { error: unknown }) {
  return <ErrorMessage error={isInvalid(error) ? null : error} />;
}

/** The errors of a form at its top, linking to each field (ids are `${idPrefix}-${field}`). */
export function FormErrors({
  errors,
  labels,
  idPrefix,
}: {
  errors: FieldErrors;
  labels: Record<string, string>;
  idPrefix: string;
}) {
  const { t } = useTranslation('console');
  const count = Object.entries(errors).filter(([field, message]) => field && message).length;
  return (
    <ErrorSummary
      errors={errors}
      labels={labels}
      idPrefix={idPrefix}
      title={count > 0 ? t('settings.errorsTitle', { count }) : t('errors.invalidTitle')}
    />
  );
}

/** A part of the settings page: a card with its h2, named by it for screen readers. */
export function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id} id={`${id}-section`}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Clock times the server takes: 'HH:MM' from 00:00 to 24:00. */
export const isClockTime = (value: string) => /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/.test(value);
export const isCalendarDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));

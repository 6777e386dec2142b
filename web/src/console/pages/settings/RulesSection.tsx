import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { read, send } from '../../../api/client.ts';
import type { BookingRules, Center } from '../../../api/types.ts';
import { Notice, QueryState } from '../../lib/ui.tsx';
import { type FieldErrors, FormErrors, RequestError, SettingsSection, serverFieldErrors } from './shared.tsx';

const FIELDS = ['maxAdvanceDays', 'minNoticeHours', 'maxHours', 'terms', 'termsEn'] as const;
type Field = (typeof FIELDS)[number];
/** The server's bounds of each limit. */
const BOUNDS: Record<Exclude<Field, 'terms' | 'termsEn'>, [number, number]> = {
  maxAdvanceDays: [1, 730],
  minNoticeHours: [0, 720],
  maxHours: [1, 24],
};
const MAX_TERMS = 20_000;

/** The room-use rules members' requests must keep, and the terms they accept. */
export function RulesSection({ center }: { center: Center }) {
  const { t } = useTranslation('console');
  const rules = useQuery({
    queryKey: ['booking-rules', center.id],
    queryFn: () => read('/api/centers/{id}/booking-rules', { params: { path: { id: center.id } } }),
  });
  return (
    <SettingsSection id="settings-rules" title={t('settings.rules.title')}>
      <Text size="sm" mb="sm">
        {t('settings.rules.help')}
      </Text>
      <QueryState query={rules}>
        {rules.data && <RulesForm centerId={center.id} rules={rules.data} />}
      </QueryState>
    </SettingsSection>
  );
}

function RulesForm({ centerId, rules }: { centerId: string; rules: BookingRules }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Exclude<Field, 'terms' | 'termsEn'>, number | string>>({
    maxAdvanceDays: rules.maxAdvanceDays,
    minNoticeHours: rules.minNoticeHours,
    maxHours: rules.maxHours,
  });
  const [terms, setTerms] = useState(rules.terms);
  const [termsEn, setTermsEn] = useState(rules.termsEn ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: Partial<BookingRules>) =>
      send('patch', '/api/centers/{id}/booking-rules', { params: { path: { id: centerId } }, body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['booking-rules', centerId], saved);
      setTerms(saved.terms);
      setTermsEn(saved.termsEn ?? '');
      setNotice(t('settings.rules.saved'));
    },
    onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
  });
  const labels: Record<Field, string> = {
    maxAdvanceDays: t('settings.rules.maxAdvanceDays'),
    minNoticeHours: t('settings.rules.minNoticeHours'),
    maxHours: t('settings.rules.maxHours'),
    terms: t('settings.rules.terms'),
    termsEn: t('settings.rules.termsEn'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const found: FieldErrors = {};
    for (const [field, [min, max]] of Object.entries(BOUNDS) as [keyof typeof BOUNDS, [number, number]][]) {
      const value = Number(values[field]);
      if (values[field] === '' || !Number.isInteger(value) || value < min || value > max)
        found[field] = t('settings.rules.range', { min, max });
    }
    if (!terms.trim()) found.terms = t('settings.required');
    else if (terms.trim().length > MAX_TERMS) found.terms = t('settings.tooLong', { max: MAX_TERMS });
    if (termsEn.trim().length > MAX_TERMS) found.termsEn = t('settings.tooLong', { max: MAX_TERMS });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({
      maxAdvanceDays: Number(values.maxAdvanceDays),
      minNoticeHours: Number(values.minNoticeHours),
      maxHours: Number(values.maxHours),
      terms: terms.trim(),
      termsEn: termsEn.trim() || null,
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-rules">
      <Stack>
        <FormErrors errors={errors} labels={labels} idPrefix="rules" />
        <RequestError error={save.error} />
        <Group align="flex-start">
          {(Object.keys(BOUNDS) as (keyof typeof BOUNDS)[]).map((field) => (
            <NumberInput
              key={field}
              id={`rules-${field}`}
              label={labels[field]}
              description={t('settings.rules.range', { min: BOUNDS[field][0], max: BOUNDS[field][1] })}
              value={values[field]}
              min={BOUNDS[field][0]}
              max={BOUNDS[field][1]}
              allowDecimal={false}
              allowNegative={false}
              required
              error={errors[field]}
              w={240}
              onChange={(value) => {
                setNotice(null);
                setValues((current) => ({ ...current, [field]: value }));
              }}
            />
          ))}
        </Group>
        <Textarea
          id="rules-terms"
          label={labels.terms}
          description={t('settings.rules.termsHelp')}
          value={terms}
          required
          autosize
          minRows={5}
          maxRows={20}
          error={errors.terms}
          onChange={(event) => {
            setNotice(null);
            setTerms(event.currentTarget.value);
          }}
        />
        <Textarea
          id="rules-termsEn"
          label={labels.termsEn}
          description={t('settings.rules.termsEnHelp')}
          value={termsEn}
          autosize
          minRows={3}
          maxRows={20}
          lang="en"
          error={errors.termsEn}
          onChange={(event) => {
            setNotice(null);
            setTermsEn(event.currentTarget.value);
          }}
        />
        <Notice message={notice} />
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('settings.rules.save')}
        </Button>
      </Stack>
    </form>
  );
}

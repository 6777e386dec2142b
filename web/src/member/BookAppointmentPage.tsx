import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, read, send } from '../api/client.ts';
import type { Appointment } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from '../public/shared/forms.tsx';
import { useMyBeneficiaries } from '../public/shared/queries.ts';
import { Loading, Page } from '../public/shared/ui.tsx';
import { freeSlots } from './appointments/slots.ts';

const FIELDS = ['beneficiaryId', 'advisorId', 'kind', 'slot', 'topic'] as const;
const KINDS = ['consulting', 'coaching', 'mentoring'] as const;
const LENGTHS = [30, 60, 90];

/**
 * A member books an advice appointment for a beneficiary it represents, at a free time inside
 * the advisor's published windows (POST /api/appointments; the server checks the same rules and
 * the advisor's diary, and answers a clash with 409).
 */
export function BookAppointmentPage() {
  const { t } = useTranslation('member');
  const queryClient = useQueryClient();
  const beneficiaries = useMyBeneficiaries();
  const advisors = useQuery({
    queryKey: ['advisors'],
    queryFn: () => read('/api/advisors', { params: { query: { limit: 200 } } }),
  });
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [advisorId, setAdvisorId] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('consulting');
  const [minutes, setMinutes] = useState(60);
  const [slot, setSlot] = useState('');
  const [topic, setTopic] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [booked, setBooked] = useState<Appointment | null>(null);
  const availability = useQuery({
    queryKey: ['advisor-availability', advisorId],
    enabled: advisorId !== '',
    queryFn: () => read('/api/advisors/{id}/availability', { params: { path: { id: advisorId } } }),
  });
  const slots = useMemo(
    () =>
      availability.data
        ? freeSlots(
            availability.data.windows.map((w) => ({ start: String(w.start), end: String(w.end) })),
            availability.data.busy.map((b) => ({ start: String(b.start), end: String(b.end) })),
            minutes,
            new Date(),
          )
        : [],
    [availability.data, minutes],
  );
  const labels: Record<string, string> = {
    beneficiaryId: t('book.who'),
    advisorId: t('book.advisor'),
    kind: t('book.kind'),
    slot: t('book.slot'),
    topic: t('book.topic'),
  };
  const slotLabel = (start: string, end: string) =>
    `${formatDateTime(start, { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}–${formatDateTime(end, { hour: '2-digit', minute: '2-digit' })}`;
  const byDay = new Map<string, { value: string; label: string }[]>();
  for (const each of slots) {
    const day = formatDateTime(each.start, { weekday: 'long', day: 'numeric', month: 'long' });
    byDay.set(day, [
      ...(byDay.get(day) ?? []),
      { value: each.start, label: slotLabel(each.start, each.end) },
    ]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!beneficiaryId) found.beneficiaryId = t('request.required');
    if (!advisorId) found.advisorId = t('request.required');
    if (!slot) found.slot = t('book.pickSlot');
    if (!topic.trim()) found.topic = t('request.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const end = new Date(Date.parse(slot) + minutes * 60_000).toISOString();
      const appointment = await send('post', '/api/appointments', {
        body: { advisorId, beneficiaryId, kind, start: slot, end, topic: topic.trim() },
      });
      setBooked(appointment);
      void queryClient.invalidateQueries({ queryKey: ['my-appointments'] });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setErrors({ slot: t('book.taken') });
        setSlot('');
        void availability.refetch();
      } else {
        const mapped = apiFieldErrors(caught, FIELDS);
        const moved = mapped.start ?? mapped.end;
        if (moved) mapped.slot = moved;
        delete mapped.start;
        delete mapped.end;
        setErrors(mapped);
      }
    } finally {
      setBusy(false);
    }
  }

  if (booked) {
    return (
      <Page title={t('book.title')}>
        <Alert color="green" variant="light" role="status">
          <Text size="sm" c="dark">
            {t('book.done', {
              when: slotLabel(String(booked.start), String(booked.end)),
              topic: booked.topic,
            })}
          </Text>
        </Alert>
        <Group mt="md">
          <Button component={Link} to="/my/appointments">
            {t('book.toList')}
          </Button>
        </Group>
      </Page>
    );
  }
  if (beneficiaries.isPending || advisors.isPending) {
    return (
      <Page title={t('book.title')}>
        <Loading />
      </Page>
    );
  }
  if ((beneficiaries.data ?? []).length === 0) {
    return (
      <Page title={t('book.title')}>
        <Text>{t('book.noBeneficiary')}</Text>
        <Button component={Link} to="/my/organizations/new" mt="md">
          {t('book.addBeneficiary')}
        </Button>
      </Page>
    );
  }
  const active = (advisors.data?.items ?? []).filter((advisor) => advisor.active);
  return (
    <Page title={t('book.title')} lead={t('book.lead')}>
      <form onSubmit={submit} noValidate aria-label={t('book.title')}>
        <Stack maw={560}>
          <ErrorSummary errors={errors} labels={labels} idPrefix="book" />
          <NativeSelect
            id="book-beneficiaryId"
            label={labels.beneficiaryId}
            value={beneficiaryId}
            onChange={(event) => setBeneficiaryId(event.currentTarget.value)}
            data={[
              { value: '', label: t('book.choose') },
              ...(beneficiaries.data ?? []).map((each) => ({ value: each.id, label: each.name })),
            ]}
            error={errors.beneficiaryId}
            required
          />
          <NativeSelect
            id="book-advisorId"
            label={labels.advisorId}
            value={advisorId}
            onChange={(event) => {
              setAdvisorId(event.currentTarget.value);
              setSlot('');
            }}
            data={[
              { value: '', label: t('book.choose') },
              ...active.map((advisor) => ({
                value: advisor.id,
                label: advisor.specialties.length
                  ? `${advisor.name} (${advisor.specialties.join(', ')})`
                  : advisor.name,
              })),
            ]}
            error={errors.advisorId}
            required
          />
          <Group grow>
            <NativeSelect
              id="book-kind"
              label={labels.kind}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as (typeof KINDS)[number])}
              data={KINDS.map((each) => ({ value: each, label: t(`book.kinds.${each}`) }))}
            />
            <NativeSelect
              id="book-length"
              label={t('book.length')}
              value={String(minutes)}
              onChange={(event) => {
                setMinutes(Number(event.currentTarget.value));
                setSlot('');
              }}
              data={LENGTHS.map((each) => ({
                value: String(each),
                label: t('book.minutes', { count: each }),
              }))}
            />
          </Group>
          {advisorId && availability.isPending && <Loading />}
          {advisorId && availability.data && slots.length === 0 && (
            <Text size="sm" role="status">
              {t('book.noSlots')}
            </Text>
          )}
          {slots.length > 0 && (
            <NativeSelect
              id="book-slot"
              label={labels.slot}
              description={t('book.slotHint')}
              value={slot}
              onChange={(event) => setSlot(event.currentTarget.value)}
              data={[
                { value: '', label: t('book.choose') },
                ...[...byDay.entries()].map(([group, items]) => ({ group, items })),
              ]}
              error={errors.slot}
              required
            />
          )}
          {slots.length === 0 && errors.slot && (
            <Text size="sm" c="red.9" id="book-slot">
              {errors.slot}
            </Text>
          )}
          <TextInput
            id="book-topic"
            label={labels.topic}
            description={t('book.topicHint')}
            value={topic}
            maxLength={200}
            onChange={(event) => setTopic(event.currentTarget.value)}
            error={errors.topic}
            required
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('book.submit')}
            </Button>
            <Button component={Link} to="/my/appointments" variant="default">
              {t('book.back')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

import { Checkbox, Fieldset, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingRules } from '../../api/types.ts';
import { termsFor } from '../../public/shared/queries.ts';
import { Loading } from '../../public/shared/ui.tsx';

/** The centre's terms and limits, and the box that accepts them. */
export function TermsFieldset({
  rules,
  centerId,
  label,
  accepted,
  onAccept,
  error,
}: {
  rules: BookingRules | undefined;
  centerId: string;
  label: string;
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation('member');
  const { t: tp } = useTranslation('public');
  const terms = rules ? termsFor(rules, i18n.language) : undefined;
  return (
    <Fieldset legend={t('request.terms')}>
      <Stack>
        {rules ? (
          <>
            {/* A long text scrolls in its own box, reachable by keyboard (WCAG 2.1.1). */}
            <Paper
              withBorder
              p="sm"
              bg="gray.0"
              lang={terms?.lang}
              tabIndex={0}
              role="region"
              aria-label={t('request.terms')}
              mah={200}
              style={{ overflowY: 'auto' }}
            >
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {terms?.text}
              </Text>
            </Paper>
            <List size="sm">
              <List.Item>{tp('howToBorrow.minNotice', { count: rules.minNoticeHours })}</List.Item>
              <List.Item>{tp('howToBorrow.maxAdvance', { count: rules.maxAdvanceDays })}</List.Item>
              <List.Item>{tp('howToBorrow.maxHours', { count: rules.maxHours })}</List.Item>
            </List>
          </>
        ) : centerId ? (
          <Loading />
        ) : null}
        <Checkbox
          id="request-termsAccepted"
          label={label}
          checked={accepted}
          onChange={(event) => onAccept(event.currentTarget.checked)}
          error={error}
        />
      </Stack>
    </Fieldset>
  );
}

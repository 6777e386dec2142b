import { Alert, Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, send } from '../api/client.ts';
import { homeOf, useAuth } from '../app/auth.tsx';
import { Page } from './shared/ui.tsx';

/** An alert with its title in the body: Mantine's own alert title is too pale to read on green. */
function Result({
  color,
  role,
  title,
  children,
}: {
  color: 'green' | 'red';
  role?: 'status' | 'alert';
  title: string;
  children: ReactNode;
}) {
  return (
    <Alert color={color} role={role}>
      <Text fw={700}>{title}</Text>
      <Text size="sm">{children}</Text>
    </Alert>
  );
}

type Outcome =
  | { state: 'working' }
  | { state: 'done'; purpose: 'verify_email' | 'change_email'; email: string }
  | { state: 'failed'; message: string };

/**
 * The page a confirmation link opens (on registration or a change of address): it confirms the
 * address at once (POST /api/auth/verify) and says how it went. It signs nobody in.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation('public');
  const { t: tc } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>({ state: 'working' });
  // A link works once: the request is sent once even when the effect runs twice.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    send('post', '/api/auth/verify', { body: { token } })
      .then((done) => {
        setOutcome({ state: 'done', ...done });
        // A signed-in person who changed its address sees the new one everywhere.
        void queryClient.invalidateQueries({ queryKey: ['me'] });
      })
      .catch((caught: unknown) =>
        setOutcome({
          state: 'failed',
          message:
            caught instanceof ApiError
              ? (Object.values(caught.fieldErrors())[0] ?? caught.message)
              : tc('common.error'),
        }),
      );
  }, [token, queryClient, tc]);

  const next = user ? (
    <Anchor component={Link} to={homeOf(user)}>
      {t('verifyEmail.toAccount')}
    </Anchor>
  ) : (
    <Anchor component={Link} to="/sign-in">
      {t('verifyEmail.signIn')}
    </Anchor>
  );

  return (
    <Page title={t('verifyEmail.title')}>
      <Paper maw={520} p="lg" withBorder>
        <Stack>
          {!token ? (
            <Result color="red" title={t('verifyEmail.failedTitle')}>
              {t('verifyEmail.noLink')}
            </Result>
          ) : outcome.state === 'working' ? (
            <Text role="status">
              <Loader size="xs" mr="xs" aria-hidden />
              {t('verifyEmail.working')}
            </Text>
          ) : outcome.state === 'done' ? (
            <Result
              color="green"
              role="status"
              title={t(
                outcome.purpose === 'change_email' ? 'verifyEmail.changedTitle' : 'verifyEmail.doneTitle',
              )}
            >
              {t(outcome.purpose === 'change_email' ? 'verifyEmail.changed' : 'verifyEmail.done', {
                email: outcome.email,
              })}
            </Result>
          ) : (
            <Result color="red" role="alert" title={t('verifyEmail.failedTitle')}>
              {outcome.message}
            </Result>
          )}
          {outcome.state !== 'working' || !token ? <Text>{next}</Text> : null}
        </Stack>
      </Paper>
    </Page>
  );
}

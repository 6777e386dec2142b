import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { send } from '../api/client.ts';
import { homeOf, replaceUser } from '../app/auth.tsx';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from './shared/forms.tsx';
import { Page } from './shared/ui.tsx';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Forgot your password?": asks for a reset link (POST /api/auth/password-reset). */
export function ForgotPasswordPage() {
  const { t } = useTranslation('public');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = { email: t('passwordReset.email') };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    const found: FieldErrors = {};
    if (!email) found.email = t('form.required');
    else if (!EMAIL.test(email)) found.email = t('signIn.invalidEmail');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send('post', '/api/auth/password-reset', { body: { email } });
      setSentTo(email);
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['email']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('passwordReset.askTitle')} lead={t('passwordReset.askLead')}>
      <Paper maw={460} p="lg" withBorder>
        {sentTo ? (
          <Alert color="green" title={t('passwordReset.sentTitle')} role="status">
            {t('passwordReset.sent', { email: sentTo })}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate aria-label={t('passwordReset.askTitle')}>
            <Stack>
              <ErrorSummary errors={errors} labels={labels} idPrefix="forgot" />
              <TextInput
                id="forgot-email"
                name="email"
                type="email"
                label={labels.email}
                autoComplete="email"
                required
                error={errors.email}
              />
              <Button type="submit" loading={busy}>
                {t('passwordReset.askSubmit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <Text>
        <Anchor component={Link} to="/sign-in">
          {t('passwordReset.backToSignIn')}
        </Anchor>
      </Text>
    </Page>
  );
}

/** The page a reset link opens: a new password, then signed in (POST /api/auth/password-reset/confirm). */
export function ResetPasswordPage() {
  const { t } = useTranslation('public');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const labels = { password: t('passwordReset.newPassword'), token: t('passwordReset.link') };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const found: FieldErrors = {};
    if (password.length < 10) found.password = t('signUp.tooShort');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const done = await send('post', '/api/auth/password-reset/confirm', { body: { token, password } });
      replaceUser(queryClient, done.user);
      navigate(homeOf(done.user), { replace: true });
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['password', 'token']));
    } finally {
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <Page title={t('passwordReset.setTitle')}>
        <Alert color="red" title={t('passwordReset.noLink')}>
          <Anchor component={Link} to="/forgot-password">
            {t('passwordReset.askAgain')}
          </Anchor>
        </Alert>
      </Page>
    );
  }

  return (
    <Page title={t('passwordReset.setTitle')} lead={t('passwordReset.setLead')}>
      <Paper maw={460} p="lg" withBorder>
        <form onSubmit={submit} noValidate aria-label={t('passwordReset.setTitle')}>
          <Stack>
            <ErrorSummary errors={errors} labels={labels} idPrefix="reset" />
            {errors.token && (
              <Anchor component={Link} to="/forgot-password">
                {t('passwordReset.askAgain')}
              </Anchor>
            )}
            <PasswordInput
              id="reset-password"
              name="password"
              label={labels.password}
              description={t('passwordReset.hint')}
              autoComplete="new-password"
              required
              error={errors.password}
            />
            <Button type="submit" loading={busy}>
              {t('passwordReset.setSubmit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}

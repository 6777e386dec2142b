import { Alert, Anchor, Button, Divider, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, read } from '../api/client.ts';
import { homeOf, useAuth } from '../app/auth.tsx';
import { ErrorSummary, type FieldErrors, safeNext } from './shared/forms.tsx';
import { Page } from './shared/ui.tsx';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignInPage() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('public');
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const labels = { email: t('signIn.email'), password: t('signIn.password') };
  // Staff sign in with the city's account when single sign-on is set up; the callback comes back
  // here with sso_error when it did not work out.
  const sso = useQuery({
    queryKey: ['sso-config'],
    queryFn: () => read('/api/auth/oidc/config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const ssoError = params.get('sso_error');
  const ssoStart = `/api/auth/oidc/start${next ? `?next=${encodeURIComponent(safeNext(next, '/console'))}` : ''}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const found: FieldErrors = {};
    if (!email) found.email = tp('signIn.required');
    else if (!EMAIL.test(email)) found.email = tp('signIn.invalidEmail');
    if (!password) found.password = tp('signIn.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const user = await signIn(email, password);
      navigate(safeNext(next, homeOf(user)), { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) setErrors({ '': tp('signIn.wrong') });
      else if (caught instanceof ApiError && caught.code === 'email_not_verified')
        setErrors({ '': tp('signIn.notVerified') });
      else if (caught instanceof ApiError && caught.code === 'sso_required')
        setErrors({ '': tp('signIn.ssoRequired') });
      else if (caught instanceof ApiError && caught.status === 429) setErrors({ '': tp('signIn.tooMany') });
      else setErrors({ '': caught instanceof ApiError ? caught.message : t('common.error') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('signIn.title')} lead={next ? tp('signIn.mustSignIn') : tp('signIn.lead')}>
      <Paper maw={460} p="lg" withBorder>
        {ssoError && (
          <Alert color="red" title={tp('signIn.sso.failed')} mb="md" role="alert">
            {tp(`signIn.sso.errors.${ssoError}`, { defaultValue: tp('signIn.sso.errors.other') })}
          </Alert>
        )}
        {sso.data?.enabled && (
          <Stack gap="xs" mb="md">
            <Text size="sm">{tp('signIn.sso.staff')}</Text>
            <Button component="a" href={ssoStart} variant="outline">
              {sso.data.label ?? tp('signIn.sso.button')}
            </Button>
            <Divider label={tp('signIn.sso.or')} labelPosition="center" />
          </Stack>
        )}
        <form onSubmit={submit} noValidate aria-label={t('signIn.title')}>
          <Stack>
            <ErrorSummary
              errors={errors}
              labels={labels}
              idPrefix="sign-in"
              title={errors[''] ? t('signIn.failed') : undefined}
            />
            <TextInput
              id="sign-in-email"
              name="email"
              type="email"
              label={labels.email}
              autoComplete="email"
              required
              error={errors.email}
            />
            <PasswordInput
              id="sign-in-password"
              name="password"
              label={labels.password}
              autoComplete="current-password"
              required
              error={errors.password}
            />
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {tp('signIn.forgot')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
      <Text>
        {tp('signIn.noAccount')}{' '}
        <Anchor component={Link} to={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
          {tp('signIn.signUp')}
        </Anchor>
      </Text>
    </Page>
  );
}

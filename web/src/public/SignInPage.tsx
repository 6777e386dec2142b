import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../app/api.ts';
import { useAuth } from '../app/auth.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(String(form.get('email')), String(form.get('password')));
      navigate(user.roles.some((role) => role !== 'member') ? '/console' : '/my');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Paper maw={420} p="lg" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1}>{t('signIn.title')}</Title>
          {error && (
            <Alert color="red" title={t('signIn.failed')} role="alert">
              {error}
            </Alert>
          )}
          <TextInput name="email" type="email" label={t('signIn.email')} autoComplete="email" required />
          <PasswordInput
            name="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={busy}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

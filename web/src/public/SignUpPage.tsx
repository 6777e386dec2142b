import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { send } from '../api/client.ts';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from './shared/forms.tsx';
import { Page } from './shared/ui.tsx';

const FIELDS = ['name', 'email', 'password'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A new member account (POST /api/auth/register): the answer is the same whether the address has
 * an account or not, so the page only says to check the mailbox; the link mailed confirms it.
 */
export function SignUpPage() {
  const { t } = useTranslation('public');
  const [params] = useSearchParams();
  const next = params.get('next');
  const signInLink = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = { name: t('signUp.name'), email: t('signUp.email'), password: t('signUp.password') };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      name: String(form.get('name') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    };
    const found: FieldErrors = {};
    if (!values.name) found.name = t('form.required');
    if (!values.email) found.email = t('form.required');
    else if (!EMAIL.test(values.email)) found.email = t('signIn.invalidEmail');
    if (values.password.length < 10) found.password = t('signUp.tooShort');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send('post', '/api/auth/register', { body: values });
      setSentTo(values.email);
    } catch (caught) {
      setErrors(apiFieldErrors(caught, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <Page title={t('signUp.title')}>
        <Paper maw={460} p="lg" withBorder>
          {/* The title inside the body: Mantine's green alert title is too pale to read. */}
          <Alert color="green" role="status">
            <Text fw={700}>{t('signUp.sentTitle')}</Text>
            <Text size="sm">{t('signUp.sent', { email: sentTo })}</Text>
          </Alert>
        </Paper>
        <Text>
          <Anchor component={Link} to={signInLink}>
            {t('signUp.signInAfter')}
          </Anchor>
        </Text>
      </Page>
    );
  }

  return (
    <Page title={t('signUp.title')} lead={t('signUp.lead')}>
      <Paper maw={460} p="lg" withBorder>
        <form onSubmit={submit} noValidate aria-label={t('signUp.title')}>
          <Stack>
            <ErrorSummary
              errors={errors}
              labels={labels}
              idPrefix="sign-up"
              title={errors[''] && Object.keys(errors).length === 1 ? t('signUp.failed') : undefined}
            />
            <TextInput
              id="sign-up-name"
              name="name"
              label={labels.name}
              autoComplete="name"
              required
              error={errors.name}
            />
            <TextInput
              id="sign-up-email"
              name="email"
              type="email"
              label={labels.email}
              autoComplete="email"
              required
              error={errors.email}
            />
            <PasswordInput
              id="sign-up-password"
              name="password"
              label={labels.password}
              description={t('signUp.passwordHint')}
              autoComplete="new-password"
              required
              error={errors.password}
            />
            <Text size="sm">
              {t('signUp.privacy')}{' '}
              <Anchor component={Link} to="/privacy" target="_blank" rel="noopener">
                {t('signUp.privacyLink')}
              </Anchor>
            </Text>
            <Button type="submit" loading={busy}>
              {t('signUp.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text>
        {t('signUp.haveAccount')}{' '}
        <Anchor component={Link} to={signInLink}>
          {t('signUp.signIn')}
        </Anchor>
      </Text>
    </Page>
  );
}

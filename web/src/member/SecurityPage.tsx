import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, read, send } from '../api/client.ts';
import { replaceUser, useAuth } from '../app/auth.tsx';
import { formatDateTime } from '../app/i18n.ts';
import { apiFieldErrors, ErrorSummary, type FieldErrors } from '../public/shared/forms.tsx';
import { Page, QueryView } from '../public/shared/ui.tsx';

const SESSIONS = ['auth', 'sessions'];

/**
 * Account security: change the name and e-mail address (a new address is confirmed by a link
 * mailed to it), change the password, see where the account is signed in, sign out elsewhere.
 */
export function SecurityPage() {
  const { t } = useTranslation('member');
  return (
    <Page title={t('security.title')} lead={t('security.lead')}>
      <ProfileChange />
      <PasswordChange />
      <Sessions />
    </Page>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function ProfileChange() {
  const { t } = useTranslation('member');
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<{ pendingEmail: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = { name: t('security.name'), email: t('security.email') };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!user) return;
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const found: FieldErrors = {};
    if (!name) found.name = t('security.required');
    if (!email) found.email = t('security.required');
    else if (!EMAIL.test(email)) found.email = t('security.invalidEmail');
    setErrors(found);
    setDone(null);
    if (Object.keys(found).length > 0) return;
    const body = {
      ...(name !== user.name && { name }),
      ...(email.toLowerCase() !== user.email.toLowerCase() && { email }),
    };
    setBusy(true);
    try {
      const changed = await send('patch', '/api/auth/me', { body });
      replaceUser(queryClient, changed.user);
      setDone({ pendingEmail: changed.pendingEmail });
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['name', 'email']));
    } finally {
      setBusy(false);
    }
  }

  if (!user) return null;
  return (
    <Paper withBorder p="md" maw={560} component="section" aria-labelledby="security-profile">
      <Title order={2} size="h4" id="security-profile" mb="xs">
        {t('security.profileTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="security-profile">
        <Stack>
          <ErrorSummary errors={errors} labels={labels} idPrefix="profile" />
          {done && (
            <Alert color="green" role="status">
              {done.pendingEmail
                ? t('security.checkInbox', { email: done.pendingEmail })
                : t('security.profileSaved')}
            </Alert>
          )}
          <TextInput
            id="profile-name"
            name="name"
            label={labels.name}
            autoComplete="name"
            defaultValue={user.name}
            required
            error={errors.name}
          />
          <TextInput
            id="profile-email"
            name="email"
            type="email"
            label={labels.email}
            description={t('security.emailHint')}
            autoComplete="email"
            defaultValue={user.email}
            required
            error={errors.email}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('security.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordChange() {
  const { t } = useTranslation('member');
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const labels = { currentPassword: t('security.current'), newPassword: t('security.new') };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
    };
    const found: FieldErrors = {};
    if (!body.currentPassword) found.currentPassword = t('security.required');
    if (body.newPassword.length < 10) found.newPassword = t('security.tooShort');
    setErrors(found);
    setDone(false);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send('post', '/api/auth/password', { body });
      form.reset();
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: SESSIONS });
    } catch (caught) {
      setErrors(apiFieldErrors(caught, ['currentPassword', 'newPassword']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" maw={560} component="section" aria-labelledby="security-password">
      <Title order={2} size="h4" id="security-password" mb="xs">
        {t('security.passwordTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="security-password">
        <Stack>
          <ErrorSummary errors={errors} labels={labels} idPrefix="security" />
          {done && (
            <Alert color="green" role="status">
              {t('security.changed')}
            </Alert>
          )}
          <PasswordInput
            id="security-currentPassword"
            name="currentPassword"
            label={labels.currentPassword}
            autoComplete="current-password"
            required
            error={errors.currentPassword}
          />
          <PasswordInput
            id="security-newPassword"
            name="newPassword"
            label={labels.newPassword}
            description={t('security.hint')}
            autoComplete="new-password"
            required
            error={errors.newPassword}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('security.change')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Sessions() {
  const { t } = useTranslation('member');
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: SESSIONS, queryFn: () => read('/api/auth/sessions') });
  const refresh = () => queryClient.invalidateQueries({ queryKey: SESSIONS });
  const endOne = useMutation({
    mutationFn: (id: string) => del(`/api/auth/sessions/${id}`),
    onSuccess: refresh,
  });
  const endOthers = useMutation({ mutationFn: () => del('/api/auth/sessions'), onSuccess: refresh });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="security-sessions">
      <Title order={2} size="h4" id="security-sessions" mb="xs">
        {t('security.sessionsTitle')}
      </Title>
      <QueryView query={sessions}>
        {(list) => (
          <Stack>
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('security.browser')}</Table.Th>
                    <Table.Th>{t('security.since')}</Table.Th>
                    <Table.Th>{t('security.lastSeen')}</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">{t('security.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.map((session) => (
                    <Table.Tr key={session.id}>
                      <Table.Td>
                        <Text size="sm">{session.userAgent ?? t('security.unknownBrowser')}</Text>
                        {session.current && <Badge variant="light">{t('security.thisOne')}</Badge>}
                      </Table.Td>
                      <Table.Td>{formatDateTime(session.createdAt)}</Table.Td>
                      <Table.Td>{formatDateTime(session.lastSeenAt)}</Table.Td>
                      <Table.Td>
                        {!session.current && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            loading={endOne.isPending && endOne.variables === session.id}
                            onClick={() => endOne.mutate(session.id)}
                          >
                            {t('security.end')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {endOthers.isSuccess && (
              <Alert color="green" role="status">
                {t('security.endedOthers')}
              </Alert>
            )}
            <Group>
              <Button
                variant="outline"
                color="red"
                disabled={list.items.every((session) => session.current)}
                loading={endOthers.isPending}
                onClick={() => endOthers.mutate()}
              >
                {t('security.endOthers')}
              </Button>
            </Group>
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}

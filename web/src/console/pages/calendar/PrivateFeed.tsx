import { Button, Card, CopyButton, Group, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../../api/client.ts';
import { ErrorMessage } from '../../lib/ui.tsx';

/**
 * The staff member's private calendar feed: a secret address to subscribe to in a calendar
 * program, shown once when made; making a new one or ending it stops the old one.
 */
export function PrivateFeed() {
  const { t } = useTranslation('console');
  const [url, setUrl] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const issue = useMutation({
    mutationFn: () => send('post', '/api/calendar-feed', {}),
    onSuccess: (answer) => {
      setUrl(answer.url);
      setEnded(false);
    },
  });
  const end = useMutation({
    mutationFn: () => send('delete', '/api/calendar-feed', {}),
    onSuccess: () => {
      setUrl(null);
      setEnded(true);
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="private-feed">
      <Title order={2} size="h4" id="private-feed" mb="xs">
        {t('calendar.feed.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('calendar.feed.lead')}
      </Text>
      {url && (
        <Group align="end" mb="xs">
          <TextInput
            label={t('calendar.feed.address')}
            description={t('calendar.feed.secret')}
            value={url}
            readOnly
            style={{ flex: 1, minWidth: 260 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'filled' : 'default'}>
                {copied ? t('calendar.feed.copied') : t('calendar.feed.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      {ended && (
        <Text size="sm" role="status" mb="xs">
          {t('calendar.feed.ended')}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={() => issue.mutate()} loading={issue.isPending}>
          {t('calendar.feed.issue')}
        </Button>
        <Button variant="subtle" color="red" onClick={() => end.mutate()} loading={end.isPending}>
          {t('calendar.feed.end')}
        </Button>
      </Group>
      <ErrorMessage error={issue.error ?? end.error} />
    </Card>
  );
}

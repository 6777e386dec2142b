import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Booking } from '../../api/types.ts';
import { useWhen } from '../../public/shared/activities.tsx';
import { Page } from '../../public/shared/ui.tsx';

/** What was sent: approved at once or waiting for the centre, and how many meetings of a series. */
export function RequestSent({ sent, onAnother }: { sent: Booking[]; onAnother: () => void }) {
  const { t } = useTranslation('member');
  const when = useWhen();
  const first = sent[0];
  return (
    <Page title={t('request.title')}>
      <div role="status">
        <Alert color="green" variant="light">
          <Stack gap={4}>
            {first && (
              <Text>
                {first.status === 'approved'
                  ? t('request.sentApproved', { title: first.title, when: when(first.start, first.end) })
                  : t('request.sentPending', { title: first.title, when: when(first.start, first.end) })}
              </Text>
            )}
            {sent.length > 1 && <Text>{t('request.sentSeries', { count: sent.length })}</Text>}
          </Stack>
        </Alert>
      </div>
      <Group>
        <Button component={Link} to="/my/bookings">
          {t('request.toBookings')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('request.another')}
        </Button>
      </Group>
    </Page>
  );
}

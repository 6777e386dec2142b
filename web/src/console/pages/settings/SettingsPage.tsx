import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyCenters } from '../../lib/hooks.ts';
import { CenterSelect } from '../../lib/pickers.tsx';
import { PageTitle, QueryState } from '../../lib/ui.tsx';
import { AccessibilitySection } from './AccessibilitySection.tsx';
import { ClosuresSection } from './ClosuresSection.tsx';
import { HolidaysSection } from './HolidaysSection.tsx';
import { HoursSection } from './HoursSection.tsx';
import { RoomsSection } from './RoomsSection.tsx';
import { RulesSection } from './RulesSection.tsx';
import { useCenter } from './shared.tsx';

const PARTS = ['hours', 'holidays', 'closures', 'rooms', 'rules', 'accessibility'] as const;

/**
 * A centre's settings: opening hours, holidays it opens on, closures, rooms, room-use rules and
 * accessibility. Coordinators choose among their own centres, admins among all; the server's
 * policy decides each change, and a refusal is shown as it comes.
 */
export function SettingsPage() {
  const { t } = useTranslation('console');
  const centers = useMyCenters();
  const [chosen, setChosen] = useState('');
  const centerId = chosen || centers.data?.[0]?.id || '';
  const center = useCenter(centerId);

  return (
    <Stack>
      <PageTitle>{t('settings.title')}</PageTitle>
      <QueryState query={centers}>
        {(centers.data?.length ?? 0) === 0 ? (
          <Text>{t('settings.noCenters')}</Text>
        ) : (
          <>
            <CenterSelect value={centerId} onChange={setChosen} />
            <nav aria-label={t('settings.partsLabel')}>
              <Group gap="md">
                {PARTS.map((part) => (
                  <Anchor key={part} href={`#settings-${part}-section`} size="sm">
                    {t(`settings.${part}.title`)}
                  </Anchor>
                ))}
              </Group>
            </nav>
            {centerId && (
              <QueryState query={center}>
                {center.data && (
                  // Each centre starts its forms afresh from what the server has.
                  <Stack key={center.data.id}>
                    <HoursSection center={center.data} />
                    <HolidaysSection center={center.data} />
                    <ClosuresSection center={center.data} />
                    <RoomsSection center={center.data} />
                    <RulesSection center={center.data} />
                    <AccessibilitySection center={center.data} />
                  </Stack>
                )}
              </QueryState>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

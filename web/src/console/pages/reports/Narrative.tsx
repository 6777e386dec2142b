import { Button, Card, CopyButton, Group, SegmentedControl, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../../api/client.ts';
import { QueryState } from '../../lib/ui.tsx';

export function Narrative({ params, defaultLanguage }: { params: string; defaultLanguage: 'pl' | 'en' }) {
  const { t } = useTranslation('console');
  const [lang, setLang] = useState<'pl' | 'en'>(defaultLanguage);
  const narrative = useQuery({
    queryKey: ['report', 'narrative', params, lang],
    queryFn: () => get<{ text: string }>(`/api/reports/narrative?${params}&lang=${lang}`),
  });
  return (
    <Card withBorder component="section" aria-labelledby="narrative">
      <Title order={2} size="h3" id="narrative" mb="xs">
        {t('reports.narrative')}
      </Title>
      <Group align="end" mb="xs">
        <div>
          <Text size="sm" fw={500} id="narrative-language">
            {t('reports.narrativeLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="narrative-language"
            value={lang}
            onChange={(value) => setLang(value as 'pl' | 'en')}
            data={[
              { value: 'pl', label: 'Polski' },
              { value: 'en', label: 'English' },
            ]}
          />
        </div>
        <CopyButton value={narrative.data?.text ?? ''}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'filled' : 'default'} disabled={!narrative.data}>
              {copied ? t('reports.copied') : t('reports.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <QueryState query={narrative}>
        <Textarea
          label={t('reports.narrativeText')}
          value={narrative.data?.text ?? ''}
          readOnly
          autosize
          minRows={3}
          lang={lang}
        />
      </QueryState>
    </Card>
  );
}

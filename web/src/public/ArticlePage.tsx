import { Anchor, Group, List, Stack, Text, Title, Typography } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { get } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { Page, QueryView, Tag } from './shared/ui.tsx';

/**
 * The article's headings move so that its highest one is an h2 under the page's h1, the article's
 * title, keeping their order (WCAG 1.3.1). The HTML itself is the server's sanitized rendering.
 */
export function fitHeadings(html: string): string {
  const levels = [...html.matchAll(/<h([1-6])[\s>]/gi)].map((match) => Number(match[1]));
  if (levels.length === 0) return html;
  const shift = 2 - Math.min(...levels);
  return html.replace(/<(\/?)h([1-6])(\s|>)/gi, (_match, slash: string, level: string, after: string) => {
    return `<${slash}h${Math.min(6, Number(level) + shift)}${after}`;
  });
}

export function ArticlePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('public');
  const article = useQuery({
    queryKey: ['article', slug],
    queryFn: () => get<Article>(`/api/articles/${encodeURIComponent(slug)}`),
  });
  return (
    <Page title={article.data?.title ?? t('knowledge.title')}>
      <QueryView query={article}>
        {(data) => (
          <Stack gap="md">
            <Group gap="xs">
              {data.category && (
                <Tag color="blue" lang="pl">
                  {data.category}
                </Tag>
              )}
              <Text size="sm" c="gray.8">
                {t('knowledge.updated', { date: formatDateTime(data.updatedAt, { dateStyle: 'long' }) })}
              </Text>
            </Group>
            <Typography>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server (sanitize-html allow-list) */}
              <div className="article-body" dangerouslySetInnerHTML={{ __html: fitHeadings(data.html) }} />
            </Typography>
            {data.attachments.length > 0 && (
              <section aria-labelledby="article-attachments">
                <Title order={2} size="h3" id="article-attachments">
                  {t('knowledge.attachments')}
                </Title>
                <List>
                  {data.attachments.map((file) => (
                    <List.Item key={file.id}>
                      <Anchor href={file.url}>{file.filename}</Anchor> (
                      {Math.max(1, Math.round(file.size / 1024))} KB)
                    </List.Item>
                  ))}
                </List>
              </section>
            )}
            {data.tags.length > 0 && (
              <Text size="sm">
                {t('knowledge.tags')}: {data.tags.join(', ')}
              </Text>
            )}
          </Stack>
        )}
      </QueryView>
      <Text>
        <Anchor component={Link} to="/knowledge">
          {t('knowledge.back')}
        </Anchor>
      </Text>
    </Page>
  );
}

import { Anchor, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Page as ApiPage, get, read } from '../api/client.ts';
import type { ArticleHit } from '../api/types.ts';
import { formatDateTime } from '../app/i18n.ts';
import { ErrorNote, Loading, Page, Tag } from './shared/ui.tsx';

/** Search and browse the knowledge base (GET /api/articles?q=&category=). */
export function KnowledgePage() {
  const { t } = useTranslation('public');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  const [text, setText] = useState(q);
  const categories = useQuery({
    queryKey: ['article-categories'],
    queryFn: () => read('/api/article-categories'),
    staleTime: 60_000,
  });
  const articles = useInfiniteQuery({
    queryKey: ['articles', { q, category }],
    initialPageParam: '',
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: q ? '50' : '20' });
      if (q) query.set('q', q);
      if (category) query.set('category', category);
      if (pageParam) query.set('cursor', pageParam);
      return get<ApiPage<ArticleHit>>(`/api/articles?${query}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  function search(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    setParams(next);
  }
  function setCategory(value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set('category', value);
    else next.delete('category');
    setParams(next);
  }
  const items = articles.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('knowledge.title')} lead={t('knowledge.lead')}>
      <search>
        <form onSubmit={search}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              id="knowledge-q"
              type="search"
              name="q"
              label={t('knowledge.search')}
              description={t('knowledge.searchHint')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              w={360}
              maw="100%"
            />
            <NativeSelect
              id="knowledge-category"
              label={t('knowledge.category')}
              value={category}
              onChange={(event) => setCategory(event.currentTarget.value)}
              data={[
                { value: '', label: t('knowledge.allCategories') },
                ...(categories.data?.items ?? []).map((item) => ({
                  value: item.category,
                  label: `${item.category} (${item.count})`,
                })),
              ]}
            />
            <Button type="submit">{t('knowledge.submit')}</Button>
          </Group>
        </form>
      </search>
      {articles.error ? (
        <ErrorNote error={articles.error} />
      ) : articles.isPending ? (
        <Loading />
      ) : (
        <section aria-labelledby="knowledge-results">
          <Stack gap="sm">
            <Title order={2} id="knowledge-results">
              {q ? t('knowledge.found', { count: items.length }) : t('knowledge.newest')}
            </Title>
            <Text role="status" className={q && items.length > 0 ? 'visually-hidden' : undefined}>
              {items.length === 0
                ? t('knowledge.none')
                : q
                  ? t('knowledge.found', { count: items.length })
                  : ''}
            </Text>
            <Stack gap="sm" component="ul" className="plain-list">
              {items.map((article) => (
                <Card key={article.id} withBorder component="li" padding="md">
                  <Stack gap={6}>
                    <Title order={3} size="h4">
                      {article.highlightedTitle ? (
                        <Anchor
                          component={Link}
                          to={`/knowledge/${article.slug}`}
                          // biome-ignore lint/security/noDangerouslySetInnerHtml: the server escapes everything but the <mark> around matching words
                          dangerouslySetInnerHTML={{ __html: article.highlightedTitle }}
                        />
                      ) : (
                        <Anchor component={Link} to={`/knowledge/${article.slug}`}>
                          {article.title}
                        </Anchor>
                      )}
                    </Title>
                    {article.snippet && (
                      <Text
                        size="sm"
                        // biome-ignore lint/security/noDangerouslySetInnerHtml: the server escapes everything but the <mark> around matching words
                        dangerouslySetInnerHTML={{ __html: article.snippet }}
                      />
                    )}
                    <Group gap="xs">
                      {article.category && (
                        <Tag color="blue" lang="pl">
                          {article.category}
                        </Tag>
                      )}
                      {article.visibility === 'members' && (
                        <Tag color="gray">{t('knowledge.membersOnly')}</Tag>
                      )}
                      <Text size="sm" c="gray.8">
                        {t('knowledge.updated', {
                          date: formatDateTime(article.updatedAt, { dateStyle: 'long' }),
                        })}
                      </Text>
                    </Group>
                  </Stack>
                </Card>
              ))}
            </Stack>
            {articles.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => articles.fetchNextPage()}
                  loading={articles.isFetchingNextPage}
                >
                  {t('knowledge.loadMore')}
                </Button>
              </Group>
            )}
          </Stack>
        </section>
      )}
    </Page>
  );
}

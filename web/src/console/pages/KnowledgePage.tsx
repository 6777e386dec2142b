import {
  Anchor,
  Button,
  Card,
  Code,
  Group,
  Input,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Typography,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, del, get, type Page, patch, read, send } from '../../api/client.ts';
import type { Article, Attachment } from '../../api/types.ts';
import { formatDateTime } from '../../app/i18n.ts';
import {
  DataTable,
  ErrorMessage,
  fieldError,
  Notice,
  PageTitle,
  QueryState,
  RouterAnchor,
} from '../lib/ui.tsx';

/** The knowledge base for staff: search the articles, open one to edit, write a new one. */
export function KnowledgePage() {
  const { t } = useTranslation('console');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const articles = useQuery({
    queryKey: ['articles', 'console', q],
    queryFn: () => get<Page<Article>>(`/api/articles?limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`),
  });
  return (
    <Stack>
      <PageTitle
        actions={
          <Button component={Link} to="/console/knowledge/new">
            {t('knowledge.new')}
          </Button>
        }
      >
        {t('knowledge.title')}
      </PageTitle>
      <TextInput
        type="search"
        role="searchbox"
        label={t('knowledge.search')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={360}
      />
      <QueryState query={articles}>
        <DataTable
          caption={t('knowledge.caption', { count: articles.data?.items.length ?? 0 })}
          headers={[
            t('common.title'),
            t('knowledge.category'),
            t('knowledge.tags'),
            t('knowledge.visibility'),
            t('knowledge.updated'),
          ]}
          empty={(articles.data?.items.length ?? 0) === 0}
        >
          {articles.data?.items.map((article) => (
            <Table.Tr key={article.id}>
              <Table.Td>
                <RouterAnchor to={`/console/knowledge/${article.id}`}>{article.title}</RouterAnchor>
              </Table.Td>
              <Table.Td>{article.category ?? '—'}</Table.Td>
              <Table.Td>{article.tags.join(', ') || '—'}</Table.Td>
              <Table.Td>{t(`knowledge.${article.visibility}`)}</Table.Td>
              <Table.Td>{formatDateTime(article.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </QueryState>
    </Stack>
  );
}

/** Writing or editing one article in Markdown; the preview is the server's sanitized rendering after saving. */
export function ArticleEditorPage() {
  const { t } = useTranslation('console');
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const article = useQuery({
    queryKey: ['article', id],
    enabled: !!id,
    queryFn: () => get<Article>(`/api/articles/${id}`),
  });
  const categories = useQuery({
    queryKey: ['article-categories'],
    queryFn: () => read('/api/article-categories'),
  });
  const [form, setForm] = useState({ title: '', body: '', category: '', tags: '', visibility: 'public' });
  const loaded = article.data;
  useEffect(() => {
    if (loaded)
      setForm({
        title: loaded.title,
        body: loaded.body ?? '',
        category: loaded.category ?? '',
        tags: loaded.tags.join(', '),
        visibility: loaded.visibility,
      });
  }, [loaded]);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        title: form.title,
        body: form.body,
        category: form.category.trim() || null,
        tags: form.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        visibility: form.visibility as Article['visibility'],
      };
      return id ? patch<Article>(`/api/articles/${id}`, body) : send('post', '/api/articles', { body });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(['article', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['articles'] });
      void queryClient.invalidateQueries({ queryKey: ['article-categories'] });
      setNotice(t('knowledge.saved'));
      if (!id) navigate(`/console/knowledge/${saved.id}`, { replace: true });
    },
  });
  const listId = useId();
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <Stack>
      <Anchor component={Link} to="/console/knowledge" size="sm">
        {t('knowledge.back')}
      </Anchor>
      <PageTitle>{id ? t('knowledge.edit') : t('knowledge.new')}</PageTitle>
      <Notice message={notice} />
      <QueryState query={id ? article : { isPending: false, error: null }}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="form" onSubmit={submit} noValidate aria-label={t('knowledge.editor')}>
            <Stack>
              <ErrorMessage error={save.error} />
              <TextInput
                label={t('common.title')}
                required
                value={form.title}
                onChange={(event) => set('title')(event.currentTarget.value)}
                error={fieldError(save.error, 'title')}
              />
              <TextInput
                label={t('knowledge.category')}
                value={form.category}
                onChange={(event) => set('category')(event.currentTarget.value)}
                list={listId}
                error={fieldError(save.error, 'category')}
              />
              <datalist id={listId}>
                {categories.data?.items.map((item) => (
                  <option key={item.category} value={item.category} />
                ))}
              </datalist>
              <TextInput
                label={t('knowledge.tags')}
                description={t('knowledge.tagsHelp')}
                value={form.tags}
                onChange={(event) => set('tags')(event.currentTarget.value)}
                error={fieldError(save.error, 'tags')}
              />
              <Radio.Group
                label={t('knowledge.visibility')}
                value={form.visibility}
                onChange={set('visibility')}
              >
                <Group mt="xs">
                  <Radio value="public" label={t('knowledge.public')} />
                  <Radio value="members" label={t('knowledge.members')} />
                </Group>
              </Radio.Group>
              <Textarea
                label={t('knowledge.body')}
                description={t('knowledge.bodyHelp')}
                required
                value={form.body}
                onChange={(event) => set('body')(event.currentTarget.value)}
                error={fieldError(save.error, 'body')}
                autosize
                minRows={14}
                styles={{ input: { fontFamily: 'ui-monospace, monospace' } }}
              />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
                {loaded && (
                  <Text size="sm">
                    {t('knowledge.revision', {
                      revision: loaded.revision,
                      at: formatDateTime(loaded.updatedAt),
                    })}
                  </Text>
                )}
              </Group>
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="preview">
            <Title order={2} size="h3" id="preview" mb="xs">
              {t('knowledge.preview')}
            </Title>
            {loaded?.html ? (
              <Typography>
                {/* The server renders the Markdown and sanitizes the HTML with an allow-list. */}
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server */}
                <div dangerouslySetInnerHTML={{ __html: loaded.html }} />
              </Typography>
            ) : (
              <Text size="sm">{t('knowledge.previewAfterSave')}</Text>
            )}
            {loaded && (
              <Text size="sm" mt="sm">
                {t('knowledge.address')}: <Code>/knowledge/{loaded.slug}</Code>
              </Text>
            )}
          </Card>
        </SimpleGrid>
        {loaded && <Attachments article={loaded} onNotice={setNotice} />}
      </QueryState>
    </Stack>
  );
}

async function upload(articleId: string, file: File): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file);
  const response = await fetch(`/api/articles/${articleId}/attachments`, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'accept-language': document.documentElement.lang || 'pl' },
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (data as { error?: { code: string; message: string; details?: unknown } }).error;
    throw new ApiError(
      response.status,
      error?.code ?? 'error',
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as Attachment;
}

function Attachments({ article, onNotice }: { article: Article; onNotice: (message: string) => void }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const reload = () => queryClient.invalidateQueries({ queryKey: ['article', article.id] });
  const add = useMutation({
    mutationFn: () => upload(article.id, file as File),
    onSuccess: (attachment) => {
      setFile(null);
      onNotice(t('knowledge.uploaded', { name: attachment.filename }));
      void reload();
    },
  });
  const remove = useMutation({
    mutationFn: (attachment: Attachment) => del(`/api/attachments/${attachment.id}`),
    onSuccess: (_, attachment) => {
      onNotice(t('knowledge.removed', { name: attachment.filename }));
      void reload();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="attachments">
      <Title order={2} size="h3" id="attachments" mb="xs">
        {t('knowledge.attachments')}
      </Title>
      <DataTable
        caption={t('knowledge.attachmentsCaption', { title: article.title })}
        headers={[t('knowledge.file'), t('knowledge.size'), t('knowledge.markdown'), '']}
        empty={(article.attachments?.length ?? 0) === 0}
      >
        {article.attachments?.map((attachment) => (
          <Table.Tr key={attachment.id}>
            <Table.Td>
              <Anchor href={attachment.url} target="_blank" rel="noopener">
                {attachment.filename}
              </Anchor>
            </Table.Td>
            <Table.Td>{Math.max(1, Math.round(attachment.size / 1024))} KB</Table.Td>
            <Table.Td>
              <Code>{`${attachment.contentType.startsWith('image/') ? '!' : ''}[${attachment.filename}](${attachment.url})`}</Code>
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => remove.mutate(attachment)}
                aria-label={t('knowledge.removeFile', { name: attachment.filename })}
              >
                {t('common.remove')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (file) add.mutate();
        }}
      >
        <Group align="end" mt="sm">
          <Input.Wrapper label={t('knowledge.upload')} description={t('knowledge.uploadHelp')} id={inputId}>
            <input
              id={inputId}
              type="file"
              aria-describedby={`${inputId}-description`}
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
              accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods,.txt,.md,.csv"
            />
          </Input.Wrapper>
          <Button type="submit" disabled={!file} loading={add.isPending}>
            {t('knowledge.uploadButton')}
          </Button>
        </Group>
      </form>
      <ErrorMessage error={add.error ?? remove.error} />
    </Card>
  );
}

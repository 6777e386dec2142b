import { z } from 'zod';
import { ARTICLE_VISIBILITIES } from '../../../db/enums.ts';
import { pageQuery } from '../../../lib/pagination.ts';
import { attachmentSchema } from '../attachments/attachments.schema.ts';

export const KNOWLEDGE_TAG = ['knowledge'];
export const visibilitySchema = z.enum(ARTICLE_VISIBILITIES);

const summaryFields = {
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  visibility: visibilitySchema,
  revision: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
};
export const articleSummarySchema = z.object(summaryFields);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = z.object({
  ...summaryFields,
  html: z.string().describe('The Markdown rendered to sanitized HTML'),
  body: z.string().optional().describe('The Markdown source: staff only'),
  attachments: z.array(attachmentSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const articleListItemSchema = z.object({
  ...summaryFields,
  snippet: z.string().describe('A passage of the text as HTML: escaped, with the matching words in <mark>'),
  highlightedTitle: z.string().describe('The title as HTML, with the matching words in <mark>'),
  score: z.number().nullable().describe('The full-text rank (with q)'),
});
export type ArticleListItem = z.infer<typeof articleListItemSchema>;

const articleFields = {
  title: z.string().trim().min(1).max(300),
  body: z.string().max(200_000).describe('Markdown'),
  category: z.string().trim().max(100).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
};

export const articleBody = z.object({ ...articleFields, visibility: visibilitySchema }).strict();
export type ArticleInput = z.infer<typeof articleBody>;

export const articleChangesBody = z
  .object({
    title: articleFields.title.optional(),
    body: articleFields.body.optional(),
    category: articleFields.category,
    tags: articleFields.tags,
    visibility: visibilitySchema.optional(),
  })
  .strict();
export type ArticleChanges = z.infer<typeof articleChangesBody>;

export const articleListQuery = z
  .object({
    q: z.string().max(200).optional(),
    category: z.string().max(100).optional(),
    tag: z.string().max(50).optional(),
    ...pageQuery,
  })
  .strict();

export const categoryListSchema = z.object({
  items: z.array(z.object({ category: z.string(), count: z.number().int() })),
});

export const revisionListSchema = z.object({
  current: z.number().int(),
  items: z.array(
    z.object({
      revision: z.number().int(),
      title: z.string(),
      body: z.string(),
      category: z.string().nullable(),
      tags: z.array(z.string()),
      visibility: visibilitySchema,
      editedBy: z.string().nullable(),
      editedAt: z.date(),
      replacedAt: z.date(),
    }),
  ),
  nextCursor: z.null(),
});
export type RevisionList = z.infer<typeof revisionListSchema>;

export const idParams = z.object({ id: z.string().max(100) });
/** One article's path parameter: its slug ('jak-zalozyc-fundacje') or its id. */
export const refParams = z.object({
  ref: z.string().max(200).describe("The article's slug or its id"),
});

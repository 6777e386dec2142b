/** The knowledge base. Other modules import only this file. */

export { plainText, renderMarkdown, slugify } from './articles/articles.content.ts';
export { createArticle, findArticleForService } from './articles/articles.service.ts';
export { knowledgeRoutes } from './knowledge.routes.ts';

/** The knowledge base. Other modules import only this file. */
export { createArticle, findArticleForService } from './articles/articles.service.ts';
export { knowledgeRoutes } from './knowledge.routes.ts';

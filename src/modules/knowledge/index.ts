/** The knowledge base. Other modules import only this file. */
export { knowledgeRoutes } from './knowledge.routes.ts';
export { createArticle, findArticleForService } from './knowledge.service.ts';

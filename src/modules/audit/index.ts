/** The audit module: the log of changes to personal data and of decisions. Other modules import only this file. */
export { auditRoutes } from './audit.routes.ts';
export { recordAudit } from './audit.service.ts';

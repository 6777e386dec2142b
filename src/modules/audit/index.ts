/** The audit module: the log of changes to personal data and of decisions. Other modules import only this file. */

export type { AuditEntry } from './audit.repo.ts';
export { auditRoutes } from './audit.routes.ts';
export { buildAuditInsert, recordAudit } from './audit.service.ts';

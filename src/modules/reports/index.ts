/** Reports for the funder. Other modules import only this file. */
export { reportsRoutes } from './reports.routes.ts';
export { createAgreement, REPORT_ZONE, summarize } from './reports.service.ts';

/** Reports for the funder. Other modules import only this file. */
export { createAgreement } from './agreements/agreements.service.ts';
export { createReport, updateReport } from './public-task/public-task.service.ts';
export { feedbackFigures } from './reports.repo.ts';
export { reportsRoutes } from './reports.routes.ts';
export { REPORT_ZONE, summarize } from './summary/summary.service.ts';

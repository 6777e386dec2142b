import type { ResponseBody } from '../../../api/types.ts';

export type Report = ResponseBody<'/api/public-task-reports/{id}', 'get'>;
export type Fields = Report['fields'];
export type Expense = Fields['expenses'][number];

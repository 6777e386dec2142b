import { publicTaskReportsTable } from './public-task-reports.table.ts';
import { runTable } from './runner.ts';

runTable(publicTaskReportsTable);

import { reportsTable } from './reports.table.ts';
import { runTable } from './runner.ts';

runTable(reportsTable);

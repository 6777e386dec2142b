import { applicationsTable } from './applications.table.ts';
import { runTable } from './runner.ts';

runTable(applicationsTable);

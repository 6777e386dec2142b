import { runTable } from './runner.ts';
import { webhooksTable } from './webhooks.table.ts';

runTable(webhooksTable);

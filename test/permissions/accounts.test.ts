import { accountsTable } from './accounts.table.ts';
import { runTable } from './runner.ts';

runTable(accountsTable);

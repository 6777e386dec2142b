import { importsTable } from './imports.table.ts';
import { runTable } from './runner.ts';

runTable(importsTable);

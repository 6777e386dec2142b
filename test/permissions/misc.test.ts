import { miscTable } from './misc.table.ts';
import { runTable } from './runner.ts';

runTable(miscTable);

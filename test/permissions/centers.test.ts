import { centersTable } from './centers.table.ts';
import { runTable } from './runner.ts';

runTable(centersTable);

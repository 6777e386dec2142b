import { incubationTable } from './incubation.table.ts';
import { runTable } from './runner.ts';

runTable(incubationTable);

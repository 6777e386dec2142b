import { programmeTable } from './programme.table.ts';
import { runTable } from './runner.ts';

runTable(programmeTable);

import { runTable } from './runner.ts';
import { volunteeringTable } from './volunteering.table.ts';

runTable(volunteeringTable);

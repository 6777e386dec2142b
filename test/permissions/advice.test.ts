import { adviceTable } from './advice.table.ts';
import { runTable } from './runner.ts';

runTable(adviceTable);

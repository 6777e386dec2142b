import { registryTable } from './registry.table.ts';
import { runTable } from './runner.ts';

runTable(registryTable);

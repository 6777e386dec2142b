import { knowledgeTable } from './knowledge.table.ts';
import { runTable } from './runner.ts';

runTable(knowledgeTable);

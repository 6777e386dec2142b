import { accountsTable } from './accounts.table.ts';
import { adviceTable } from './advice.table.ts';
import { applicationsTable } from './applications.table.ts';
import { bookingsTable } from './bookings.table.ts';
import { centersTable } from './centers.table.ts';
import { importsTable } from './imports.table.ts';
import { incubationTable } from './incubation.table.ts';
import { knowledgeTable } from './knowledge.table.ts';
import { miscTable } from './misc.table.ts';
import { programmeTable } from './programme.table.ts';
import { publicTaskReportsTable } from './public-task-reports.table.ts';
import { registryTable } from './registry.table.ts';
import { reportsTable } from './reports.table.ts';
import type { Table } from './runner.ts';
import { volunteeringTable } from './volunteering.table.ts';
import { webhooksTable } from './webhooks.table.ts';

/** Every role-by-endpoint table; the coverage test reads their routes from here. */
export const TABLES: Table<any>[] = [
  accountsTable,
  centersTable,
  registryTable,
  bookingsTable,
  programmeTable,
  adviceTable,
  volunteeringTable,
  applicationsTable,
  knowledgeTable,
  incubationTable,
  reportsTable,
  importsTable,
  publicTaskReportsTable,
  miscTable,
  webhooksTable,
];

import { accountsTable } from './accounts.table.ts';
import { bookingsTable } from './bookings.table.ts';
import { centersTable } from './centers.table.ts';
import { miscTable } from './misc.table.ts';
import { registryTable } from './registry.table.ts';
import type { Table } from './runner.ts';

/** Every role-by-endpoint table; the coverage test reads their routes from here. */
export const TABLES: Table<any>[] = [accountsTable, centersTable, registryTable, bookingsTable, miscTable];

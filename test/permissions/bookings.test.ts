import { bookingsTable } from './bookings.table.ts';
import { runTable } from './runner.ts';

runTable(bookingsTable);

/** The bookings module: room lending. Other modules import only this file. */
export {
  findRoomConflicts,
  holdRoomForActivity,
  releaseActivityHolds,
} from './activity-holds/activity-holds.service.ts';
export { bookingsRoutes } from './bookings.routes.ts';
export type { Booking } from './bookings.schema.ts';
export { createBooking } from './lendings/lendings.service.ts';
export { cancelBooking, recordAttendance } from './lendings/lendings.workflow.ts';
export { sendDueReminders } from './reminders/reminders.service.ts';

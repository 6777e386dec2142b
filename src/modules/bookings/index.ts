/** The bookings module: room lending. Other modules import only this file. */
export { bookingsRoutes } from './bookings.routes.ts';
export {
  type Booking,
  cancelBooking,
  createBooking,
  findRoomConflicts,
  holdRoomForActivity,
  recordAttendance,
  releaseActivityHolds,
  sendDueReminders,
} from './bookings.service.ts';

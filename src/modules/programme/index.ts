/** The programme: activities, registrations, waitlist, attendance, feedback. Other modules import only this file. */
export { programmeRoutes } from './programme.routes.ts';
export {
  createActivity,
  recordAttendance,
  registerForActivity,
  sendDueActivityReminders,
} from './programme.service.ts';

/** The programme: activities, registrations, waitlist, attendance, feedback. Other modules import only this file. */

export { sendDueActivityReminders } from './activities/activities.reminders.ts';
export { createActivity } from './activities/activities.service.ts';
export { recordAttendance } from './attendance/attendance.service.ts';
export { programmeRoutes } from './programme.routes.ts';
export { registerForActivity } from './registrations/registrations.service.ts';

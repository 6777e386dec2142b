/** The advice module: advisors, availability, appointments, engagements. Other modules import only this file. */
export { adviceRoutes } from './advice.routes.ts';
export { createAdvisor } from './advisors/advisors.service.ts';
export { addAvailability } from './advisors/availability.service.ts';
export { createAppointment } from './appointments/appointments.service.ts';
export { completeAppointment } from './appointments/workflow.service.ts';

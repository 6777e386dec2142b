/** The advice module: advisors, availability, appointments, engagements. Other modules import only this file. */
export { adviceRoutes } from './advice.routes.ts';
export {
  addAvailability,
  completeAppointment,
  createAdvisor,
  createAppointment,
  summarizeAppointmentFeedback,
} from './advice.service.ts';

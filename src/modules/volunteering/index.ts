/** Volunteering: volunteers, offers, matching, applications, hours and documents. Other modules import only this file. */
export { volunteeringRoutes } from './volunteering.routes.ts';
export {
  applyForOffer,
  createOffer,
  createVolunteer,
  decideApplication,
  logHours,
} from './volunteering.service.ts';

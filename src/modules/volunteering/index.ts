/** Volunteering: volunteers, offers, matching, applications, hours and documents. Other modules import only this file. */
export { applyForOffer, decideApplication } from './applications/applications.service.ts';
export { logHours } from './applications/hours.service.ts';
export { createOffer } from './offers/offers.service.ts';
export { volunteeringRoutes } from './volunteering.routes.ts';
export { SKILLS } from './volunteers/skills.ts';
export { createVolunteer } from './volunteers/volunteers.service.ts';

/** The incubation module: initiatives, stages, mentors. Other modules import only this file. */
export { incubationRoutes } from './incubation.routes.ts';
export { changeStage, createInitiative } from './initiatives/initiatives.service.ts';
export { sendNextStepReminders } from './initiatives/reminders.ts';

/** The centers module: centres, opening hours, closures, rooms. Other modules import only this file. */

export type { Center } from './centers/centers.schema.ts';
export { findCenter } from './centers/centers.service.ts';
export { centersRoutes } from './centers.routes.ts';
export { loadCenterCalendar } from './opening/opening.calendar.ts';
export type { Room } from './rooms/rooms.schema.ts';
export { findRoom, listRoomIds } from './rooms/rooms.service.ts';

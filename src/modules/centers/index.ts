/** The centers module: centres, opening hours, closures, rooms. Other modules import only this file. */

export type { Center } from './centers/centers.schema.ts';
export { findCenter, toCenter } from './centers/centers.service.ts';
export { centersRoutes } from './centers.routes.ts';
export type { CenterCalendar } from './opening/opening.calendar.ts';
export { centerCalendar, loadCenterCalendar, toClosure } from './opening/opening.calendar.ts';
export type { Closure } from './opening/opening.schema.ts';
export type { Room } from './rooms/rooms.schema.ts';
export { findRoom, listRoomIds, toRoom } from './rooms/rooms.service.ts';

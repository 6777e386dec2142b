/** The centers module: centres, opening hours, closures, rooms. Other modules import only this file. */
export { centersRoutes } from './centers.routes.ts';
export {
  type Center,
  findCenter,
  findRoom,
  listRoomIds,
  loadCenterCalendar,
  type Room,
} from './centers.service.ts';

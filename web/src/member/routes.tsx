import type { RouteObject } from 'react-router';

/** The member area under /my. */
export const memberRoutes: RouteObject[] = [];

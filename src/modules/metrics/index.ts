/** Prometheus metrics of one server process. Other modules import only this file. */
export { metricsRoutes } from './metrics.routes.ts';
export { Metrics } from './metrics.service.ts';

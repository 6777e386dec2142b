/** The registry of beneficiaries. Other modules import only this file. */
export { registryRoutes } from './registry.routes.ts';
export { findBeneficiaryForService, listDistricts } from './registry.service.ts';

/** The registry of beneficiaries. Other modules import only this file. */
export { findBeneficiaryForService } from './beneficiaries/beneficiaries.service.ts';
export { listDistricts } from './districts/districts.service.ts';
export { registryRoutes } from './registry.routes.ts';

/** The registry of beneficiaries. Other modules import only this file. */
export { beneficiaryBody } from './beneficiaries/beneficiaries.schema.ts';
export { findBeneficiaryForService } from './beneficiaries/beneficiaries.service.ts';
export { normalizeInput as normalizeBeneficiary } from './beneficiaries/beneficiaries.validation.ts';
export { listDistricts } from './districts/districts.service.ts';
export { distinguishingWords, namesAlike } from './duplicates/duplicates.names.ts';
export type { MatchCandidate } from './duplicates/duplicates.repo.ts';
export { matchAgainstRegistry, type RegistryMatch } from './duplicates/duplicates.service.ts';
export { registryRoutes } from './registry.routes.ts';

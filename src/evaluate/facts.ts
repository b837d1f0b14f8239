/**
 * Organization facts live in `src/rules/common/facts.ts` (the organization pipeline reads them via
 * `ctx.organizationFacts(orgId)`); this module re-exports them for the engine's users.
 *
 * @module
 */
export { disciplineFlags, factsFromMembers, mergeFlags, NO_DISCIPLINE, subtreeCases, type DisciplineFlags, type OrganizationFacts } from '../rules/common/facts.js';

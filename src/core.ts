/**
 * xeploai/core — the engine without the built-in rule sets, for browsers and workers that ship
 * one rule set: levels, errors, the review model and its parsing, rule-set types and settings,
 * evaluation and unit checks. Pass the rule sets to use (`ruleSets`, or one `ruleSet` object).
 * What rule sets are built from (`extendRuleSet`, the shared mechanisms) is `xeploai/rules`; the
 * root `xeploai` is all of it plus the built-in rule sets.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai/core';
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2025, organizations: [], members: [] }, { ruleSets: [qd366] });
 * result.ruleSet.id; // 'qd366-2025'
 * ```
 *
 * @module xeploai/core
 */
export * from './levels.js';
export * from './errors.js';
export * from './model/index.js';
export * from './review/index.js';
export * from './rules/types.js';
export * from './rules/settings.js';
export { BUILT_IN_RULE_SET_IDS, ruleSetById, ruleSetForYear } from './rules/lookup.js';
export * from './evaluate/index.js';
export * from './check/index.js';

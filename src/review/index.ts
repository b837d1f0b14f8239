/**
 * A review under its rule set: which rule set it is rated under (its `ruleSet`, or the one in
 * force for its `year`, looked up in `options.ruleSets`), the checks of the review against that
 * rule set (periods, criteria, settings, quota decisions, `data` schemas, the rule set's years),
 * and `parseReview`, made of the model's document parse and those checks. `evaluateReview` and
 * the NDJSON stream take the rule set from here, so it is chosen in one place.
 *
 * Imports point down only, and `npm run lint:cycles` fails on any loop:
 * `levels`, `errors` → `model` (shapes and document-internal checks; no rule set) → `rules`
 * (rule sets as data, shared mechanisms) → `check` (unit checks) → `review` (this module) →
 * `evaluate` → `stream` → `report`, `render` → `cli`.
 *
 * @module
 */
export { parseReview, safeParseReview, parseReviewJson, safeParseReviewJson, type ParseReviewOptions } from './parse.js';
export { ruleSetYearsCheck } from './years.js';

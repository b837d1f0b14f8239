/**
 * xeploai — kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên, as typed,
 * cited, tested rules. The public API re-exports only; the CLI lives in `xeploai` (bin).
 * Comparing rule sets, periods, roll-ups, programmes and score sheets are subpaths
 * (`xeploai/compare`, `xeploai/period`, `xeploai/report`, `xeploai/programme`, `xeploai/score`).
 * This entry is `xeploai/core` plus the built-in rule sets: its parse and evaluate functions
 * look a review's rule set up among them unless given `ruleSets`.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * result.ruleSet.id; // 'qd124-2023'
 * ```
 *
 * @module xeploai
 */
export * from './core.js';
export * from './rules/index.js';
export * from './rules/registry.js';
// The parse and evaluate functions of the core with the built-in rule sets as default (these
// names shadow the core's in `export *` above).
export {
  parseReview,
  safeParseReview,
  parseReviewJson,
  safeParseReviewJson,
  evaluateReview,
  safeEvaluateReview,
  parseAndEvaluateReview,
  checkReview,
} from './builtIn.js';

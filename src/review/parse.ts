/**
 * Parsing a review file: the model's document parse (schemas, checks across the document) with
 * the checks against the review's rule set, resolved from `options.ruleSets` (the root entry's
 * functions, `builtIn.ts`, default those to the built-in ones), and one error listing every
 * problem in document order.
 *
 * @module
 */
import { describeValue, XeploaiError, type SafeResult } from '../errors.js';
import { errorText } from '../model/guard.js';
import { parseJsonText } from '../model/json.js';
import { safeParseReviewDocument } from '../model/parse.js';
import type { ReviewFile } from '../model/types.js';
import type { RuleSet } from '../rules/types.js';
import { checkReviewDraft } from './checks.js';

/**
 * Options of `parseReview`: the rule sets a review's `ruleSet` id or `year` is looked up in
 * (`ruleSets`: the built-in ones by default from `xeploai`, none from `xeploai/core`), and a
 * rule set (or an id in `ruleSets`) to check criteria, periods and settings against instead of
 * the review's `ruleSet` or the one in force for its `year`.
 *
 * @example
 * ```ts
 * import { parseReview, type ParseReviewOptions } from 'xeploai';
 * const options: ParseReviewOptions = { ruleSet: 'qd124-2023' };
 * parseReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }, options);
 * ```
 */
export interface ParseReviewOptions {
  /** The rule set to check criteria, periods and settings against instead of the review's: an id in `ruleSets` or a `RuleSet` object. */
  readonly ruleSet?: RuleSet | string;
  /** The rule sets a review's `ruleSet` id or `year` is looked up in (from `xeploai`: the built-in ones by default; from `xeploai/core`: none). */
  readonly ruleSets?: readonly RuleSet[];
}

/**
 * A review parsed and the rule set it is rated under, chosen once (`resolveRuleSet`).
 *
 * @internal
 * @example
 * ```ts
 * declare const resolved: ResolvedReview;
 * resolved.ruleSet.id; // the rule set of resolved.review
 * ```
 */
export interface ResolvedReview {
  readonly review: ReviewFile;
  readonly ruleSet: RuleSet;
}

/**
 * Like `safeParseReview`, and also returns the rule set the review was checked against: the one
 * `evaluateReview` and the NDJSON stream rate it under, so it is resolved once.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const r = safeParseResolvedReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }, { ruleSets: [qd124] });
 * if (r.success) r.data.ruleSet.id; // 'qd124-2023'
 * ```
 */
export function safeParseResolvedReview(input: unknown, options: ParseReviewOptions = {}): SafeResult<ResolvedReview> {
  let ruleSet: RuleSet | undefined;
  const result = safeParseReviewDocument(input, (draft, out) => {
    ruleSet = checkReviewDraft(draft, options.ruleSet, options.ruleSets ?? [], out);
  });
  if (!result.success) return result;
  // A valid review has a rule set (else it has an issue saying why); this is only a guard.
  if (ruleSet === undefined) return { success: false, issues: [{ path: 'ruleSet', code: 'unknown-rule-set', message: 'no rule set for this review' }] };
  return { success: true, data: { review: result.data, ruleSet } };
}

/**
 * Validates a review file and returns it normalised (NFC, trimmed), or the issues; never throws,
 * whatever the input (proxies, throwing getters, BigInts, cycles). The review's rule set is
 * looked up in `options.ruleSets` (from `xeploai`: the built-in ones by default).
 *
 * @example
 * ```ts
 * import { safeParseReview } from 'xeploai/core';
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * const review = { format: 'xeploai/review@1', year: 2025, organizations: [], members: [] };
 * safeParseReview(review, { ruleSets: [qd366] }).success; // true
 * const r = safeParseReview(review);
 * if (!r.success) r.issues[0]; // { path: 'options.ruleSets', code: 'no-rule-set', message: "expected the rule sets to use in options.ruleSets (xeploai/core has none built in), got none; pass ruleSets: [qd366] with import { qd366 } from 'xeploai/rules/qd366-2025'" }
 * ```
 */
export function safeParseReview(input: unknown, options: ParseReviewOptions = {}): SafeResult<ReviewFile> {
  const result = safeParseResolvedReview(input, options);
  return result.success ? { success: true, data: result.data.review } : result;
}

/**
 * Validates a review file and returns it normalised (NFC, trimmed; no defaults filled in), or
 * throws one `XeploaiError` listing every problem in document order. The review's rule set is
 * looked up in `options.ruleSets` (from `xeploai`: the built-in ones by default).
 *
 * @example
 * ```ts
 * import { parseReview } from 'xeploai/core';
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const review = parseReview({
 *   format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02' }],
 * }, { ruleSets: [qd124] });
 * review.members[0]?.name; // 'Nguyễn Văn An'
 * ```
 */
export function parseReview(input: unknown, options: ParseReviewOptions = {}): ReviewFile {
  const result = safeParseReview(input, options);
  if (!result.success) throw new XeploaiError(result.issues);
  return result.data;
}

/**
 * Parses JSON text and validates it as a review file; never throws. Empty, truncated or invalid
 * JSON gives one issue at path `''` with code `invalid-json` and the line and column.
 *
 * @example
 * ```ts
 * import { safeParseReviewJson } from 'xeploai/core';
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const r = safeParseReviewJson('{"format": "xeploai/review@1", "year": 2024', { ruleSets: [qd124] });
 * if (!r.success) r.issues[0]?.code; // 'invalid-json'
 * ```
 */
export function safeParseReviewJson(text: string, options: ParseReviewOptions = {}): SafeResult<ReviewFile> {
  try {
    if (typeof text !== 'string') {
      return { success: false, issues: [{ path: '', code: 'invalid-type', message: `expected JSON text, got ${describeValue(text)}` }] };
    }
    const parsed = parseJsonText(text);
    return parsed.success ? safeParseReview(parsed.value, options) : { success: false, issues: [parsed.issue] };
  } catch (error) {
    return { success: false, issues: [{ path: '', code: 'invalid-json', message: `expected JSON text, got text that failed to parse (${errorText(error)})` }] };
  }
}

/**
 * Parses JSON text and validates it as a review file, or throws one `XeploaiError` listing every problem.
 *
 * @example
 * ```ts
 * import { parseReviewJson } from 'xeploai/core';
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const review = parseReviewJson('{"format": "xeploai/review@1", "year": 2024, "organizations": [], "members": []}', { ruleSets: [qd124] });
 * review.year; // 2024
 * ```
 */
export function parseReviewJson(text: string, options: ParseReviewOptions = {}): ReviewFile {
  const result = safeParseReviewJson(text, options);
  if (!result.success) throw new XeploaiError(result.issues);
  return result.data;
}

/**
 * The root entry's parse, evaluate and check functions: those of `xeploai/core`, meaning the
 * same, with `ruleSets` defaulting to the built-in rule sets (QĐ 132, QĐ 124, QĐ 366), so
 * `evaluateReview(review)` picks the rule set in force for the review's year. Passing `ruleSets`
 * replaces the built-in ones. (Not to be confused with `score/qd366Sheets.ts`, the built-in
 * score sheets.)
 *
 * @module
 */
import type { SafeResult } from './errors.js';
import * as evaluate from './evaluate/evaluate.js';
import * as check from './evaluate/checkReview.js';
import * as parse from './review/parse.js';
import type { ReviewFile } from './model/types.js';
import type { ReviewInput } from './model/input.js';
import { listRuleSets } from './rules/registry.js';
import type { ReviewResult, RuleSet } from './rules/types.js';

type EvaluateOptions = evaluate.EvaluateOptions;
type ParseReviewOptions = parse.ParseReviewOptions;

function withBuiltIns<O extends { readonly ruleSets?: readonly RuleSet[] }>(options: O): O {
  return options.ruleSets === undefined ? { ...options, ruleSets: listRuleSets() } : options;
}

/**
 * Validates a review file and returns it normalised (NFC, trimmed), or the issues; never throws,
 * whatever the input (proxies, throwing getters, BigInts, cycles). The rule set is the review's
 * `ruleSet` or the built-in one in force for its `year`.
 *
 * @example
 * ```ts
 * import { safeParseReview } from 'xeploai';
 * const r = safeParseReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [{ id: 'dv-1' }] });
 * if (!r.success) r.issues.map((i) => i.path); // ['members[0].name', 'members[0].orgId', …]
 * ```
 */
export function safeParseReview(input: unknown, options: ParseReviewOptions = {}): SafeResult<ReviewFile> {
  return parse.safeParseReview(input, withBuiltIns(options));
}

/**
 * Validates a review file and returns it normalised (NFC, trimmed; no defaults filled in), or
 * throws one `XeploaiError` listing every problem in document order. The rule set is the
 * review's `ruleSet` or the built-in one in force for its `year`.
 *
 * @example
 * ```ts
 * import { parseReview } from 'xeploai';
 * const review = parseReview({
 *   format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02' }],
 * });
 * review.members[0]?.name; // 'Nguyễn Văn An'
 * ```
 */
export function parseReview(input: unknown, options: ParseReviewOptions = {}): ReviewFile {
  return parse.parseReview(input, withBuiltIns(options));
}

/**
 * Parses JSON text and validates it as a review file (built-in rule sets by default); never
 * throws. Empty, truncated or invalid JSON gives one issue at path `''` with code
 * `invalid-json` and the line and column.
 *
 * @example
 * ```ts
 * import { safeParseReviewJson } from 'xeploai';
 * const r = safeParseReviewJson('{"format": "xeploai/review@1", "year": 2024');
 * if (!r.success) r.issues[0]?.code; // 'invalid-json'
 * ```
 */
export function safeParseReviewJson(text: string, options: ParseReviewOptions = {}): SafeResult<ReviewFile> {
  return parse.safeParseReviewJson(text, withBuiltIns(options));
}

/**
 * Parses JSON text and validates it as a review file (built-in rule sets by default), or throws
 * one `XeploaiError` listing every problem.
 *
 * @example
 * ```ts
 * import { parseReviewJson } from 'xeploai';
 * const review = parseReviewJson('{"format": "xeploai/review@1", "year": 2024, "organizations": [], "members": []}');
 * review.year; // 2024
 * ```
 */
export function parseReviewJson(text: string, options: ParseReviewOptions = {}): ReviewFile {
  return parse.parseReviewJson(text, withBuiltIns(options));
}

/**
 * Validates a review (any JSON value) and evaluates it under its `ruleSet` or the built-in rule
 * set in force for its `year`. Throws `XeploaiError` listing every input problem with its path.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * const result = evaluateReview({
 *   format: 'xeploai/review@1', year: 2024, reviewDate: '2024-12-15',
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19',
 *     criteria: { results: 'tot', politics: 'tot', ethics: 'tot' } }],
 * });
 * result.members[0]?.level; // 'HTTNV'
 * ```
 */
export function evaluateReview(input: ReviewInput, options: EvaluateOptions = {}): ReviewResult {
  return evaluate.evaluateReview(input, withBuiltIns(options));
}

/**
 * Like `evaluateReview`, and also returns the parsed review (NFC-normalised, overrides applied),
 * for the CLI, which prints names and other input fields beside the result.
 *
 * @internal
 * @example
 * ```ts
 * const { review, result } = parseAndEvaluateReview({ format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bo\u0302̣ 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }], members: [] });
 * review.organizations[0]?.name === review.organizations[0]?.name.normalize('NFC'); // true
 * result.organizations[0]?.level; // 'HTTNV'
 * ```
 */
export function parseAndEvaluateReview(input: ReviewInput, options: EvaluateOptions = {}): { readonly review: ReviewFile; readonly result: ReviewResult } {
  return evaluate.parseAndEvaluateReview(input, withBuiltIns(options));
}

/**
 * Like `evaluateReview` (built-in rule sets by default) but never throws: `{ success: true, data }`
 * or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeEvaluateReview } from 'xeploai';
 * const r = safeEvaluateReview({ format: 'xeploai/review@1' });
 * r.success; // false
 * ```
 */
export function safeEvaluateReview(input: unknown, options: EvaluateOptions = {}): SafeResult<ReviewResult> {
  return evaluate.safeEvaluateReview(input, withBuiltIns(options));
}

/**
 * Evaluates a review (built-in rule sets by default; throwing `XeploaiError` on invalid input)
 * and assesses its unit checks (the 20% quota, the civil-service share…) as `xeploai check` does.
 *
 * @example
 * ```ts
 * import { checkReview } from 'xeploai';
 * const outcome = checkReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * outcome.ok; // true
 * ```
 */
export function checkReview(input: ReviewInput, options: EvaluateOptions & { readonly strict?: boolean } = {}): check.CheckOutcome {
  return check.checkReview(input, withBuiltIns(options));
}

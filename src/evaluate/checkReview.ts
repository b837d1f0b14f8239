/**
 * `checkReview` and `assessChecks`: the unit checks of a review, and whether it passes them
 * (what `xeploai check` prints and exits with).
 *
 * @module
 */
import { suggestCorrections, type Corrections } from '../check/corrections.js';
import type { ReviewInput } from '../model/input.js';
import type { Check, Finding, ReviewResult } from '../rules/types.js';
import { evaluateReview, type EvaluateOptions } from './evaluate.js';

/**
 * A subject whose result has an `error` finding (e.g. `no-basis`): it cannot be rated.
 *
 * @example
 * ```ts
 * const e: SubjectError = { subjects: 'members', id: 'dv-0004', finding: { code: 'no-basis', severity: 'error', assumption: false, cite: { doc: '124-QĐ/TW', article: 'Điều 11' }, message: { vi: '…', en: '…' } } };
 * ```
 */
export interface SubjectError {
  readonly subjects: 'members' | 'leaders' | 'organizations';
  /** Member or organization id; for a head, the member id (and `orgId` the unit headed). */
  readonly id: string;
  readonly orgId?: string;
  readonly finding: Finding;
}

/**
 * What the checks of a result say: the failing checks (failing warnings apart unless `strict`),
 * the subjects that cannot be rated, the suggested moves, and whether the review passes.
 *
 * @example
 * ```ts
 * declare const a: CheckAssessment;
 * a.ok; // false when a check failed or a subject has an error finding
 * ```
 */
export interface CheckAssessment {
  readonly ok: boolean;
  readonly failed: readonly Check[];
  readonly warnings: readonly Check[];
  readonly errors: readonly SubjectError[];
  readonly corrections: Corrections;
}

/**
 * Assesses the checks of an evaluated review: not ok when a check of severity `error` fails (or,
 * with `strict`, any check) or when a subject has an `error` finding. For a result that did not
 * come from `checkReview` (e.g. `evaluateNdjson`'s).
 *
 * @example
 * ```ts
 * import { assessChecks, evaluateReview } from 'xeploai';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * assessChecks(result).ok; // true
 * ```
 */
export function assessChecks(result: ReviewResult, strict = false): CheckAssessment {
  const failing = result.checks.filter((c) => !c.ok);
  const failed = failing.filter((c) => strict || c.severity !== 'warning');
  const warnings = failing.filter((c) => !strict && c.severity === 'warning');
  const errors: SubjectError[] = [];
  for (const m of result.members) for (const f of m.findings) if (f.severity === 'error') errors.push({ subjects: 'members', id: m.id, finding: f });
  for (const o of result.organizations) for (const f of o.findings) if (f.severity === 'error') errors.push({ subjects: 'organizations', id: o.id, finding: f });
  for (const l of result.leaders) for (const f of l.findings) if (f.severity === 'error') errors.push({ subjects: 'leaders', id: l.memberId, orgId: l.orgId, finding: f });
  return { ok: failed.length === 0 && errors.length === 0, failed, warnings, errors, corrections: suggestCorrections(result) };
}

/**
 * `assessChecks` with the result it assessed.
 *
 * @example
 * ```ts
 * declare const outcome: CheckOutcome;
 * outcome.result.checks.length;
 * ```
 */
export interface CheckOutcome extends CheckAssessment {
  readonly result: ReviewResult;
}

/**
 * Evaluates a review (throwing `XeploaiError` on invalid input) and assesses its unit checks
 * (the 20% quota, the civil-service share…) as `xeploai check` does. The rule set is looked up
 * in `options.ruleSets` (from `xeploai`: the built-in ones by default).
 *
 * @example
 * ```ts
 * import { checkReview } from 'xeploai/core';
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const outcome = checkReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }, { ruleSets: [qd124] });
 * outcome.ok; // true
 * ```
 */
export function checkReview(input: ReviewInput, options: EvaluateOptions & { readonly strict?: boolean } = {}): CheckOutcome {
  const result = evaluateReview(input, options);
  return { ...assessChecks(result, options.strict === true), result };
}

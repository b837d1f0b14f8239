/**
 * `checkReview`: the unit checks of a review, and whether it passes them.
 *
 * @module
 */
import type { Check, Finding, ReviewResult } from '../rules/types.js';
import { evaluateReview, type EvaluateOptions } from './evaluate.js';

/**
 * The outcome of `checkReview`: every check, the failing ones, and the subjects whose
 * result has an `error` finding (no basis for a level).
 *
 * @example
 * ```ts
 * declare const outcome: CheckOutcome;
 * outcome.ok; // false when a check with severity error failed or a subject has an error finding
 * ```
 */
export interface CheckOutcome {
  readonly ok: boolean;
  readonly checks: readonly Check[];
  readonly failing: readonly Check[];
  readonly errors: readonly { readonly subjects: 'members' | 'leaders' | 'organizations'; readonly id: string; readonly finding: Finding }[];
  readonly result: ReviewResult;
}

/**
 * Evaluates a review and reports its unit checks (the 20% quota, the civil-service share…)
 * as `xeploai check` does: not ok when a check of severity `error` fails (or, with
 * `strict`, any check) or when a subject has an `error` finding.
 *
 * @example
 * ```ts
 * import { checkReview } from 'xeploai';
 * const outcome = checkReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * outcome.ok; // true
 * ```
 */
export function checkReview(input: unknown, options: EvaluateOptions & { readonly strict?: boolean } = {}): CheckOutcome {
  const result = evaluateReview(input, options);
  const failing = result.checks.filter((c) => !c.ok && (options.strict === true || c.severity !== 'warning'));
  const errors: CheckOutcome['errors'][number][] = [];
  const collect = (subjects: 'members' | 'leaders' | 'organizations', list: readonly { readonly findings: readonly Finding[] }[], idOf: (i: number) => string) => {
    list.forEach((r, i) => {
      for (const f of r.findings) if (f.severity === 'error') errors.push({ subjects, id: idOf(i), finding: f });
    });
  };
  collect('members', result.members, (i) => result.members[i]!.id);
  collect('organizations', result.organizations, (i) => result.organizations[i]!.id);
  return { ok: failing.length === 0 && errors.length === 0, checks: result.checks, failing, errors, result };
}

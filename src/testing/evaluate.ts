/**
 * Evaluating a test review under a rule set, keeping the review for the names in assertion
 * messages.
 *
 * @module
 */
import { evaluateParsedReview } from '../evaluate/evaluate.js';
import type { Grade, ReviewFile, ReviewSettings } from '../model/index.js';
import { parseReview } from '../builtIn.js';
import { getRuleSet } from '../rules/registry.js';
import type { ReviewResult, RuleSet } from '../rules/types.js';
import { isReviewBuilder, type ReviewBuilder } from './builder.js';
import { attachReview } from './expect.js';

/**
 * Validates and evaluates a review (a builder, or any review object) under `ruleSet` (an id or a
 * rule set object such as one made by `extendRuleSet`), with optional setting overrides. The
 * result remembers its review, so assertion messages name people and units.
 *
 * @example
 * ```ts
 * import { evaluateWith, review } from 'xeploai/testing';
 * const result = evaluateWith('qd124-2023', review(2024).member({ proposedLevel: 'HTTNV' }));
 * result.members[0]?.level; // 'HTTNV'
 * ```
 */
export function evaluateWith(ruleSet: RuleSet | string, input: ReviewBuilder | unknown, settings?: ReviewSettings): ReviewResult {
  const rules = typeof ruleSet === 'string' ? getRuleSet(ruleSet) : ruleSet;
  let raw: unknown = isReviewBuilder(input) ? input.raw() : input;
  if (settings !== undefined && typeof raw === 'object' && raw !== null) {
    const own = (raw as { settings?: ReviewSettings }).settings;
    raw = { ...raw, settings: { ...own, ...settings } };
  }
  const file: ReviewFile = parseReview(raw, { ruleSet: rules });
  return attachReview(evaluateParsedReview(file, rules), file);
}

/**
 * Criteria grades for every criterion of a rule set's catalogue (individual or collective), all
 * at `grade`, with `overrides` for some (e.g. `results`).
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { gradesFor } from 'xeploai/testing';
 * const c = gradesFor(getRuleSet('qd124-2023'), 'individual', 'tot', { results: 'xuat-sac' });
 * c.results; // 'xuat-sac'
 * c['politics']; // 'tot'
 * ```
 */
export function gradesFor(
  ruleSet: RuleSet,
  subjects: 'individual' | 'collective',
  grade: Grade,
  overrides: Readonly<Record<string, Grade>> = {},
): { readonly results: Grade } & Readonly<Record<string, Grade>> {
  const out: Record<string, Grade> = { results: grade };
  for (const c of ruleSet.criteria[subjects]) out[c.id] = grade;
  return { ...out, ...overrides } as { readonly results: Grade } & Readonly<Record<string, Grade>>;
}

/**
 * Test helpers for the unit checks: an evaluation context and check parameters (records and
 * results come from `xeploai/testing`). Not part of the public API.
 *
 * @internal
 * @module
 */
import { buildContext } from '../evaluate/context.js';
import type { ReviewFile } from '../model/index.js';
import type { EffectiveSettings, EvaluationContext } from '../rules/types.js';
import type { ProposedLevels } from './openDecisions.js';
import type { CheckResults, CivilServiceEntry } from './inputs.js';
import type { UnitCheckParams } from './types.js';

/**
 * An evaluation context over a review (empty result maps), built by the engine's `buildContext`
 * with the review's settings and the overrides given.
 *
 * @example
 * ```ts
 * import { makeContext } from './testUtil.js';
 * makeContext({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).year; // 2024
 * ```
 */
export function makeContext(review: ReviewFile, settings: EffectiveSettings = {}): TestContext {
  const engine = buildContext(review, { ...review.settings, ...settings } as EffectiveSettings);
  const civilService = review.members.flatMap((m) => (m.civilService === undefined ? [] : [{ orgId: m.orgId, level: m.civilService.level }]));
  return { ...engine.ctx, members: engine.memberById, organizations: engine.ctx.organizationById, civilService };
}

/** A check context that also holds the review's records (`ProposedLevels`) and CBCCVC ratings. */
export interface TestContext extends EvaluationContext, ProposedLevels {
  readonly civilService: readonly CivilServiceEntry[];
}

/** The results with the review's CBCCVC ratings, as `evaluateReview` gives them to the checks. @example `withCivil(results, ctx)` */
export function withCivil(results: CheckResults, ctx: TestContext): CheckResults {
  return { ...results, civilService: ctx.civilService };
}

/** Check parameters for tests (the qd124 figures, maxPercent configurable). @example `testParams(25).quota.maxPercent // 25` */
export function testParams(maxPercent = 20): UnitCheckParams {
  const rule = (assumption: boolean) => ({ cite: { doc: 'TEST', article: 'Điều 1' }, assumption, message: { vi: 'kiểm tra', en: 'test' } });
  return { quota: { members: rule(false), organizations: rule(true), leaders: rule(true), maxPercent } };
}

// src/cli/commands/check.test.ts still imports memberResult from here; it moves with the CLI's
// tests (issue 17), then this line goes.
export { memberResult } from '../testing/results.js';

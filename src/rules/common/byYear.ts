/**
 * Parameters that change with the review year inside one rule set (QĐ 132: HD 16-HD/BTCTW for
 * 2018, HD 21-HD/BTCTW from 2019), and a rule set's parameters as one object that apps and
 * `diffRuleSets` can read.
 *
 * @module
 */
import type { EvaluationContext, ParamsByYear, RuleSet, YearParams } from '../types.js';
import type { LeaderParams, MemberParams, OrganizationParams } from './params.js';

// The shapes live in rules/base.ts (the unit check params of a `RuleSet` use them); exported here too, as before.
export type { ParamsByYear, YearParams } from '../base.js';

/**
 * The variant in force for `year`: the one with the greatest `fromYear ≤ year`, else the oldest
 * (a year before the first variant is rated under the first, as for a rule set named explicitly
 * outside its years). Throws on an empty table.
 *
 * @example
 * ```ts
 * import { paramsForYear } from 'xeploai/rules';
 * const table = [{ fromYear: 2018, params: 'HD 16' }, { fromYear: 2019, params: 'HD 21' }];
 * paramsForYear(table, 2018); // 'HD 16'
 * paramsForYear(table, 2022); // 'HD 21'
 * ```
 */
export function paramsForYear<P>(variants: ParamsByYear<P>, year: number): P {
  return variantForYear(variants, year).params;
}

/**
 * Like `paramsForYear`, but returns the whole variant (with its `fromYear`).
 *
 * @example
 * ```ts
 * import { variantForYear } from 'xeploai/rules';
 * variantForYear([{ fromYear: 2018, params: 1 }, { fromYear: 2019, params: 2 }], 2020).fromYear; // 2019
 * ```
 */
export function variantForYear<P>(variants: ParamsByYear<P>, year: number): YearParams<P> {
  let oldest: YearParams<P> | undefined;
  let inForce: YearParams<P> | undefined;
  for (const v of variants) {
    if (oldest === undefined || v.fromYear < oldest.fromYear) oldest = v;
    if (v.fromYear <= year && (inForce === undefined || v.fromYear > inForce.fromYear)) inForce = v;
  }
  const chosen = inForce ?? oldest;
  if (chosen === undefined) throw new RangeError('variantForYear: no parameter variants');
  return chosen;
}

/**
 * Builds one evaluator per variant and dispatches on `ctx.year`, so a rule set whose parameters
 * change with the year is still one evaluator built from data. `extra` is the fourth argument of
 * an evaluator that takes one (a leader's `RatedMember`); members and organizations have none.
 *
 * @example
 * ```ts
 * import { byYear, memberEvaluator } from 'xeploai/rules';
 * import { qd132MemberParams, qd132MemberParams2018 } from 'xeploai/rules/qd132-2018';
 * const evaluateMember = byYear([{ fromYear: 2018, params: qd132MemberParams2018 }, { fromYear: 2019, params: qd132MemberParams }], (p) => memberEvaluator(p));
 * typeof evaluateMember; // 'function'
 * ```
 */
export function byYear<P, S, R, X = void>(
  variants: ParamsByYear<P>,
  build: (params: P) => (subject: S, index: number, ctx: EvaluationContext, extra: X) => R,
): (subject: S, index: number, ctx: EvaluationContext, extra: X) => R {
  const built: ParamsByYear<(subject: S, index: number, ctx: EvaluationContext, extra: X) => R> = variants.map((v) => ({ fromYear: v.fromYear, params: build(v.params) }));
  if (built.length === 1) return built[0]!.params;
  // `extra` (a leader's rated member) passed on as is: no rest array per call on the member path
  return (subject, index, ctx, extra) => paramsForYear(built, ctx.year)(subject, index, ctx, extra);
}

/**
 * All the cited parameters of a rule set's member, organization and leader pipelines.
 *
 * @example
 * ```ts
 * import { qd132Params } from 'xeploai/rules/qd132-2018';
 * const p: RuleSetParams = qd132Params[1]!.params;
 * p.member.discipline.selfDetectedException; // false
 * ```
 */
export interface RuleSetParams {
  readonly member: MemberParams;
  readonly organization: OrganizationParams;
  readonly leader: LeaderParams;
}

/**
 * A rule set that also exposes its parameters (`params`), as one object or by review year, so
 * the difference between two rule sets can be read as a difference of their data.
 *
 * @example
 * ```ts
 * import { qd132 } from 'xeploai/rules/qd132-2018';
 * const rs: RuleSetWithParams = qd132;
 * ```
 */
export interface RuleSetWithParams extends RuleSet {
  readonly params: RuleSetParams | ParamsByYear<RuleSetParams>;
}

/**
 * The parameters a rule set object exposes for `year` (default: the last year it applies to,
 * else its first), or `undefined` when it exposes none.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { ruleSetParams } from 'xeploai/rules';
 * ruleSetParams(getRuleSet('qd132-2018'), 2018)?.member.suspended; // undefined (HD 16 did not exclude suspended members)
 * ```
 */
export function ruleSetParams(ruleSet: RuleSet, year?: number): RuleSetParams | undefined {
  const params = (ruleSet as Partial<RuleSetWithParams>).params;
  if (params === undefined) return undefined;
  if (!Array.isArray(params)) return params as RuleSetParams;
  const table = params as ParamsByYear<RuleSetParams>;
  if (table.length === 0) return undefined;
  return paramsForYear(table, year ?? ruleSet.appliesTo.toYear ?? ruleSet.appliesTo.fromYear);
}

/**
 * Whether a rule set applies to a review year (`appliesTo`, both ends inclusive).
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { appliesToYear } from 'xeploai/rules';
 * appliesToYear(getRuleSet('qd132-2018'), 2023); // false
 * ```
 */
export function appliesToYear(ruleSet: Pick<RuleSet, 'appliesTo'>, year: number): boolean {
  return year >= ruleSet.appliesTo.fromYear && (ruleSet.appliesTo.toYear === undefined || year <= ruleSet.appliesTo.toYear);
}

/**
 * Choosing between prebuilt evaluators by a boolean setting, so that a rule set whose data
 * depends on a setting (e.g. `inherit124Rules`) builds each variant once, at load time. No rule
 * of its own: each variant's findings carry their article (cite) from the rule set's data.
 *
 * @module
 */
import type { EvaluationContext, SettingName, Settings } from '../types.js';

/**
 * The names of the settings whose values are booleans.
 *
 * @example
 * ```ts
 * import type { BooleanSettingName } from 'xeploai';
 * const n: BooleanSettingName = 'inherit124Rules';
 * ```
 */
export type BooleanSettingName = { [N in SettingName]: Settings[N] extends boolean ? N : never }[SettingName];

/**
 * A subject evaluator: the shape of `RuleSet.evaluateMember`, `evaluateOrganization` and `evaluateLeader`.
 *
 * @example
 * ```ts
 * import type { SubjectEvaluator } from 'xeploai';
 * import type { Member, MemberResult } from 'xeploai';
 * type F = SubjectEvaluator<Member, MemberResult>;
 * ```
 */
export type SubjectEvaluator<S, R> = (subject: S, index: number, ctx: EvaluationContext) => R;

/**
 * An evaluator that runs `whenTrue` or `whenFalse` by the value of a boolean setting in the
 * evaluation context (`defaultValue` when the rule set does not carry the setting). Both
 * variants are built by the caller beforehand; choosing costs one property read per subject.
 *
 * @example
 * ```ts
 * import { evaluatorByFlag } from 'xeploai';
 * const pick = evaluatorByFlag('inherit124Rules', () => 'with 124', () => 'without 124', true);
 * pick(null, 0, { settings: { inherit124Rules: false } } as never); // 'without 124'
 * pick(null, 0, { settings: {} } as never); // 'with 124'
 * ```
 */
export function evaluatorByFlag<S, R>(
  setting: BooleanSettingName,
  whenTrue: SubjectEvaluator<S, R>,
  whenFalse: SubjectEvaluator<S, R>,
  defaultValue: boolean,
): SubjectEvaluator<S, R> {
  return (subject, index, ctx) => ((ctx.settings[setting] ?? defaultValue) ? whenTrue : whenFalse)(subject, index, ctx);
}

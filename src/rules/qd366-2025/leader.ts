/**
 * Heads under QĐ 366: the shared leader pipeline applies the conditions on the unit led
 * (1.2; khoản 2, 3) one level at a time, which is `over90FailingConditions: 'highest-lower'`.
 * This wrapper adds the flagged fallback finding, and with `'residual-khtnv'` reads the bands
 * literally: a failed condition on the unit led leaves no level but KHTNV.
 *
 * @module
 */
import type { Member } from '../../model/index.js';
import { makeFinding } from '../common/findings.js';
import type { SubjectEvaluator } from '../common/variants.js';
import type { LeaderResult } from '../types.js';
import { qd366Texts } from './params.js';

/**
 * Wraps a leader evaluator with the `over90FailingConditions` fallback for the unit-led conditions.
 *
 * @example
 * ```ts
 * import { leaderWithBandFallback } from 'xeploai/rules/qd366-2025';
 * const cap = { code: 'unit-condition', severity: 'cap', cap: 'HTTNV', cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.2' }, assumption: false, message: { vi: '', en: '' } } as const;
 * const evaluate = leaderWithBandFallback(() => ({ memberId: 'a', orgId: 'x', rated: true, level: 'HTTNV', findings: [cap] }));
 * const ctx = { settings: { over90FailingConditions: 'residual-khtnv' }, memberIndex: new Map([['a', 0]]) };
 * evaluate({ id: 'a' } as never, 0, ctx as never).level; // 'KHTNV'
 * ```
 */
export function leaderWithBandFallback(evaluate: SubjectEvaluator<Member, LeaderResult>): SubjectEvaluator<Member, LeaderResult> {
  return (member, postIndex, ctx) => {
    const result = evaluate(member, postIndex, ctx);
    if (!result.rated || result.level === null || !result.findings.some((f) => f.code === 'unit-condition')) return result;
    const mode = ctx.settings.over90FailingConditions ?? 'highest-lower';
    const level = mode === 'residual-khtnv' ? 'KHTNV' : result.level;
    const finding = makeFinding('band-conditions-not-met', 'cap', qd366Texts.bandConditionsNotMet, {
      cap: level,
      assumption: true,
      path: `members[${ctx.memberIndex.get(member.id) ?? -1}].posts[${postIndex}]`,
      detail: { vi: `điều kiện về đơn vị do mình lãnh đạo → ${level}; over90FailingConditions = '${mode}'`, en: `conditions on the unit led → ${level}; over90FailingConditions = '${mode}'` },
    });
    return { ...result, level, findings: [...result.findings, finding] };
  };
}

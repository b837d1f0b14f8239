/**
 * Which self-review form each subject uses (HD 43): Mẫu 01 for a collective, 2A / 2B / 2C for
 * individuals. The result format has no field for it, so it is an `info` finding `review-form`.
 *
 * @module
 */
import type { Member } from '../../model/index.js';
import { makeFinding } from '../common/findings.js';
import type { SubjectEvaluator } from '../common/variants.js';
import type { Finding, RuleText } from '../types.js';
import { qd366ReviewForms } from './params.js';

/**
 * The form of a member's self-review: 2C when not working in the political system, else 2B
 * with a leadership post, else 2A.
 *
 * @example
 * ```ts
 * import { memberReviewForm } from 'xeploai/rules/qd366-2025';
 * memberReviewForm({ id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', workInPoliticalSystem: false }).cite.article; // 'Mẫu 2C'
 * ```
 */
export function memberReviewForm(member: Member): RuleText {
  if (member.workInPoliticalSystem === false) return qd366ReviewForms.outsideSystem;
  return member.posts !== undefined && member.posts.length > 0 ? qd366ReviewForms.leader : qd366ReviewForms.nonLeader;
}

/**
 * Wraps an evaluator so that every reviewed subject's result ends with a `review-form` info
 * finding; subjects outside the review (a `not-rated` finding) get none.
 *
 * @example
 * ```ts
 * import { withReviewForm, qd366ReviewForms } from 'xeploai/rules/qd366-2025';
 * const evaluate = withReviewForm(() => ({ rated: true, findings: [] }), () => qd366ReviewForms.collective, (i) => `organizations[${i}]`);
 * evaluate({}, 0, {} as never).findings[0]?.code; // 'review-form'
 * ```
 */
export function withReviewForm<S, R extends { readonly findings: readonly Finding[] }>(
  evaluate: SubjectEvaluator<S, R>,
  formOf: (subject: S) => RuleText,
  pathOf: (index: number) => string,
): SubjectEvaluator<S, R> {
  return (subject, index, ctx) => {
    const result = evaluate(subject, index, ctx);
    if (result.findings.some((f) => f.severity === 'not-rated')) return result;
    return { ...result, findings: [...result.findings, makeFinding('review-form', 'info', formOf(subject), { path: pathOf(index) })] };
  };
}

/**
 * Rating one subject at a time, for apps that hold their own data and want one answer.
 *
 * @module
 */
import type { Member, Organization } from '../model/index.js';
import type { EvaluationContext, LeaderResult, MemberResult, OrganizationResult, RuleSet } from '../rules/types.js';

/**
 * Rates one member under a rule set, in a context built by `buildContext`.
 *
 * @internal
 * @example
 * ```ts
 * import { defaultSettings, getRuleSet, parseReview } from 'xeploai';
 * import { buildContext } from './context.js';
 * const review = parseReview({ format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'a', name: 'Vũ Thị Lan', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2001-01-01', proposedLevel: 'HTNV' }] });
 * const rs = getRuleSet('qd124-2023');
 * evaluateMember(rs, review.members[0]!, buildContext(review, rs, defaultSettings(rs))).level; // 'HTNV'
 * ```
 */
export function evaluateMember(ruleSet: RuleSet, member: Member, ctx: EvaluationContext): MemberResult {
  return ruleSet.evaluateMember(member, ctx.memberIndex.get(member.id) ?? 0, ctx);
}

/**
 * Rates one organization; rate its members and subordinate organizations first and put
 * their results into the context's maps (as `evaluateReview` does).
 *
 * @internal
 * @example
 * ```ts
 * import { defaultSettings, getRuleSet, parseReview } from 'xeploai';
 * import { buildContext } from './context.js';
 * const review = parseReview({ format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so', criteria: { results: 'tot', building: 'tot' } }], members: [] });
 * const rs = getRuleSet('qd124-2023');
 * evaluateOrganization(rs, review.organizations[0]!, buildContext(review, rs, defaultSettings(rs))).level; // 'HTTNV'
 * ```
 */
export function evaluateOrganization(ruleSet: RuleSet, org: Organization, ctx: EvaluationContext): OrganizationResult {
  return ruleSet.evaluateOrganization(org, ctx.organizationIndex.get(org.id) ?? 0, ctx);
}

/**
 * Rates a head for one post (`member.posts[postIndex]`, with `head: true`); the member and the
 * unit must already be rated in the context.
 *
 * @internal
 * @example
 * ```ts
 * // evaluateLeader(rs, member, 0, ctx).findings.some((f) => f.code === 'head-above-unit')
 * ```
 */
export function evaluateLeader(ruleSet: RuleSet, member: Member, postIndex: number, ctx: EvaluationContext): LeaderResult {
  return ruleSet.evaluateLeader(member, postIndex, ctx);
}

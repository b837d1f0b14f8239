/**
 * The leader pipeline: a head starts from his or her member result, then the conditions on
 * the unit led lower it (rated after the unit: QĐ 124 Điều 11).
 *
 * @module
 */
import { isAbove, isAtLeast, levelBelow } from '../../levels.js';
import type { Member } from '../../model/index.js';
import type { EvaluationContext, LeaderResult, MemberResult, RatedMember } from '../types.js';
import { LevelAccumulator } from './findings.js';
import type { LeaderParams } from './params.js';
import { describeTasks, meetsTaskCondition, missingTaskField, reportMissingTaskField } from './tasks.js';
import { applyTaskShortfall } from './cases.js';
import { rateIndividual, type IndividualRules } from './member.js';

function subordinatesAtLeast(ctx: EvaluationContext, orgId: string, level: NonNullable<LeaderParams['unitConditions'][number]['subordinatesAtLeast']>): boolean {
  for (const c of ctx.childrenOf.get(orgId) ?? []) {
    const r = ctx.organizationResults.get(c.id);
    if (r !== undefined && r.level !== null && !isAtLeast(r.level, level)) return false;
  }
  return true;
}

function applyHeadCap(acc: LevelAccumulator, member: Member, index: number, postIndex: number, ctx: EvaluationContext, params: LeaderParams): void {
  const post = member.posts![postIndex]!;
  const mode = ctx.settings.headCap ?? 'off';
  // «người đứng đầu»: deputies are not compared with the unit.
  if (mode === 'off' || (params.posts === 'post-holders' && post.head !== true)) return;
  const path = `members[${index}].posts[${postIndex}]`;
  const unitPath = `organizations[${ctx.organizationIndex.get(post.orgId) ?? -1}]`;
  const unitResult = ctx.organizationResults.get(post.orgId);
  if (unitResult === undefined || unitResult.level === null) {
    acc.note('unit-not-rated', 'info', params.unitNotRated, { path: unitPath });
  } else if (isAbove(acc.level, unitResult.level)) {
    const detail = { vi: `đơn vị: ${unitResult.level}`, en: `unit: ${unitResult.level}` };
    if (mode === 'cap') acc.cap(unitResult.level, 'head-above-unit', params.headAboveUnit, { path, detail });
    else acc.note('head-above-unit', 'warning', params.headAboveUnit, { path, detail });
  }
}

function leaderResult(member: Member, postIndex: number, own: MemberResult, acc: LevelAccumulator): LeaderResult {
  const post = member.posts![postIndex]!;
  const result: { -readonly [K in keyof LeaderResult]: LeaderResult[K] } = { memberId: member.id, orgId: post.orgId, head: post.head === true, rated: true, level: acc.level, findings: acc.findings };
  if (own.basis !== undefined) result.basis = own.basis;
  if (own.score !== undefined) result.score = own.score;
  return result;
}

/**
 * Builds a rule set's `evaluateLeader` from its cited data. With `posts: 'heads'` (QĐ 132, 124) a
 * head starts from the member result and the conditions on the unit led lower it; with
 * `posts: 'post-holders'` (QĐ 366) each post is rated like the member's entry, as a leader on
 * that post (`rateIndividual`), which needs the member data in `individual`.
 *
 * @example
 * ```ts
 * // export const evaluateLeader = leaderEvaluator(leaderParams, { member: memberParams, leader: leaderParams });
 * ```
 */
export function leaderEvaluator(params: LeaderParams, individual?: IndividualRules): (member: Member, postIndex: number, ctx: EvaluationContext, rated: RatedMember) => LeaderResult {
  return (member, postIndex, ctx, rated) => {
    const post = member.posts![postIndex]!;
    if (params.posts === 'post-holders' && individual !== undefined) {
      const own = rateIndividual({ ...individual, leader: params }, member, rated.index, ctx, postIndex);
      if (own.level === null) return { memberId: member.id, orgId: post.orgId, head: post.head === true, rated: false, level: null, findings: own.findings };
      const acc = new LevelAccumulator(own.level);
      for (const f of own.findings) acc.findings.push(f);
      applyHeadCap(acc, member, rated.index, postIndex, ctx, params);
      return leaderResult(member, postIndex, own, acc);
    }
    const own = rated.result;
    if (own.level === null) {
      return { memberId: member.id, orgId: post.orgId, head: post.head === true, rated: false, level: null, findings: own.findings };
    }
    const acc = new LevelAccumulator(own.level);
    for (const f of own.findings) acc.findings.push(f);
    const unit = ctx.organizationById.get(post.orgId);
    const tasks = unit?.tasks;
    const unitPath = `organizations[${ctx.organizationIndex.get(post.orgId) ?? -1}]`;
    if (tasks === undefined) {
      if (params.unitConditions.some((c) => isAtLeast(acc.level, c.level))) {
        acc.note('unit-tasks-not-given', 'warning', params.unitTasksNotGiven, { path: `${unitPath}.tasks` });
      }
    } else {
      if (params.unitShortfall !== undefined) applyTaskShortfall(acc, tasks, params.unitShortfall, `${unitPath}.tasks`);
      for (const c of params.unitConditions) {
        if (!isAtLeast(acc.level, c.level)) continue;
        const missing = tasks.assigned === 0 ? undefined : missingTaskField(tasks, c);
        if (missing !== undefined) reportMissingTaskField(acc, missing, c.level, params.unitTasksNotGiven, ctx.settings.requireTaskData === true, `${unitPath}.tasks`);
        const ok = (tasks.assigned === 0 || meetsTaskCondition(tasks, c)) && (c.subordinatesAtLeast === undefined || subordinatesAtLeast(ctx, post.orgId, c.subordinatesAtLeast));
        if (!ok) acc.cap(levelBelow(c.level) ?? 'KHTNV', 'unit-condition', c.rule, { path: `${unitPath}.tasks`, detail: describeTasks(tasks) });
      }
    }
    applyHeadCap(acc, member, rated.index, postIndex, ctx, params);
    return leaderResult(member, postIndex, own, acc);
  };
}

/**
 * The leader pipeline: a head starts from his or her member result, then the conditions on
 * the unit led lower it (rated after the unit: QĐ 124 Điều 11).
 *
 * @module
 */
import { isAbove, isAtLeast, levelBelow } from '../../levels.js';
import type { Member } from '../../model/index.js';
import type { EvaluationContext, LeaderResult } from '../types.js';
import { LevelAccumulator } from './findings.js';
import type { LeaderParams } from './params.js';
import { describeTasks, meetsTaskCondition } from './tasks.js';

function subordinatesAtLeast(ctx: EvaluationContext, orgId: string, level: NonNullable<LeaderParams['unitConditions'][number]['subordinatesAtLeast']>): boolean {
  for (const c of ctx.childrenOf.get(orgId) ?? []) {
    const r = ctx.organizationResults.get(c.id);
    if (r !== undefined && r.level !== null && !isAtLeast(r.level, level)) return false;
  }
  return true;
}

/**
 * Builds a rule set's `evaluateLeader` from its cited data.
 *
 * @example
 * ```ts
 * // export const evaluateLeader = leaderEvaluator(leaderParams);
 * ```
 */
export function leaderEvaluator(params: LeaderParams): (member: Member, postIndex: number, ctx: EvaluationContext) => LeaderResult {
  return (member, postIndex, ctx) => {
    const post = member.posts![postIndex]!;
    const path = `members[${ctx.memberIndex.get(member.id) ?? -1}].posts[${postIndex}]`;
    const own = ctx.memberResults.get(member.id);
    if (own === undefined || own.level === null) {
      return { memberId: member.id, orgId: post.orgId, rated: false, level: null, findings: own?.findings ?? [] };
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
      const mainMissed = params.unitBelowHalfNeedsMainTargetsMissed !== true || tasks.mainTargetsMissed === true;
      if (params.unitBelowHalf !== undefined && 2 * tasks.completed < tasks.assigned && mainMissed && tasks.forceMajeure !== true) {
        acc.cap('KHTNV', 'unit-targets-below-half', params.unitBelowHalf, { path: `${unitPath}.tasks`, detail: describeTasks(tasks) });
      }
      for (const c of params.unitConditions) {
        if (!isAtLeast(acc.level, c.level)) continue;
        const ok = (tasks.assigned === 0 || meetsTaskCondition(tasks, c)) && (c.subordinatesAtLeast === undefined || subordinatesAtLeast(ctx, post.orgId, c.subordinatesAtLeast));
        if (!ok) acc.cap(levelBelow(c.level) ?? 'KHTNV', 'unit-condition', c.rule, { path: `${unitPath}.tasks`, detail: describeTasks(tasks) });
      }
    }
    const mode = ctx.settings.headCap ?? 'off';
    if (mode !== 'off') {
      const unitResult = ctx.organizationResults.get(post.orgId);
      if (unitResult === undefined || unitResult.level === null) {
        acc.note('unit-not-rated', 'info', params.unitNotRated, { path: unitPath });
      } else if (isAbove(acc.level, unitResult.level)) {
        const detail = { vi: `đơn vị: ${unitResult.level}`, en: `unit: ${unitResult.level}` };
        if (mode === 'cap') acc.cap(unitResult.level, 'head-above-unit', params.headAboveUnit, { path, detail });
        else acc.note('head-above-unit', 'warning', params.headAboveUnit, { path, detail });
      }
    }
    const result: { -readonly [K in keyof LeaderResult]: LeaderResult[K] } = { memberId: member.id, orgId: post.orgId, rated: true, level: acc.level, findings: acc.findings };
    if (own.basis !== undefined) result.basis = own.basis;
    if (own.score !== undefined) result.score = own.score;
    return result;
  };
}

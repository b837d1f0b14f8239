/**
 * What a leader is rated on where the rule set rates post holders as leaders (366-QĐ/TW
 * Điều 11, khoản 1, tiểu mục 1.2; khoản 2–3; khoản 4 for «cá nhân giữ chức vụ lãnh đạo, quản
 * lý»): the unit or field led and its tasks, the level conditions on them, and the KHTNV cases
 * l1–l5. The thresholds and texts are the rule set's `LeaderParams`, each with its cite.
 *
 * @module
 */
import type { Member, Post, Tasks } from '../../model/index.js';
import type { EvaluationContext } from '../types.js';
import { applyTaskShortfall, requireDecision } from './cases.js';
import { subtreeCases } from './facts.js';
import type { LevelAccumulator } from './findings.js';
import type { LeaderParams } from './params.js';
import type { LevelConditions, ScoreParams } from './score.js';

/**
 * The unit or field a post leads: the post's own `tasks` when given, else the organization's
 * (`fromOrganization`: for a deputy that is a reading, flagged by the caller).
 *
 * @example
 * ```ts
 * import { unitLed } from 'xeploai/rules';
 * const ctx = { organizationIndex: new Map([['x', 2]]), organizationById: new Map([['x', { id: 'x', tasks: { assigned: 5, completed: 5 } }]]) };
 * unitLed({ id: 'a', posts: [{ orgId: 'x', title: 'Phó Bí thư' }] } as never, 0, 0, ctx as never).path; // 'organizations[2].tasks'
 * ```
 */
export function unitLed(member: Member, index: number, postIndex: number, ctx: EvaluationContext): { readonly tasks: Tasks | undefined; readonly path: string; readonly fromOrganization: boolean } {
  const post: Post = member.posts![postIndex]!;
  if (post.tasks !== undefined) return { tasks: post.tasks, path: `members[${index}].posts[${postIndex}].tasks`, fromOrganization: false };
  return { tasks: ctx.organizationById.get(post.orgId)?.tasks, path: `organizations[${ctx.organizationIndex.get(post.orgId) ?? -1}].tasks`, fromOrganization: post.head !== true };
}

const CONDITIONS = new WeakMap<ScoreParams, WeakMap<LeaderParams, readonly LevelConditions[]>>();

/**
 * The band conditions of a leader: the conditions on the unit led (`unitConditions`) in place of
 * the individual task conditions, the other conditions (shortcomings, 1.4) kept.
 *
 * @example
 * ```ts
 * import { leaderConditions } from 'xeploai/rules';
 * import { qd366LeaderParams, qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * leaderConditions(qd366MemberParams.score!, qd366LeaderParams)[0]?.tasks.completedPercent; // 100
 * ```
 */
export function leaderConditions(score: ScoreParams, leader: LeaderParams): readonly LevelConditions[] {
  let byLeader = CONDITIONS.get(score);
  if (byLeader === undefined) CONDITIONS.set(score, (byLeader = new WeakMap()));
  let out = byLeader.get(leader);
  if (out === undefined) {
    out = score.conditions.map((c) => ({ ...c, tasks: leader.unitConditions.find((u) => u.level === c.level) ?? c.tasks }));
    byLeader.set(leader, out);
  }
  return out;
}

/**
 * Applies the KHTNV cases of a leader (l1–l5 of the QĐ 366 digest) that the rule set's data has:
 * the unit's task shortfall; more than the given share of the organizations directly under the
 * unit rated KHTNV (only once they are rated); a low vote of confidence; corruption disciplined in
 * the scope led (or a decision, where the leader detected it).
 *
 * @example
 * ```ts
 * import { LevelAccumulator, applyLeaderCases } from 'xeploai/rules';
 * import { qd366LeaderParams } from 'xeploai/rules/qd366-2025';
 * const acc = new LevelAccumulator('HTTNV');
 * const m = { id: 'a', confidenceVote: { low: 13, total: 25 } };
 * applyLeaderCases(acc, m as never, 'members[0]', { orgId: 'x', title: 'Bí thư' }, { tasks: undefined, path: 'organizations[0].tasks' }, { childrenOf: new Map() } as never, { ...qd366LeaderParams, corruptionInScope: undefined } as never);
 * acc.level; // 'KHTNV'
 * ```
 */
export function applyLeaderCases(
  acc: LevelAccumulator,
  member: Member,
  path: string,
  post: Post,
  unit: { readonly tasks: Tasks | undefined; readonly path: string },
  ctx: EvaluationContext,
  leader: LeaderParams,
): void {
  if (leader.unitShortfall !== undefined) applyTaskShortfall(acc, unit.tasks, leader.unitShortfall, unit.path);
  const subs = leader.subordinatesKhtnv;
  const children = ctx.childrenOf.get(post.orgId) ?? [];
  if (subs !== undefined && children.length > 0) {
    let rated = 0;
    let khtnv = 0;
    for (const c of children) {
      const r = ctx.organizationResults.get(c.id);
      if (r === undefined) continue;
      rated++;
      if (r.level === 'KHTNV') khtnv++;
    }
    // «trên 50% tổng số»: over every organization under the unit, rated or not.
    if (rated > 0 && 100 * khtnv > subs.percent * children.length) {
      acc.cap('KHTNV', 'subordinates-khtnv', subs.rule, { path: `organizations[${ctx.organizationIndex.get(post.orgId) ?? -1}]`, detail: { vi: `${khtnv}/${children.length} đơn vị KHTNV`, en: `${khtnv}/${children.length} units KHTNV` } });
    }
  }
  const vote = member.confidenceVote;
  if (leader.lowConfidence !== undefined && vote !== undefined && 100 * vote.low > leader.lowConfidence.percent * vote.total) {
    acc.cap('KHTNV', 'low-confidence', leader.lowConfidence.rule, { path: `${path}.confidenceVote`, detail: { vi: `${vote.low}/${vote.total} phiếu tín nhiệm thấp`, en: `${vote.low}/${vote.total} low-confidence votes` } });
  }
  const corruption = leader.corruptionInScope;
  if (corruption !== undefined) {
    const flags = subtreeCases(ctx, post.orgId, true);
    const at = `organizations[${ctx.organizationIndex.get(post.orgId) ?? -1}]`;
    if (flags.corruption === true) acc.cap('KHTNV', 'corruption-in-scope', corruption.rule, { path: at });
    else if (flags.corruptionDetected === true) requireDecision(acc, corruption.decision, at, { vi: 'tham nhũng, tiêu cực trong phạm vi quản lý; đã chủ động phát hiện, xử lý', en: 'corruption in the scope led; detected and handled by the leader' });
  }
}

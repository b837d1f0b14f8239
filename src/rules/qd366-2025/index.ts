/**
 * Rule set `qd366-2025`: QĐ 366-QĐ/TW (Bộ Chính trị, 30/8/2025) with HD 43-HD/BTCTW
 * (31/10/2025), for review years 2025 on, per year, quarter or term. A 100-point score
 * (tiêu chí chung 30 + kết quả thực hiện nhiệm vụ 70) gives a band; the level is the band's
 * when its conditions of Điều 11 hold, lowered by the KHTNV cases of khoản 4. Members holding a
 * leadership post are rated as leaders on what they lead. Subpath `xeploai/rules/qd366-2025`.
 *
 * - Review years: 2025– (in force).
 * - Periods: `year`, `quarter`, `term`.
 * - Import: `import { qd366 } from 'xeploai/rules/qd366-2025'` (also in `xeploai`, and by id with `getRuleSet('qd366-2025')`).
 * - Every rule and its citation: [docs/rules-qd366-2025.md](../../../docs/rules-qd366-2025.md) (shipped in the package).
 *
 * Named settings and their defaults (each with its citation in `qd366.settings`; what they mean:
 * [docs/guides/settings.md](../../../docs/guides/settings.md)):
 * - `quotaScope`: `'tccsd'`
 * - `quotaBase`: `'httnv'`
 * - `quotaPercent`: `20`
 * - `quotaMinimumOne`: `false`
 * - `headCap`: `'warn'`
 * - `sickLeaveCap`: `false`
 * - `over90FailingConditions`: `'highest-lower'`
 * - `civilServiceCap`: `'warn'`
 * - `orgLinkageThresholds`: `false`
 * - `disciplineCountsIn`: `'decision-year'`
 * - `requireTaskData`: `false`
 *
 * @module xeploai/rules/qd366-2025
 */
import type { RuleSetWithParams } from '../common/byYear.js';
import { leaderEvaluator } from '../common/leader.js';
import { memberEvaluator } from '../common/member.js';
import { organizationEvaluator } from '../common/organization.js';
import { qd366Checks } from './checks.js';
import { qd366CollectiveCriteria, qd366IndividualCriteria } from './criteria.js';
import { qd366LeaderParams, qd366MemberParams, qd366OrganizationParams } from './params.js';
import { qd366Settings } from './settings.js';

/**
 * The QĐ 366 rule set.
 *
 * @example
 * ```ts
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * qd366.id; // 'qd366-2025'
 * qd366.periods; // ['year', 'quarter', 'term']
 * qd366.leaderPosts; // 'post-holders'
 * ```
 */
export const qd366: RuleSetWithParams = Object.freeze<RuleSetWithParams>({
  id: 'qd366-2025',
  title: 'QĐ 366-QĐ/TW (2025) và HD 43-HD/BTCTW — kiểm điểm, đánh giá, xếp loại chất lượng theo thang 100 điểm',
  documents: [
    { id: '366-QĐ/TW', title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị', issuedOn: '2025-08-30', issuer: 'Bộ Chính trị' },
    { id: '43-HD/BTCTW', title: 'Hướng dẫn một số nội dung về kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị', issuedOn: '2025-10-31', issuer: 'Ban Tổ chức Trung ương' },
    { id: '10072-CV/BTCTW', title: 'Công văn triển khai kiểm điểm, đánh giá, xếp loại chất lượng năm 2025 (mô tả; tiêu đề chưa đối chiếu)', issuedOn: '2025-11-06', issuer: 'Ban Tổ chức Trung ương' },
    { id: '198-KL/TW', title: 'Kết luận về đánh giá cán bộ hằng quý (mô tả; tiêu đề chưa đối chiếu)', issuedOn: '2025-10-08', issuer: 'Bộ Chính trị' },
  ],
  appliesTo: { fromYear: 2025 },
  periods: ['year', 'quarter', 'term'],
  settings: qd366Settings,
  criteria: { individual: qd366IndividualCriteria, collective: qd366CollectiveCriteria },
  checks: qd366Checks,
  leaderPosts: qd366LeaderParams.posts,
  params: { member: qd366MemberParams, organization: qd366OrganizationParams, leader: qd366LeaderParams },
  evaluateMember: memberEvaluator(qd366MemberParams, undefined, qd366LeaderParams),
  evaluateOrganization: organizationEvaluator(qd366OrganizationParams),
  evaluateLeader: leaderEvaluator(qd366LeaderParams, { member: qd366MemberParams }),
});

export { qd366Checks } from './checks.js';
export * from './criteria.js';
export * from './params.js';
export type { LevelConditions, ScoreBand, ScoreParams } from '../common/score.js';
export { qd366Settings } from './settings.js';

/**
 * Rule set `qd124-2023`: QĐ 124-QĐ/TW (Bộ Chính trị, 04/10/2023) with HD 25-HD/BTCTW
 * (10/11/2023), for review years 2023–2024. Subpath `xeploai/rules/qd124-2023`.
 *
 * - Review years: 2023–2024.
 * - Periods: `year`.
 * - Import: `import { qd124 } from 'xeploai/rules/qd124-2023'` (also in `xeploai`, and by id with `getRuleSet('qd124-2023')`).
 * - Every rule and its citation: [docs/rules-qd124-2023.md](../../../docs/rules-qd124-2023.md) (shipped in the package).
 *
 * Named settings and their defaults (each with its citation in `qd124.settings`; what they mean:
 * [docs/guides/settings.md](../../../docs/guides/settings.md)):
 * - `quotaScope`: `'tccsd'`
 * - `quotaBase`: `'httnv'`
 * - `quotaPercent`: `20`
 * - `quotaMinimumOne`: `false`
 * - `headCap`: `'warn'`
 * - `collectiveHtnvRequiresNoDiscipline`: `false`
 * - `subordinateDisciplineKhtnv`: `false`
 * - `sickLeaveCap`: `true`
 * - `civilServiceCap`: `'warn'`
 * - `orgLinkageThresholds`: `false`
 * - `disciplineCountsIn`: `'violation-year'`
 * - `requireTaskData`: `false`
 *
 * @module xeploai/rules/qd124-2023
 */
import { leaderEvaluator } from '../common/leader.js';
import { memberEvaluator } from '../common/member.js';
import { organizationEvaluator } from '../common/organization.js';
import type { RuleSetWithParams } from '../common/byYear.js';
import { qd124Checks } from './checks.js';
import { qd124CollectiveCriteria, qd124IndividualCriteria } from './criteria.js';
import { qd124LeaderParams, qd124MemberParams, qd124OrganizationParams } from './params.js';
import { qd124Settings } from './settings.js';

/**
 * The QĐ 124 rule set.
 *
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * qd124.id; // 'qd124-2023'
 * qd124.appliesTo; // { fromYear: 2023, toYear: 2024 }
 * ```
 */
export const qd124: RuleSetWithParams = Object.freeze<RuleSetWithParams>({
  id: 'qd124-2023',
  title: 'QĐ 124-QĐ/TW (2023) và HD 25-HD/BTCTW — kiểm điểm, đánh giá, xếp loại chất lượng hằng năm',
  documents: [
    { id: '124-QĐ/TW', title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị', issuedOn: '2023-10-04', issuer: 'Bộ Chính trị' },
    { id: '25-HD/BTCTW', title: 'Hướng dẫn một số nội dung về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị', issuedOn: '2023-11-10', issuer: 'Ban Tổ chức Trung ương' },
  ],
  appliesTo: { fromYear: 2023, toYear: 2024 },
  periods: ['year'],
  settings: qd124Settings,
  criteria: { individual: qd124IndividualCriteria, collective: qd124CollectiveCriteria },
  checks: qd124Checks,
  params: { member: qd124MemberParams, organization: qd124OrganizationParams, leader: qd124LeaderParams },
  evaluateMember: memberEvaluator(qd124MemberParams),
  evaluateOrganization: organizationEvaluator(qd124OrganizationParams),
  evaluateLeader: leaderEvaluator(qd124LeaderParams),
});

export { qd124Checks } from './checks.js';
export * from './criteria.js';
export * from './params.js';
export { qd124Settings } from './settings.js';

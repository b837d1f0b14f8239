/**
 * Rule set `qd132-2018`: QĐ 132-QĐ/TW (Bộ Chính trị, 08/3/2018) with HD 21-HD/BTCTW
 * (18/10/2019), and HD 16-HD/BTCTW (24/9/2018) for review year 2018, for review years
 * 2018–2022. Subpath `xeploai/rules/qd132-2018`.
 *
 * - Review years: 2018–2022.
 * - Periods: `year`.
 * - Import: `import { qd132 } from 'xeploai/rules/qd132-2018'` (also in `xeploai`, and by id with `getRuleSet('qd132-2018')`).
 * - Every rule and its citation: [docs/rules-qd132-2018.md](../../../docs/rules-qd132-2018.md) (shipped in the package).
 *
 * Named settings and their defaults (each with its citation in `qd132.settings`; what they mean:
 * [docs/guides/settings.md](../../../docs/guides/settings.md)):
 * - `quotaScope`: `'tccsd'`
 * - `quotaBase`: `'httnv'`
 * - `quotaPercent`: `20`
 * - `quotaMinimumOne`: `false`
 * - `headCap`: `'cap'`
 * - `subordinateDisciplineKhtnv`: `false`
 * - `sickLeaveCap`: `true`
 * - `civilServiceCap`: `'cap'`
 * - `orgLinkageThresholds`: `true`
 * - `disciplineCountsIn`: `'decision-year'`
 * - `requireTaskData`: `false`
 *
 * @module xeploai/rules/qd132-2018
 */
import { byYear, type ParamsByYear, type RuleSetParams, type RuleSetWithParams } from '../common/byYear.js';
import { leaderEvaluator } from '../common/leader.js';
import { memberEvaluator } from '../common/member.js';
import { organizationEvaluator } from '../common/organization.js';
import { qd132Checks } from './checks.js';
import { qd132CollectiveCriteria, qd132IndividualCriteria } from './criteria.js';
import { qd132Params } from './params.js';
import { qd132Settings } from './settings.js';

const part = <K extends keyof RuleSetParams>(key: K): ParamsByYear<RuleSetParams[K]> => qd132Params.map((v) => ({ fromYear: v.fromYear, params: v.params[key] }));

/**
 * The QĐ 132 rule set. Its parameters change with the review year (`params`: HD 16 for 2018,
 * HD 21 from 2019); the evaluators pick the variant by the review's year.
 *
 * @example
 * ```ts
 * import { qd132 } from 'xeploai/rules/qd132-2018';
 * qd132.id; // 'qd132-2018'
 * qd132.appliesTo; // { fromYear: 2018, toYear: 2022 }
 * ```
 */
export const qd132: RuleSetWithParams = Object.freeze<RuleSetWithParams>({
  id: 'qd132-2018',
  title: 'QĐ 132-QĐ/TW (2018) và HD 21-HD/BTCTW (HD 16-HD/BTCTW cho năm 2018) — kiểm điểm, đánh giá, xếp loại chất lượng hằng năm',
  documents: [
    { id: '132-QĐ/TW', title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị', issuedOn: '2018-03-08', issuer: 'Bộ Chính trị' },
    { id: '21-HD/BTCTW', title: 'Hướng dẫn một số vấn đề về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp', issuedOn: '2019-10-18', issuer: 'Ban Tổ chức Trung ương' },
    { id: '16-HD/BTCTW', title: 'Hướng dẫn một số vấn đề về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp', issuedOn: '2018-09-24', issuer: 'Ban Tổ chức Trung ương' },
  ],
  appliesTo: { fromYear: 2018, toYear: 2022 },
  periods: ['year'],
  settings: qd132Settings,
  criteria: { individual: qd132IndividualCriteria, collective: qd132CollectiveCriteria },
  checks: qd132Checks,
  params: qd132Params,
  evaluateMember: byYear(part('member'), (p) => memberEvaluator(p)),
  evaluateOrganization: byYear(part('organization'), (p) => organizationEvaluator(p)),
  evaluateLeader: byYear(part('leader'), leaderEvaluator),
});

export { qd132Checks } from './checks.js';
export * from './criteria.js';
export * from './params.js';
export { qd132Settings } from './settings.js';

/**
 * The pipeline data of qd366-2025 in its two variants. QĐ 366 / HD 43 exclusions, KHTNV hard
 * cases and discipline timing were not seen, so with `inherit124Rules: true` (the default, an
 * assumption) they come from QĐ 124's cited data, every text marked `assumption: true` and
 * noted as inherited; with `false` they are left out. Both variants are built once, here.
 *
 * @module
 */
import { ruleText } from '../common/findings.js';
import { inheritRuleTexts } from '../common/inherit.js';
import type { LeaderParams, MemberParams, OrganizationParams } from '../common/params.js';
import { qd124LeaderParams, qd124MemberParams, qd124OrganizationParams } from '../qd124-2023/params.js';
import type { RuleText } from '../types.js';
import { qd366CollectiveConditions, qd366IndividualConditions, qd366LeaderUnitConditions, qd366Texts } from './params.js';

/**
 * The note every inherited citation carries.
 *
 * @example
 * ```ts
 * import { INHERITED_NOTE } from 'xeploai/rules/qd366-2025';
 * INHERITED_NOTE; // 'inherited from QĐ 124 (setting inherit124Rules)'
 * ```
 */
export const INHERITED_NOTE = 'inherited from QĐ 124 (setting inherit124Rules)';

/**
 * QĐ 124's member, organization and leader data with every rule text marked as inherited.
 *
 * @example
 * ```ts
 * import { qd366From124 } from 'xeploai/rules/qd366-2025';
 * qd366From124.member.exempt.assumption; // true
 * qd366From124.member.exempt.cite.doc; // '124-QĐ/TW'
 * ```
 */
export const qd366From124 = {
  member: inheritRuleTexts(qd124MemberParams, INHERITED_NOTE),
  organization: inheritRuleTexts(qd124OrganizationParams, INHERITED_NOTE),
  leader: inheritRuleTexts(qd124LeaderParams, INHERITED_NOTE),
} as const;

/** With `inherit124Rules: false` a months-based exclusion never applies: no date is before itself. */
function never(rule: RuleText): { readonly months: number; readonly rule: RuleText } {
  return { months: 0, rule };
}

/**
 * Member data with QĐ 124's exclusions, KHTNV triggers and discipline timing inherited
 * (`inherit124Rules: true`). `grading` is carried only because the shared type needs it: the
 * QĐ 366 basis never grades criteria.
 *
 * @example
 * ```ts
 * import { qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * qd366MemberParams.discipline.inPeriod.cite.note; // 'inherited from QĐ 124 (setting inherit124Rules)'
 * qd366MemberParams.taskConditions.map((c) => c.level); // ['HTXSNV', 'HTTNV', 'HTNV']
 * ```
 */
export const qd366MemberParams: MemberParams = {
  ...qd366From124.member,
  taskConditions: qd366IndividualConditions.map((c) => c.tasks),
  tasksNotGiven: qd366Texts.tasksNotGiven,
  notReviewed: ruleText(
    { doc: '366-QĐ/TW', article: 'Điều 3, khoản 4; Điều 5, khoản 2, tiểu mục 2.1' },
    '«Tập thể, cá nhân được kiểm điểm thì phải đánh giá, xếp loại»; đảng viên thuộc đối tượng kiểm điểm nhưng chưa được kiểm điểm: không xếp loại',
    'Member due for review (every đảng viên but those exempted, suspended or admitted less than 6 months before) who was not reviewed: not rated',
  ),
  // 124 điểm 4.3 b–c is subsumed: under QĐ 366 anything below 100% done already fails HTNV.
  targetsBelowHalf: { effect: 'cap', rule: qd366Texts.targetsBelowHalf },
  civilService: { ties: {}, mismatch: qd366Texts.civilServiceMismatch },
  noBasis: qd366Texts.noBasis,
  // 02-HD/BTCTW (2021) is not a QĐ 124 rule: it applies as it is.
  consecutiveKhtnv: qd124MemberParams.consecutiveKhtnv,
  consecutiveKhtnvCadre: qd366Texts.consecutiveKhtnvCadre,
};

/**
 * Member data without QĐ 124 (`inherit124Rules: false`): no exclusion by months. Exemptions,
 * disciplines and conclusions are taken out of the member before the pipeline runs (see
 * `without124.ts`), each with an info finding, so their texts here are never used.
 *
 * @example
 * ```ts
 * import { qd366MemberParamsWithout124 } from 'xeploai/rules/qd366-2025';
 * qd366MemberParamsWithout124.newMember.months; // 0
 * qd366MemberParamsWithout124.suspended; // undefined
 * ```
 */
export const qd366MemberParamsWithout124: MemberParams = (() => {
  const { suspended: _suspended, ...rest } = qd366MemberParams;
  return { ...rest, newMember: never(qd366MemberParams.newMember.rule) };
})();

/**
 * Organization data with QĐ 124 inherited. `barHtxsnv` is QĐ 366's own (1.1, VERIFIED); the
 * HTTNV bar, the 4.1 a–c triggers and the conclusions are QĐ 124's, flagged.
 *
 * @example
 * ```ts
 * import { qd366OrganizationParams } from 'xeploai/rules/qd366-2025';
 * qd366OrganizationParams.barHtxsnv.cite; // { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.1' }
 * qd366OrganizationParams.barHttnv.assumption; // true
 * ```
 */
export const qd366OrganizationParams: OrganizationParams = {
  ...qd366From124.organization,
  taskConditions: qd366CollectiveConditions.map((c) => c.tasks),
  tasksNotGiven: qd366Texts.tasksNotGiven,
  barHtxsnv: qd366CollectiveConditions[0]!.noDiscipline!,
  noBasis: qd366Texts.noBasis,
};

/**
 * Organization data without QĐ 124: no exclusion by months, no HTTNV discipline bar (QĐ 366
 * khoản 2 names none), no "> 20 % of subordinate units disciplined" trigger (a share above
 * 100 % cannot happen), no violation-at-another-unit warning, no leadership-collective note.
 * The organization's own disciplines and conclusions are taken out before the pipeline runs.
 * The subordinate-case warning (4.1 a) has no switch in the shared pipeline and stays, flagged.
 *
 * @example
 * ```ts
 * import { qd366OrganizationParamsWithout124 } from 'xeploai/rules/qd366-2025';
 * qd366OrganizationParamsWithout124.disciplinedUnitsShare.percent; // 100
 * qd366OrganizationParamsWithout124.barHttnv; // undefined
 * ```
 */
export const qd366OrganizationParamsWithout124: OrganizationParams = (() => {
  const { leadershipCollective: _lc, barHtnv: _htnv, barHttnv: _httnv, otherUnitViolation: _other, ...rest } = qd366OrganizationParams;
  return {
    ...rest,
    newOrganization: never(qd366OrganizationParams.newOrganization.rule),
    disciplinedUnitsShare: { percent: 100, rule: qd366OrganizationParams.disciplinedUnitsShare.rule },
    targetsBelowHalf: qd366Texts.targetsBelowHalf,
  };
})();

/**
 * Leader data with QĐ 124 inherited: the unit-led conditions are QĐ 366's (1.2; khoản 2, 3),
 * "unit led under 50 %" is QĐ 124's, head-above-unit cites the QĐ 132 rule (`headCap`).
 *
 * @example
 * ```ts
 * import { qd366LeaderParams } from 'xeploai/rules/qd366-2025';
 * qd366LeaderParams.unitConditions.length; // 3
 * ```
 */
export const qd366LeaderParams: LeaderParams = {
  ...qd366From124.leader,
  unitConditions: qd366LeaderUnitConditions,
  unitTasksNotGiven: qd366Texts.unitTasksNotGiven,
  headAboveUnit: {
    ...qd366From124.leader.headAboveUnit,
    cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 4', note: 'QĐ 132 rule; no head-below-unit rule found for QĐ 366 (setting headCap)' },
  },
};

/**
 * Leader data without QĐ 124: no "unit led under 50 %" trigger; QĐ 366's own HTNV condition on
 * the unit led (100 % done) already leaves such a head KHTNV.
 *
 * @example
 * ```ts
 * import { qd366LeaderParamsWithout124 } from 'xeploai/rules/qd366-2025';
 * qd366LeaderParamsWithout124.unitBelowHalf; // undefined
 * ```
 */
export const qd366LeaderParamsWithout124: LeaderParams = (() => {
  const { unitBelowHalf: _below, ...rest } = qd366LeaderParams;
  return rest;
})();

/**
 * xeploai/rules — building blocks for writing and extending rule sets: `extendRuleSet` (a
 * province's rule set on top of a built-in one) and the mechanisms every built-in rule set is made
 * of (member, leader and organization pipelines, grading tables, task conditions, discipline
 * timing, linkage, organization facts, rules by review year), the types a rule set is written in
 * (criteria, rule texts, setting specs, data schemas, unit-check params), the quota arithmetic
 * (`quotaCap`, `evaluateQuota`, `minimalDemotions`) and the finding and check codes. The
 * built-in rule sets themselves are `xeploai/rules/qd132-2018`, `xeploai/rules/qd124-2023` and
 * `xeploai/rules/qd366-2025`; the root `xeploai` does not re-export this subpath.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai/core';
 * import { extendRuleSet } from 'xeploai/rules';
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const tinh = extendRuleSet(qd124, {
 *   id: 'tinh-vi-du-2024', title: 'QĐ 124 với hướng dẫn của Tỉnh ủy (ví dụ)',
 *   documents: [{ id: '05-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' }],
 *   settings: { quotaPercent: { default: 15, cite: { doc: '05-HD/TU', article: 'Mục II, điểm 2' } } },
 * });
 * evaluateReview({ format: 'xeploai/review@1', year: 2024, ruleSet: 'tinh-vi-du-2024', organizations: [], members: [] }, { ruleSets: [tinh] }).ruleSet.id; // 'tinh-vi-du-2024'
 * ```
 *
 * @module xeploai/rules
 */
export * from './extend.js';
export * from './findingCodes.js';
export * from './common/index.js';
export * from './linkageHd21.js';
export type { RuleText, CriterionDef, SettingSpec, SettingsSpec } from './types.js';
export { SETTING_DOMAINS, RETIRED_SETTINGS, settingDomain, type SettingDomain } from './settings.js';
export type { DataSchema, DataSchemaResult, DataSchemas } from '../model/data.js';
export { checkParamsForYear, type UnitCheckParams } from '../check/types.js';
export { quotaCap, quotaHolds, minimalDemotions, evaluateQuota, type QuotaBaseKind, type QuotaInput, type QuotaOutcome } from '../check/quotaArithmetic.js';
export { CIVIL_SERVICE_SHARE_TEXT, CIVIL_SERVICE_SHARE_TEXT_2026, CIVIL_SERVICE_SHARE_BY_YEAR } from '../check/civilService.js';
export { DECISION_REQUIRED } from '../check/openDecisions.js';
export { memberPhaseContext } from '../evaluate/context.js';

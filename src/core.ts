/**
 * xeploai/core — the engine without the built-in rule sets, for browsers and workers that ship
 * one rule set: levels, errors, the review model's types, parsing, results and rule-set types,
 * settings, rule-set lookup, evaluation and unit checks. The functions are those of the root
 * `xeploai` and mean the same: the review's rule set is looked up in `options.ruleSets` (or is
 * the `ruleSet` object given) — only here there is no default list, so a call without one fails
 * with an `XeploaiError` (path `options.ruleSets`) that names the import to add.
 *
 * Elsewhere: what rule sets are built from (`extendRuleSet`, the shared mechanisms, per-subject
 * evaluation, quota arithmetic) is `xeploai/rules`; the zod schemas and the enumerations of the
 * file formats are `xeploai/schema`; calendar dates and periods are `xeploai/period`; roll-ups
 * (`countLevels`, `rollUp`) are `xeploai/report`.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai/core';
 * import { qd366 } from 'xeploai/rules/qd366-2025';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2025, organizations: [], members: [] }, { ruleSets: [qd366] });
 * result.ruleSet.id; // 'qd366-2025'
 * ```
 *
 * @module xeploai/core
 */
export * from './levels.js';
export { XeploaiError, formatIssues, type InputIssue, type SafeResult } from './errors.js';
export type {
  IsoDate,
  OrganizationKind,
  OrganizationType,
  Grade,
  Criteria,
  MemberDisciplineForm,
  OrganizationDisciplineForm,
  Discipline,
  Tasks,
  Score,
  Shortcomings,
  HistoryEntry,
  OrganizationConclusion,
  MemberConclusion,
  SameLevelBody,
  Organization,
  MemberStatus,
  Exemption,
  NotReviewed,
  Post,
  Leave,
  CivilServiceRating,
  ConfidenceVote,
  Member,
  Period,
  PeriodKindName,
  ReviewSettings,
  QuotaDecision,
  ReviewFile,
  JsonValue,
  RecordData,
} from './model/types.js';
export { defineReview, type ReviewInput, type OrganizationInput, type MemberInput } from './model/input.js';
export { parseReview, safeParseReview, parseReviewJson, safeParseReviewJson, type ParseReviewOptions } from './review/parse.js';
export type {
  Citation,
  Message,
  Severity,
  Finding,
  MemberResult,
  LeaderResult,
  OrganizationResult,
  CheckSubjects,
  Check,
  LevelCounts,
  RuleDocument,
  ReviewResult,
  Settings,
  SettingName,
  EffectiveSettings,
  EvaluationContext,
  Lookup,
  ViolationElsewhere,
  ReviewHeader,
  RatedMember,
  RuleSet,
} from './rules/types.js';
export { defaultSettings, resolveSettings, settingNames } from './rules/settings.js';
export { BUILT_IN_RULE_SET_IDS, getRuleSet, ruleSetFor } from './rules/lookup.js';
export { evaluateReview, safeEvaluateReview, type EvaluateOptions } from './evaluate/evaluate.js';
export { checkReview, assessChecks, type CheckAssessment, type CheckOutcome, type SubjectError } from './evaluate/checkReview.js';
export { suggestCorrections, applyCorrections, type Corrections, type LevelMove, type LeaderMove } from './check/corrections.js';

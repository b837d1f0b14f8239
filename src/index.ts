/**
 * xeploai — kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên, as typed,
 * cited, tested rules. The public API re-exports only; the CLI lives in `xeploai` (bin).
 * This entry is `xeploai/core` plus the built-in rule sets (QĐ 132, QĐ 124, QĐ 366): the same
 * functions, whose `ruleSets` default to the built-in ones (`listRuleSets()`), so
 * `evaluateReview(review)` picks the rule set in force for the review's year.
 *
 * Subpaths: rule-set building blocks (`xeploai/rules`, and each built-in rule set under
 * `xeploai/rules/<id>`), zod schemas and JSON Schema (`xeploai/schema`), roll-ups and their
 * renderers (`xeploai/report`), programmes (`xeploai/programme`), comparing rule sets
 * (`xeploai/compare`), periods and deadlines (`xeploai/period`), score sheets (`xeploai/score`),
 * NDJSON streaming (`xeploai/stream`), fixtures (`xeploai/testing`), Excel and Word
 * (`xeploai/xlsx`, `xeploai/docx`).
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * result.ruleSet.id; // 'qd124-2023'
 * ```
 *
 * @module xeploai
 */
export * from './levels.js';
export {
  XeploaiError,
  formatIssues,
  type InputIssue,
  type SafeResult,
  type IsoDate,
  type OrganizationKind,
  type OrganizationType,
  type Grade,
  type Criteria,
  type MemberDisciplineForm,
  type OrganizationDisciplineForm,
  type Discipline,
  type Tasks,
  type Score,
  type Shortcomings,
  type HistoryEntry,
  type OrganizationConclusion,
  type MemberConclusion,
  type SameLevelBody,
  type Organization,
  type MemberStatus,
  type Exemption,
  type NotReviewed,
  type Post,
  type Leave,
  type CivilServiceRating,
  type ConfidenceVote,
  type Member,
  type Period,
  type PeriodKindName,
  type ReviewSettings,
  type QuotaDecision,
  type ReviewFile,
  type JsonValue,
  type RecordData,
  defineReview,
  type ReviewInput,
  type OrganizationInput,
  type MemberInput,
  type ParseReviewOptions,
  type Citation,
  type Message,
  type Severity,
  type Finding,
  type MemberResult,
  type LeaderResult,
  type OrganizationResult,
  type CheckSubjects,
  type Check,
  type LevelCounts,
  type RuleDocument,
  type ReviewResult,
  type Settings,
  type SettingName,
  type EffectiveSettings,
  type EvaluationContext,
  type Lookup,
  type ViolationElsewhere,
  type ReviewHeader,
  type RatedMember,
  type RuleSet,
  defaultSettings,
  resolveSettings,
  settingNames,
  BUILT_IN_RULE_SET_IDS,
  type EvaluateOptions,
  assessChecks,
  type CheckAssessment,
  type CheckOutcome,
  type SubjectError,
  suggestCorrections,
  applyCorrections,
  type Corrections,
  type LevelMove,
  type LeaderMove,
} from './core.js';
export { listRuleSets, getRuleSet, ruleSetFor } from './rules/registry.js';
// The core's parse, evaluate and check functions with the built-in rule sets as the default list.
export { parseReview, safeParseReview, parseReviewJson, safeParseReviewJson, evaluateReview, safeEvaluateReview, checkReview } from './builtIn.js';

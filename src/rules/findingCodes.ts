/**
 * The finding codes of the built-in rule sets and the engine. They are reserved: a province
 * finding (`extendRuleSet`'s `extraFindings`) needs a code of its own, so that a report or an app
 * reading `code` never mistakes a province rule for a regulation's. No rule of its own: each
 * code's cite (document and article) is in the rule set's data that emits it.
 *
 * @module
 */

/**
 * Every finding code the built-in rule sets, the engine and the unit checks report (a test reads
 * them from the sources and from evaluations, and fails naming a code missing here).
 *
 * @example
 * ```ts
 * import { BUILT_IN_FINDING_CODES } from 'xeploai/rules';
 * BUILT_IN_FINDING_CODES.includes('discipline-in-year'); // true
 * ```
 */
export const BUILT_IN_FINDING_CODES: readonly string[] = [
  'above-grassroots-not-rated', 'band-conditions-not-met', 'civil-service-cap', 'civil-service-khtnv',
  'civil-service-mismatch', 'civil-service-share', 'collective-bar-htnv', 'collective-bar-httnv',
  'collective-bar-htxsnv', 'collective-disciplined', 'conclusion', 'conclusion-not-listed',
  'consecutive-khtnv', 'counts-for-other-unit', 'criteria-below-htnv', 'criteria-not-basis',
  'criteria-row-assumed', 'criterion-kem', 'decision-required', 'discipline-counted-once', 'discipline-in-year',
  'discipline-not-counted', 'discipline-self-detected', 'discipline-self-detected-counted',
  'disciplined-units-share', 'exempt', 'head-above-unit', 'khtnv-consequence',
  'leadership-collective-discipline', 'linkage-rated-only', 'linkage-threshold', 'maternity-leave',
  'new-member', 'new-organization', 'no-basis', 'not-reviewed', 'proposed-level', 'quota', 're-rate-violation-year',
  'review-form', 'rule-not-inherited', 'rule-set-years', 'same-level-bodies-not-given', 'score-band',
  'shortcomings-not-remedied', 'sick-leave', 'subordinate-discipline', 'suspended', 'suspended-rated',
  'targets-below-half', 'task-condition', 'tasks-not-given', 'unit-condition', 'unit-not-rated',
  'unit-targets-below-half', 'unit-tasks-not-given',
  // QĐ 366 (issue 15)
  'cadre-work', 'corruption-in-scope', 'discipline-not-duty-related', 'leadership-discipline-not-duty-related',
  'leadership-member-degradation', 'leadership-member-disciplined', 'low-confidence', 'retired-setting',
  'subordinates-khtnv', 'tasks-below-70-percent', 'unit-tasks-below-70-percent', 'unit-tasks-from-organization',
];

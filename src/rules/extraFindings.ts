/**
 * Province findings (`extendRuleSet`'s `extraFindings`): their types, with the record's `data`
 * typed by the rule set's schemas; the checks an extension's findings get; and how they are
 * applied after the base rules.
 *
 * @module
 */
import { XeploaiError, describeValue, type InputIssue } from '../errors.js';
import { isAbove, isLevel, type Level } from '../levels.js';
import type { Member, Organization, Post, RecordData } from '../model/index.js';
import { makeFinding } from './common/findings.js';
import { BUILT_IN_FINDING_CODES } from './findingCodes.js';
import { checkRuleText, CODE, nonEmpty } from './citedInput.js';
import type { EvaluationContext, Finding, LeaderResult, MemberResult, Message, OrganizationResult, RuleText } from './types.js';

const RESERVED = new Set(BUILT_IN_FINDING_CODES);

function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}

/**
 * Where a province finding applies, what it sees and what it may return: `true` to add the
 * finding, or `{ path?, detail? }` to add it with the input path and the numbers that triggered it.
 *
 * @example
 * ```ts
 * import type { ExtraFindingHit } from 'xeploai/rules';
 * const hit: ExtraFindingHit = { path: 'members[0].leave', detail: { vi: '45 ngày', en: '45 days' } };
 * ```
 */
export type ExtraFindingHit = boolean | { readonly path?: string; readonly detail?: Message } | undefined;

/**
 * What a province finding's `when` receives besides the subject: the result so far, its input
 * path and the evaluation context (the tree, members by organization, results so far).
 *
 * @example
 * ```ts
 * import type { MemberResult } from 'xeploai';
 * import type { ExtraFindingInput } from 'xeploai/rules';
 * declare const input: ExtraFindingInput<MemberResult>;
 * input.result.level;
 * ```
 */
export interface ExtraFindingInput<R> {
  /** The subject's result so far (the base rules and earlier province findings applied). */
  readonly result: R;
  /** The subject's input path, e.g. `members[3]`. */
  readonly path: string;
  /** The evaluation context: the tree, members by organization, results so far. */
  readonly ctx: EvaluationContext;
}

interface ExtraFindingBase {
  /** A kebab-case code, unique among the extension's findings and not a built-in one (`BUILT_IN_FINDING_CODES`), e.g. `tinh-sinh-hoat-chi-bo`. */
  readonly code: string;
  /** `cap`: a ceiling at `cap` (a finding only when it bites); `warning` / `info`: reported only. */
  readonly severity: 'cap' | 'warning' | 'info';
  readonly cap?: Level;
  /** The province's text: citation (its `doc` one of the rule set's documents), message, assumption. */
  readonly rule: RuleText;
}

/**
 * A province finding, declared as data with its citation and a `when` test. It runs after the
 * base rules on rated subjects only, in the order given; `members` findings are in force before
 * organizations and heads are rated (so a capped member counts as capped in a unit's linkage).
 * `when` receives the record's `data` typed by the rule set's `data` schemas; a `when` that
 * throws stops the evaluation with an `XeploaiError` naming the finding's code and the subject.
 *
 * @example
 * ```ts
 * import type { ExtraFinding } from 'xeploai/rules';
 * const rule: ExtraFinding = {
 *   subjects: 'members', code: 'tinh-vi-pham-neu-guong', severity: 'cap', cap: 'HTNV',
 *   rule: { cite: { doc: '05-HD/TU', article: 'Mục II, điểm 3' }, assumption: false,
 *     message: { vi: 'Có kết luận vi phạm trách nhiệm nêu gương: không quá HTNV', en: 'Concluded to have failed to set an example: at most HTNV' } },
 *   when: (member, { path }) => (member.conclusions?.includes('vi-pham-neu-guong') ? { path: `${path}.conclusions` } : false),
 * };
 * ```
 */
export type ExtraFinding<MemberData = RecordData, OrganizationData = RecordData> =
  | (ExtraFindingBase & { readonly subjects: 'members'; when(member: WithData<Member, MemberData>, input: ExtraFindingInput<MemberResult>): ExtraFindingHit })
  | (ExtraFindingBase & { readonly subjects: 'organizations'; when(org: WithData<Organization, OrganizationData>, input: ExtraFindingInput<OrganizationResult>): ExtraFindingHit })
  | (ExtraFindingBase & { readonly subjects: 'leaders'; when(member: WithData<Member, MemberData>, input: ExtraFindingInput<LeaderResult> & { readonly post: Post }): ExtraFindingHit });

/**
 * A member or organization whose `data` has the type the rule set's schema declares (what a
 * province finding's `when` receives).
 *
 * @example
 * ```ts
 * import type { Member } from 'xeploai';
 * import type { WithData } from 'xeploai/rules';
 * declare const member: WithData<Member, { vangSinhHoat: number }>;
 * member.data?.vangSinhHoat;
 * ```
 */
export type WithData<T extends { readonly data?: RecordData }, D> = Omit<T, 'data'> & { readonly data?: D };

interface Rated {
  readonly rated: boolean;
  readonly level: Level | null;
  readonly findings: readonly Finding[];
}

/**
 * Applies the province findings of one kind to a result, in order; each `when` sees the result so
 * far. A `when` that throws becomes an `XeploaiError` (code `rule-failed`) at the subject's path,
 * naming the finding's code and the subject's id.
 *
 * @internal
 * @example
 * ```ts
 * const result = { rated: true, level: 'HTXSNV' as const, findings: [] };
 * const rules: ExtraFinding[] = [{ subjects: 'members', code: 'tinh-x', severity: 'cap', cap: 'HTTNV',
 *   rule: { cite: { doc: 'HD', article: '1' }, assumption: false, message: { vi: 'x', en: 'x' } }, when: () => true }];
 * applyExtras(result, rules, 'members[3]', 'dv-4', () => true).level; // 'HTTNV'
 * ```
 */
export function applyExtras<R extends Rated>(result: R, rules: readonly ExtraFinding[], path: string, subject: string | undefined, run: (rule: ExtraFinding, current: R) => ExtraFindingHit): R {
  if (!result.rated || result.level === null || rules.length === 0) return result;
  let current = result;
  for (const rule of rules) {
    let hit: ExtraFindingHit;
    try {
      hit = run(rule, current);
    } catch (error) {
      throw new XeploaiError([{ path, code: 'rule-failed', message: `expected the province finding ${JSON.stringify(rule.code)} to test ${path}${subject === undefined ? '' : ` (id ${JSON.stringify(subject)})`}, got an error from its when(): ${errorMessage(error)}` }]);
    }
    if (hit === false || hit === undefined) continue;
    const at = hit === true ? {} : hit;
    const options = { path: at.path ?? path, ...(at.detail === undefined ? {} : { detail: at.detail }) };
    if (rule.severity === 'cap') {
      const cap = rule.cap!;
      if (!isAbove(current.level!, cap)) continue;
      current = { ...current, level: cap, findings: [...current.findings, makeFinding(rule.code, 'cap', rule.rule, { ...options, cap })] };
    } else {
      current = { ...current, findings: [...current.findings, makeFinding(rule.code, rule.severity, rule.rule, options)] };
    }
  }
  return current;
}

/**
 * Checks the province findings of an extension: subjects, codes (kebab-case, unique, not a
 * built-in one), severity and cap, the cited rule text (its document one of the rule set's), `when`.
 *
 * @internal
 * @example
 * ```ts
 * const out: InputIssue[] = [];
 * checkExtraFindings([{ subjects: 'members', code: 'discipline-in-year', severity: 'info',
 *   rule: { cite: { doc: '05-HD/TU', article: '1' }, assumption: false, message: { vi: 'x', en: 'x' } }, when: () => false }], new Set(['05-HD/TU']), out);
 * out[0]?.code; // 'reserved-code'
 * ```
 */
export function checkExtraFindings(rules: readonly ExtraFinding[], documentIds: ReadonlySet<string>, out: InputIssue[]): void {
  const codes = new Set<string>();
  rules.forEach((rule, i) => {
    const at = `extraFindings[${i}]`;
    if (!['members', 'organizations', 'leaders'].includes(rule.subjects)) out.push({ path: `${at}.subjects`, code: 'invalid-value', message: `expected "members", "organizations" or "leaders", got ${describeValue(rule.subjects)}` });
    if (typeof rule.code !== 'string' || !CODE.test(rule.code)) out.push({ path: `${at}.code`, code: 'invalid-code', message: `expected a kebab-case code such as "tinh-sinh-hoat", got ${describeValue(rule.code)}` });
    else if (RESERVED.has(rule.code)) out.push({ path: `${at}.code`, code: 'reserved-code', message: `expected a code of the province's own (e.g. "tinh-${rule.code}"), got ${JSON.stringify(rule.code)}, a finding code of the built-in rule sets` });
    else if (codes.has(rule.code)) out.push({ path: `${at}.code`, code: 'duplicate-code', message: `expected codes unique among the extra findings, got ${JSON.stringify(rule.code)} again` });
    else codes.add(rule.code);
    if (!['cap', 'warning', 'info'].includes(rule.severity)) out.push({ path: `${at}.severity`, code: 'invalid-value', message: `expected "cap", "warning" or "info", got ${describeValue(rule.severity)}` });
    if (rule.severity === 'cap' && !isLevel(rule.cap)) out.push({ path: `${at}.cap`, code: 'invalid-value', message: `expected the level of the ceiling (HTXSNV, HTTNV, HTNV or KHTNV), got ${describeValue(rule.cap)}` });
    if (rule.severity !== 'cap' && rule.cap !== undefined) out.push({ path: `${at}.cap`, code: 'invalid-value', message: `expected no cap on a ${rule.severity} finding, got ${describeValue(rule.cap)}` });
    checkRuleText(rule.rule, `${at}.rule`, out);
    const doc = (rule.rule as RuleText | undefined)?.cite?.doc;
    if (nonEmpty(doc) && !documentIds.has(doc)) {
      out.push({ path: `${at}.rule.cite.doc`, code: 'unknown-document', message: `expected one of the rule set's documents (${[...documentIds].join(', ')}), got ${JSON.stringify(doc)}; list the province's document in "documents"` });
    }
    if (typeof rule.when !== 'function') out.push({ path: `${at}.when`, code: 'invalid-type', message: `expected a function, got ${describeValue(rule.when)}` });
  });
}

/**
 * `compareRuleSets`: the same review rated under several rule sets, and the subjects whose level
 * differs, with the findings that explain the difference.
 *
 * @module
 */
import { XeploaiError } from '../errors.js';
import { evaluateReview } from '../builtIn.js';
import type { Level } from '../levels.js';
import { appliesToYear } from '../rules/common/byYear.js';
import { makeFinding } from '../rules/common/findings.js';
import { getRuleSet } from '../rules/registry.js';
import { SETTING_DOMAINS } from '../rules/settings.js';
import type { Finding, ReviewResult, RuleSet, SettingName } from '../rules/types.js';
import type { ReviewInput } from '../model/input.js';

/**
 * Options of `compareRuleSets`: settings that override the file's (each rule set receives those
 * it accepts; the others are dropped with a `setting-not-applicable` warning).
 *
 * @example
 * ```ts
 * const options: CompareOptions = { settings: { headCap: 'cap' } };
 * ```
 */
export interface CompareOptions {
  readonly settings?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * One subject whose level is not the same under every rule set compared: its level under each
 * rule set (`null` = not rated) and, under each, the findings that the others do not share.
 *
 * @example
 * ```ts
 * const d: SubjectDifference = {
 *   subjects: 'members', id: 'dv-1',
 *   levels: { 'qd132-2018': 'KHTNV', 'qd124-2023': 'HTTNV' },
 *   findings: { 'qd132-2018': [], 'qd124-2023': [] },
 * };
 * ```
 */
export interface SubjectDifference {
  readonly subjects: 'members' | 'organizations' | 'leaders';
  /** Member or organization id; for a head, the member id. */
  readonly id: string;
  /** For a head: the organization headed (a member may head several). */
  readonly orgId?: string;
  readonly levels: Readonly<Record<string, Level | null>>;
  readonly findings: Readonly<Record<string, readonly Finding[]>>;
}

/**
 * A rule set as compared: its id and title, and whether it is in force for the review year.
 *
 * @example
 * ```ts
 * const r: ComparedRuleSet = { id: 'qd132-2018', title: 'QĐ 132-QĐ/TW …', inForce: false };
 * ```
 */
export interface ComparedRuleSet {
  readonly id: string;
  readonly title: string;
  readonly inForce: boolean;
}

/**
 * What `compareRuleSets` returns: the rule sets in the order given, warnings (a rule set not in
 * force for the year, a setting one rule set does not accept), each rule set's summary and full
 * result, and the differing subjects — members, then organizations, then heads, each in input order.
 *
 * @example
 * ```ts
 * import { compareRuleSets } from 'xeploai/compare';
 * const c: RuleSetComparison = compareRuleSets({ format: 'xeploai/review@1', year: 2022, organizations: [], members: [] }, ['qd132-2018', 'qd124-2023']);
 * c.ruleSets.map((r) => r.inForce); // [true, false]
 * c.differences.length; // 0
 * ```
 */
export interface RuleSetComparison {
  readonly year: number;
  readonly ruleSets: readonly ComparedRuleSet[];
  readonly warnings: readonly { readonly ruleSet: string; readonly finding: Finding }[];
  readonly summaries: Readonly<Record<string, ReviewResult['summary']>>;
  readonly results: Readonly<Record<string, ReviewResult>>;
  readonly differences: readonly SubjectDifference[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findingKey(f: Finding): string {
  return `${f.code}|${f.severity}|${f.cap ?? ''}|${f.path ?? ''}`;
}

/**
 * Keeps, for one side, the settings that its rule set accepts: a named setting another rule set
 * has but this one does not (README "n/a") is dropped, with a warning. Unknown names are kept
 * so that the engine reports them as input errors.
 */
function settingsFor(ruleSet: RuleSet, input: unknown, overrides: CompareOptions['settings']): { input: unknown; settings?: Record<string, string | number | boolean>; dropped: string[] } {
  const dropped: string[] = [];
  const accepts = (name: string): boolean => !Object.prototype.hasOwnProperty.call(SETTING_DOMAINS, name) || ruleSet.settings[name as SettingName] !== undefined;
  let out = input;
  if (isPlainObject(input) && isPlainObject(input['settings'])) {
    const kept: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(input['settings'])) {
      if (accepts(name)) kept[name] = value;
      else dropped.push(name);
    }
    out = { ...input, settings: kept };
  }
  if (overrides === undefined) return { input: out, dropped };
  const settings: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(overrides)) {
    if (accepts(name)) settings[name] = value;
    else if (!dropped.includes(name)) dropped.push(name);
  }
  return { input: out, settings, dropped };
}

function droppedSettingFinding(ruleSet: RuleSet, name: string): Finding {
  return makeFinding(
    'setting-not-applicable',
    'warning',
    {
      cite: { doc: 'xeploai', article: 'named settings', note: `a setting that rule set ${ruleSet.id} does not accept ("n/a")` },
      assumption: false,
      message: { vi: `Thiết lập ${name} không áp dụng cho bộ quy tắc ${ruleSet.id}: bỏ qua khi so sánh`, en: `Setting ${name} does not apply to rule set ${ruleSet.id}: ignored in the comparison` },
    },
    { path: `settings.${name}` },
  );
}

/** Findings of each side that are not on every other side (by code, severity, cap and path). */
function explaining(sides: readonly (readonly Finding[])[]): Finding[][] {
  const keys = sides.map((fs) => new Set(fs.map(findingKey)));
  return sides.map((fs, i) => fs.filter((f) => keys.some((k, j) => j !== i && !k.has(findingKey(f)))));
}

interface Entry {
  readonly level: Level | null;
  readonly findings: readonly Finding[];
}

function collect(
  out: SubjectDifference[],
  subjects: SubjectDifference['subjects'],
  ids: readonly string[],
  results: readonly ReviewResult[],
  pick: (r: ReviewResult) => ReadonlyMap<string, Entry & { readonly id: string; readonly orgId?: string }>,
): void {
  const maps = results.map(pick);
  for (const key of ids) {
    const entries = maps.map((m) => m.get(key));
    const first = entries[0];
    if (first === undefined || entries.some((e) => e === undefined)) continue;
    const present = entries as (Entry & { readonly id: string; readonly orgId?: string })[];
    if (present.every((e) => e.level === first.level)) continue;
    const explained = explaining(present.map((e) => e.findings));
    const levels: Record<string, Level | null> = {};
    const findings: Record<string, readonly Finding[]> = {};
    results.forEach((r, i) => {
      levels[r.ruleSet.id] = present[i]!.level;
      findings[r.ruleSet.id] = explained[i]!;
    });
    out.push({ subjects, id: first.id, ...(first.orgId !== undefined && subjects === 'leaders' ? { orgId: first.orgId } : {}), levels, findings });
  }
}

/**
 * Rates the same review under each rule set named (ids or `RuleSet` objects; a rule set outside
 * its years is allowed because it is named, and the engine's `rule-set-years` warning is repeated
 * in `warnings`) and
 * lists every subject whose level differs, with both levels and the findings that explain it.
 * Throws `XeploaiError` on invalid input, as `evaluateReview` does.
 *
 * @example
 * ```ts
 * import { compareRuleSets } from 'xeploai/compare';
 * const c = compareRuleSets({
 *   format: 'xeploai/review@1', year: 2021, reviewDate: '2021-12-15',
 *   organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'lan', name: 'Vũ Thị Lan', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01',
 *     criteria: { results: 'tot', politics: 'tot' },
 *     disciplines: [{ form: 'khien-trach', decidedOn: '2021-05-01', selfDetectedAndRemedied: true }] }],
 * }, ['qd132-2018', 'qd124-2023']);
 * c.differences[0]?.levels; // { 'qd132-2018': 'KHTNV', 'qd124-2023': 'HTTNV' }
 * ```
 */
export function compareRuleSets(review: unknown, ruleSets: readonly (string | RuleSet)[], options: CompareOptions = {}): RuleSetComparison {
  const resolved = ruleSets.map((r) => (typeof r === 'string' ? getRuleSet(r) : r));
  const seen = new Set<string>();
  for (const rs of resolved) {
    if (seen.has(rs.id)) throw new XeploaiError([{ path: 'ruleSets', code: 'duplicate-rule-set', message: `rule set ${JSON.stringify(rs.id)} is named twice` }]);
    seen.add(rs.id);
  }
  const warnings: { ruleSet: string; finding: Finding }[] = [];
  const results: ReviewResult[] = resolved.map((rs) => {
    const prepared = settingsFor(rs, review, options.settings);
    for (const name of prepared.dropped) warnings.push({ ruleSet: rs.id, finding: droppedSettingFinding(rs, name) });
    return evaluateReview(prepared.input as ReviewInput, { ruleSet: rs, ...(prepared.settings !== undefined ? { settings: prepared.settings } : {}) });
  });
  const year = results[0]?.year ?? (isPlainObject(review) && typeof review['year'] === 'number' ? review['year'] : 0);
  // The engine reports a rule set named outside its years as the warning check `rule-set-years`.
  for (const r of results) {
    for (const c of r.checks) {
      if (c.code === 'rule-set-years') warnings.push({ ruleSet: r.ruleSet.id, finding: { code: c.code, severity: 'warning', cite: c.cite, assumption: c.assumption === true, message: c.message, path: 'ruleSet' } });
    }
  }

  const differences: SubjectDifference[] = [];
  const base = results[0];
  if (base !== undefined) {
    collect(differences, 'members', base.members.map((m) => m.id), results, (r) => new Map(r.members.map((m) => [m.id, m])));
    collect(differences, 'organizations', base.organizations.map((o) => o.id), results, (r) => new Map(r.organizations.map((o) => [o.id, o])));
    const leaderKey = (l: { memberId: string; orgId: string }) => `${l.memberId}\u0000${l.orgId}`;
    collect(differences, 'leaders', base.leaders.map(leaderKey), results, (r) => new Map(r.leaders.map((l) => [leaderKey(l), { ...l, id: l.memberId }])));
  }
  const summaries: Record<string, ReviewResult['summary']> = {};
  const byId: Record<string, ReviewResult> = {};
  for (const r of results) {
    summaries[r.ruleSet.id] = r.summary;
    byId[r.ruleSet.id] = r;
  }
  return {
    year,
    ruleSets: resolved.map((rs) => ({ id: rs.id, title: rs.title, inForce: appliesToYear(rs, year) })),
    warnings,
    summaries,
    results: byId,
    differences,
  };
}

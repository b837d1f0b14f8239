/**
 * `diffRuleSets`: what differs between two rule sets as data — settings defaults, criteria
 * catalogues, unit-check texts and every parameter of the member, organization and leader
 * pipelines — each side with its citation. The walk is generic: it knows the shape of a
 * `RuleText` (a citation, a message, an assumption flag), nothing of any rule.
 *
 * @module
 */
import { checkParamsForYear } from '../check/types.js';
import { ruleSetParams, variantForYear, type ParamsByYear, type RuleSetParams, type RuleSetWithParams } from '../rules/common/byYear.js';
import { getRuleSet } from '../rules/registry.js';
import { SETTING_DOMAINS } from '../rules/settings.js';
import type { Citation, CriterionDef, RuleSet, RuleText, SettingName } from '../rules/types.js';

/**
 * Options of `diffRuleSets`: the review year whose parameter variant each side uses (`year` for
 * both, or `yearA`/`yearB`; default: the last year each rule set applies to), and whether to list
 * differences of wording and citation too (`texts`; by default only when both sides are the same
 * rule set, since two rule sets always cite different documents).
 *
 * @example
 * ```ts
 * const options: DiffOptions = { yearA: 2018, yearB: 2019 };
 * ```
 */
export interface DiffOptions {
  readonly year?: number;
  readonly yearA?: number;
  readonly yearB?: number;
  readonly texts?: boolean;
}

/**
 * One side of a difference: the value (JSON; `null` = absent; a rule text is shown by its
 * message) and the citation that carries it, when the side has one.
 *
 * @example
 * ```ts
 * const side: DiffSide = { value: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2' } };
 * ```
 */
export interface DiffSide {
  readonly value: unknown;
  readonly cite?: Citation;
}

/**
 * Where a difference lies: the rule set's own fields, its settings, criteria catalogue, unit
 * checks, or pipeline parameters.
 *
 * @example
 * ```ts
 * const s: DiffSection = 'params';
 * ```
 */
export type DiffSection = 'ruleSet' | 'settings' | 'criteria' | 'checks' | 'params';

/**
 * One difference: a path into the data (e.g. `member.discipline.selfDetectedException`; array
 * elements are keyed by `level` or `id` where they have one, e.g. `member.taskConditions[level=HTXSNV]`)
 * and each side.
 *
 * @example
 * ```ts
 * const d: DataDifference = {
 *   section: 'params', path: 'member.discipline.selfDetectedException',
 *   a: { value: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2' } },
 *   b: { value: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' } },
 * };
 * ```
 */
export interface DataDifference {
  readonly section: DiffSection;
  readonly path: string;
  readonly a: DiffSide;
  readonly b: DiffSide;
}

/**
 * What `diffRuleSets` returns: both sides (id, the year whose parameters were used, and the
 * first year of that variant), whether both exposed parameters, and the differences in order:
 * rule set, settings, criteria, checks, params.
 *
 * @example
 * ```ts
 * import { diffRuleSets } from 'xeploai/compare';
 * const d: RuleSetDiff = diffRuleSets('qd132-2018', 'qd124-2023');
 * d.differences.some((x) => x.path === 'settings.headCap.default'); // true
 * ```
 */
export interface RuleSetDiff {
  readonly a: { readonly id: string; readonly year: number; readonly variantFromYear?: number };
  readonly b: { readonly id: string; readonly year: number; readonly variantFromYear?: number };
  /** False when a side exposes no parameters (`params`): only settings, criteria and checks were compared. */
  readonly paramsCompared: boolean;
  readonly differences: readonly DataDifference[];
}

function paramsOf(ruleSet: RuleSet, year: number): { params?: RuleSetParams; variantFromYear?: number } {
  const own = (ruleSet as Partial<RuleSetWithParams>).params;
  if (Array.isArray(own)) {
    const table = own as ParamsByYear<RuleSetParams>;
    if (table.length === 0) return {};
    const v = variantForYear(table, year);
    return { params: v.params, variantFromYear: v.fromYear };
  }
  const params = ruleSetParams(ruleSet, year);
  return params === undefined ? {} : { params };
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

function isObject(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCitation(x: unknown): x is Citation {
  return isObject(x) && typeof x['doc'] === 'string' && typeof x['article'] === 'string';
}

function isRuleText(x: unknown): x is RuleText {
  return isObject(x) && isCitation(x['cite']) && isObject(x['message']) && typeof x['assumption'] === 'boolean';
}

/** The first citation found depth-first in a value (a rule text's own, else inside it). */
function firstCite(x: unknown): Citation | undefined {
  if (isRuleText(x)) return x.cite;
  if (isCitation(x)) return x;
  if (Array.isArray(x)) {
    for (const e of x) {
      const c = firstCite(e);
      if (c !== undefined) return c;
    }
    return undefined;
  }
  if (isObject(x)) {
    for (const k of Object.keys(x)) {
      const c = firstCite(x[k]);
      if (c !== undefined) return c;
    }
  }
  return undefined;
}

/** A value as shown in a difference: JSON, rule texts replaced by their message. */
function show(x: unknown): Json {
  if (x === undefined || x === null) return null;
  if (isRuleText(x)) return x.message as unknown as Json;
  if (Array.isArray(x)) return x.map(show);
  if (isObject(x)) {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(x)) if (x[k] !== undefined) out[k] = show(x[k]);
    return out;
  }
  if (typeof x === 'boolean' || typeof x === 'number' || typeof x === 'string') return x;
  return String(x);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(show(a)) === JSON.stringify(show(b));
}

/** The key of an array element: its `level` or `id`, when every element of both arrays has one. */
function elementKey(arrays: readonly (readonly unknown[])[]): ((e: unknown, i: number) => string) | undefined {
  for (const field of ['level', 'id'] as const) {
    if (arrays.every((arr) => arr.every((e) => isObject(e) && typeof e[field] === 'string'))) return (e) => `${field}=${String((e as Record<string, unknown>)[field])}`;
  }
  if (arrays.every((arr) => arr.every((e) => isObject(e)))) return (_e, i) => String(i);
  return undefined;
}

interface Walk {
  readonly section: DiffSection;
  readonly texts: boolean;
  readonly out: DataDifference[];
}

function side(value: unknown, context: Citation | undefined): DiffSide {
  if (value === undefined || value === null) return { value: null };
  const cite = firstCite(value) ?? context;
  return cite === undefined ? { value: show(value) } : { value: show(value), cite };
}

function push(w: Walk, path: string, a: unknown, b: unknown, ctxA: Citation | undefined, ctxB: Citation | undefined): void {
  w.out.push({ section: w.section, path, a: side(a, ctxA), b: side(b, ctxB) });
}

function walk(w: Walk, path: string, a: unknown, b: unknown, ctxA: Citation | undefined, ctxB: Citation | undefined): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined || a === null || b === null) {
    if (!same(a, b)) push(w, path, a, b, ctxA, ctxB);
    return;
  }
  if (isRuleText(a) && isRuleText(b)) {
    // Two rule sets always cite different documents and word their rules differently; what
    // matters by default is whether each side rests on an assumption.
    if (a.assumption !== b.assumption) w.out.push({ section: w.section, path: `${path}.assumption`, a: { value: a.assumption, cite: a.cite }, b: { value: b.assumption, cite: b.cite } });
    if (w.texts) {
      if (!same(a.cite, b.cite)) w.out.push({ section: w.section, path: `${path}.cite`, a: { value: show(a.cite), cite: a.cite }, b: { value: show(b.cite), cite: b.cite } });
      if (!same(a.message, b.message)) w.out.push({ section: w.section, path: `${path}.message`, a: { value: show(a.message), cite: a.cite }, b: { value: show(b.message), cite: b.cite } });
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = elementKey([a, b]);
    if (key === undefined) {
      if (!same(a, b)) push(w, path, a, b, ctxA, ctxB);
      return;
    }
    const mapA = new Map(a.map((e, i) => [key(e, i), e] as const));
    const mapB = new Map(b.map((e, i) => [key(e, i), e] as const));
    const keys = [...mapA.keys(), ...[...mapB.keys()].filter((k) => !mapA.has(k))];
    for (const k of keys) walk(w, `${path}[${k}]`, mapA.get(k), mapB.get(k), firstCite(a) ?? ctxA, firstCite(b) ?? ctxB);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const ca = firstCite(a) ?? ctxA;
    const cb = firstCite(b) ?? ctxB;
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.prototype.hasOwnProperty.call(a, k))];
    for (const k of keys) walk(w, path === '' ? k : `${path}.${k}`, a[k], b[k], ca, cb);
    return;
  }
  if (!same(a, b)) push(w, path, a, b, ctxA, ctxB);
}

function diffSettings(w: Walk, a: RuleSet, b: RuleSet): void {
  for (const name of Object.keys(SETTING_DOMAINS) as SettingName[]) {
    const sa = a.settings[name];
    const sb = b.settings[name];
    const path = `settings.${name}`;
    if (sa === undefined && sb === undefined) continue;
    if (sa === undefined || sb === undefined) {
      const shown = (s: typeof sa): DiffSide => (s === undefined ? { value: null } : { value: { default: s.default, assumption: s.assumption }, cite: s.cite });
      w.out.push({ section: 'settings', path, a: shown(sa), b: shown(sb) });
      continue;
    }
    if (sa.default !== sb.default) w.out.push({ section: 'settings', path: `${path}.default`, a: { value: sa.default, cite: sa.cite }, b: { value: sb.default, cite: sb.cite } });
    if (sa.assumption !== sb.assumption) w.out.push({ section: 'settings', path: `${path}.assumption`, a: { value: sa.assumption, cite: sa.cite }, b: { value: sb.assumption, cite: sb.cite } });
    if (w.texts && !same(sa.cite, sb.cite)) w.out.push({ section: 'settings', path: `${path}.cite`, a: { value: show(sa.cite), cite: sa.cite }, b: { value: show(sb.cite), cite: sb.cite } });
  }
}

function diffCriteria(w: Walk, kind: 'individual' | 'collective', a: readonly CriterionDef[], b: readonly CriterionDef[]): void {
  const mapA = new Map(a.map((c) => [c.id, c]));
  const mapB = new Map(b.map((c) => [c.id, c]));
  for (const id of [...mapA.keys(), ...[...mapB.keys()].filter((k) => !mapA.has(k))]) {
    const ca = mapA.get(id);
    const cb = mapB.get(id);
    const path = `criteria.${kind}[id=${id}]`;
    const shown = (c: CriterionDef | undefined): DiffSide => (c === undefined ? { value: null } : { value: show(c.title), cite: c.cite });
    if (ca === undefined || cb === undefined) w.out.push({ section: 'criteria', path, a: shown(ca), b: shown(cb) });
    else if (w.texts && (!same(ca.title, cb.title) || !same(ca.cite, cb.cite))) w.out.push({ section: 'criteria', path, a: shown(ca), b: shown(cb) });
  }
}

/**
 * Lists the differences between two rule sets as data, each side cited: settings (defaults and
 * whether they are assumptions), criteria catalogues, unit-check texts, and the parameters of
 * the member, organization and leader pipelines (values that differ, rules present on one side
 * only, rules that rest on an assumption on one side only). Paths are stable and deterministic.
 *
 * @example
 * ```ts
 * import { diffRuleSets } from 'xeploai/compare';
 * const d = diffRuleSets('qd132-2018', 'qd124-2023');
 * const x = d.differences.find((x) => x.path === 'member.discipline.selfDetectedException');
 * x?.a; // { value: false, cite: { doc: '21-HD/BTCTW', article: 'Mục II, điểm B, tiết 2' } }
 * x?.b; // { value: true, cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' } }
 * ```
 */
export function diffRuleSets(a: string | RuleSet, b: string | RuleSet, options: DiffOptions = {}): RuleSetDiff {
  const rsA = typeof a === 'string' ? getRuleSet(a) : a;
  const rsB = typeof b === 'string' ? getRuleSet(b) : b;
  const yearA = options.yearA ?? options.year ?? rsA.appliesTo.toYear ?? rsA.appliesTo.fromYear;
  const yearB = options.yearB ?? options.year ?? rsB.appliesTo.toYear ?? rsB.appliesTo.fromYear;
  // Within one rule set (two year variants) the citations are normally the same, so a change of
  // wording or citation is itself a difference (HD 16's CBCCVC clause); across rule sets it is noise.
  const texts = options.texts ?? rsA.id === rsB.id;
  const out: DataDifference[] = [];

  const ruleSetFields = (rs: RuleSet) => ({ appliesTo: rs.appliesTo, periods: rs.periods, documents: rs.documents.map((d) => d.id) });
  const docCite = (rs: RuleSet): Citation | undefined => (rs.documents[0] !== undefined ? { doc: rs.documents[0].id, article: `ban hành ${rs.documents[0].issuedOn}` } : undefined);
  walk({ section: 'ruleSet', texts, out }, '', ruleSetFields(rsA), ruleSetFields(rsB), docCite(rsA), docCite(rsB));
  diffSettings({ section: 'settings', texts, out }, rsA, rsB);
  const criteria: Walk = { section: 'criteria', texts, out };
  diffCriteria(criteria, 'individual', rsA.criteria.individual, rsB.criteria.individual);
  diffCriteria(criteria, 'collective', rsA.criteria.collective, rsB.criteria.collective);
  // The check params in force for each year (QĐ 132: HD 16's quota texts for 2018), variants aside.
  const checksOf = (rs: RuleSet, year: number) => {
    const { byYear: _byYear, ...inForce } = checkParamsForYear(rs.checks, year);
    return inForce;
  };
  walk({ section: 'checks', texts, out }, 'checks', checksOf(rsA, yearA), checksOf(rsB, yearB), undefined, undefined);

  const pa = paramsOf(rsA, yearA);
  const pb = paramsOf(rsB, yearB);
  const paramsCompared = pa.params !== undefined && pb.params !== undefined;
  if (paramsCompared) walk({ section: 'params', texts, out }, '', pa.params, pb.params, undefined, undefined);
  const sideInfo = (rs: RuleSet, year: number, p: { variantFromYear?: number }) => ({ id: rs.id, year, ...(p.variantFromYear !== undefined ? { variantFromYear: p.variantFromYear } : {}) });
  return { a: sideInfo(rsA, yearA, pa), b: sideInfo(rsB, yearB, pb), paramsCompared, differences: out };
}

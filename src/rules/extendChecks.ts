/**
 * The checks an extension's data gets in `extendRuleSet`: codes, citations, messages, cited
 * parameters and documents, each problem with its path.
 *
 * @module
 */
import { describeValue, type InputIssue } from '../errors.js';
import { isIsoDate } from '../model/dates.js';
import type { RuleDocument } from './types.js';

/**
 * A kebab-case code or id: `tinh-sinh-hoat`.
 *
 * @internal
 * @example
 * ```ts
 * CODE.test('tinh-sinh-hoat'); // true
 * ```
 */
export const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a value is a string with something besides spaces.
 *
 * @internal
 * @example
 * ```ts
 * nonEmpty(' '); // false
 * ```
 */
export function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks a citation `{ doc, article, note? }` of an extension.
 *
 * @internal
 * @example
 * ```ts
 * const out: InputIssue[] = [];
 * checkCite({ doc: '05-HD/TU' }, 'rule.cite', out);
 * out[0]?.path; // 'rule.cite.article'
 * ```
 */
export function checkCite(value: unknown, path: string, out: InputIssue[]): void {
  if (typeof value !== 'object' || value === null) {
    out.push({ path, code: 'missing-citation', message: `expected a citation { doc, article, note? }, got ${describeValue(value)}` });
    return;
  }
  const c = value as Record<string, unknown>;
  if (!nonEmpty(c['doc'])) out.push({ path: `${path}.doc`, code: 'missing-citation', message: `expected the document cited (a non-empty string), got ${describeValue(c['doc'])}` });
  if (!nonEmpty(c['article'])) out.push({ path: `${path}.article`, code: 'missing-citation', message: `expected the article cited (a non-empty string), got ${describeValue(c['article'])}` });
  if (c['note'] !== undefined && typeof c['note'] !== 'string') out.push({ path: `${path}.note`, code: 'invalid-type', message: `expected a string, got ${describeValue(c['note'])}` });
}

/**
 * Checks a `{ vi, en }` message of an extension.
 *
 * @internal
 * @example
 * ```ts
 * const out: InputIssue[] = [];
 * checkMessage({ vi: 'x' }, 'rule.message', out);
 * out[0]?.path; // 'rule.message.en'
 * ```
 */
export function checkMessage(value: unknown, path: string, out: InputIssue[]): void {
  const m = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  for (const lang of ['vi', 'en'] as const) {
    if (!nonEmpty(m[lang])) out.push({ path: `${path}.${lang}`, code: 'missing-message', message: `expected the ${lang === 'vi' ? 'Vietnamese' : 'English'} message (a non-empty string), got ${describeValue(m[lang])}` });
  }
}

/**
 * Checks a cited rule text `{ cite, assumption, message }` of an extension.
 *
 * @internal
 * @example
 * ```ts
 * const out: InputIssue[] = [];
 * checkRuleText(undefined, 'rule', out);
 * out[0]?.code; // 'missing-citation'
 * ```
 */
export function checkRuleText(value: unknown, path: string, out: InputIssue[]): void {
  if (typeof value !== 'object' || value === null) {
    out.push({ path, code: 'missing-citation', message: `expected a rule { cite, assumption, message }, got ${describeValue(value)}` });
    return;
  }
  const r = value as Record<string, unknown>;
  checkCite(r['cite'], `${path}.cite`, out);
  if (typeof r['assumption'] !== 'boolean') out.push({ path: `${path}.assumption`, code: 'invalid-type', message: `expected true or false, got ${describeValue(r['assumption'])}` });
  checkMessage(r['message'], `${path}.message`, out);
}

/**
 * Every object in cited parameters that carries a `cite` or a `message` must be a complete, cited rule text.
 *
 * @internal
 * @example
 * ```ts
 * const out: InputIssue[] = [];
 * checkCitedData({ rule: { cite: { doc: 'x' }, assumption: false } }, 'params.member', out);
 * out.length > 0; // true
 * ```
 */
export function checkCitedData(value: unknown, path: string, out: InputIssue[], seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkCitedData(v, `${path}[${i}]`, out, seen));
    return;
  }
  const o = value as Record<string, unknown>;
  if ('message' in o || ('cite' in o && 'assumption' in o)) checkRuleText(o, path, out);
  else if ('cite' in o) checkCite(o['cite'], `${path}.cite`, out);
  for (const [k, v] of Object.entries(o)) if (k !== 'cite' && k !== 'message') checkCitedData(v, `${path}.${k}`, out, seen);
}

/**
 * Checks the province's documents of an extension.
 *
 * @internal
 * @example
 * ```ts
 * const out: InputIssue[] = [];
 * checkDocuments([{ id: '05-HD/TU', title: 'x', issuer: 'y', issuedOn: '2024-02-30' }], out);
 * out[0]?.path; // 'documents[0].issuedOn'
 * ```
 */
export function checkDocuments(documents: readonly RuleDocument[], out: InputIssue[]): void {
  documents.forEach((d, i) => {
    const at = `documents[${i}]`;
    for (const key of ['id', 'title', 'issuer'] as const) {
      if (!nonEmpty(d[key])) out.push({ path: `${at}.${key}`, code: 'invalid-type', message: `expected a non-empty string, got ${describeValue(d[key])}` });
    }
    if (!isIsoDate(d.issuedOn)) out.push({ path: `${at}.issuedOn`, code: 'invalid-date', message: `expected a date YYYY-MM-DD, got ${describeValue(d.issuedOn)}` });
  });
}

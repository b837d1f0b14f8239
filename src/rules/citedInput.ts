/**
 * Checks of the cited data a province's extension brings (`extendRuleSet`): citations, messages,
 * rule texts, documents. Each problem is pushed to `out` with its path.
 *
 * @module
 */
import { describeValue, type InputIssue } from '../errors.js';
import { isIsoDate } from '../model/dates.js';
import type { Citation, RuleDocument } from './types.js';

/**
 * A kebab-case code or id, e.g. `tinh-sinh-hoat`.
 *
 * @internal
 * @example
 * ```ts
 * CODE.test('tinh-vi-du'); // true
 * ```
 */
export const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a value is a string with something other than white space.
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
 * Checks a citation `{ doc, article, note? }`, reporting each problem at its path.
 *
 * @internal
 * @example
 * ```ts
 * const out: Parameters<typeof checkCite>[2] = [];
 * checkCite({ doc: '', article: '1' }, 'cite', out);
 * out[0]?.path; // 'cite.doc'
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
 * Checks a bilingual message `{ vi, en }`, both non-empty.
 *
 * @internal
 * @example
 * ```ts
 * const out: Parameters<typeof checkMessage>[2] = [];
 * checkMessage({ vi: 'a' }, 'message', out);
 * out[0]?.path; // 'message.en'
 * ```
 */
export function checkMessage(value: unknown, path: string, out: InputIssue[]): void {
  const m = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  for (const lang of ['vi', 'en'] as const) {
    if (!nonEmpty(m[lang])) out.push({ path: `${path}.${lang}`, code: 'missing-message', message: `expected the ${lang === 'vi' ? 'Vietnamese' : 'English'} message (a non-empty string), got ${describeValue(m[lang])}` });
  }
}

/**
 * Checks a complete rule text `{ cite, assumption, message }`.
 *
 * @internal
 * @example
 * ```ts
 * const out: Parameters<typeof checkRuleText>[2] = [];
 * checkRuleText({ cite: { doc: 'A', article: '1' }, assumption: false, message: { vi: 'a', en: 'b' } }, 'rule', out);
 * out.length; // 0
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
 * Checks that every object in cited parameters that carries a `cite` or a `message` is a complete, cited rule text.
 *
 * @internal
 * @example
 * ```ts
 * const out: Parameters<typeof checkCitedData>[2] = [];
 * checkCitedData({ rule: { cite: { doc: 'A', article: '' } } }, 'params', out);
 * out[0]?.path; // 'params.rule.cite.article'
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
 * Checks the documents an extension lists (id, title, issuer, issue date).
 *
 * @internal
 * @example
 * ```ts
 * const out: Parameters<typeof checkDocuments>[1] = [];
 * checkDocuments([{ id: 'a', title: 'b', issuer: 'c', issuedOn: '2024-02-30' }], out);
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

/**
 * Checks that a citation names one of the rule set's documents.
 *
 * @internal
 * @example
 * ```ts
 * const out: Parameters<typeof checkDocument>[3] = [];
 * checkDocument({ doc: 'X', article: '1' }, new Set(['A']), 'cite.doc', out);
 * out[0]?.code; // 'unknown-document'
 * ```
 */
export function checkDocument(cite: unknown, documentIds: ReadonlySet<string>, path: string, out: InputIssue[]): void {
  const doc = (cite as Citation | undefined)?.doc;
  if (nonEmpty(doc) && !documentIds.has(doc)) {
    out.push({ path, code: 'unknown-document', message: `expected one of the rule set's documents (${[...documentIds].join(', ')}), got ${JSON.stringify(doc)}; list the province's document in "documents"` });
  }
}

/**
 * Carrying one rule set's cited data into another: every rule text taken over is marked
 * `assumption: true` and its citation says it was inherited, so nothing is copied by hand and
 * no inherited rule can pass for a verified one.
 *
 * @module
 */
import type { Citation, RuleText } from '../types.js';

/**
 * Whether a value has the shape of a `RuleText` (`cite` with `doc` and `article`, a boolean
 * `assumption`, a `message` with `vi` and `en`).
 *
 * @example
 * ```ts
 * import { isRuleText } from 'xeploai/rules';
 * isRuleText({ cite: { doc: '124-QĐ/TW', article: 'Điều 5' }, assumption: false, message: { vi: 'a', en: 'b' } }); // true
 * isRuleText({ months: 6 }); // false
 * ```
 */
export function isRuleText(value: unknown): value is RuleText {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { cite?: Partial<Citation>; assumption?: unknown; message?: { vi?: unknown; en?: unknown } };
  return (
    typeof v.cite === 'object' && v.cite !== null && typeof v.cite.doc === 'string' && typeof v.cite.article === 'string' &&
    typeof v.assumption === 'boolean' &&
    typeof v.message === 'object' && v.message !== null && typeof v.message.vi === 'string' && typeof v.message.en === 'string'
  );
}

/**
 * A rule text taken over from another rule set: `assumption: true`, and `note` appended to the
 * citation's note (the original note is kept in front).
 *
 * @example
 * ```ts
 * import { inherited } from 'xeploai/rules';
 * const r = inherited(
 *   { cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' }, assumption: false, message: { vi: 'Miễn sinh hoạt', en: 'Exempt' } },
 *   'inherited from another rule set',
 * );
 * r.assumption; // true
 * r.cite.note; // 'inherited from another rule set'
 * ```
 */
export function inherited(rule: RuleText, note: string): RuleText {
  const cite: Citation = { doc: rule.cite.doc, article: rule.cite.article, note: rule.cite.note === undefined ? note : `${rule.cite.note}; ${note}` };
  return { cite, assumption: true, message: rule.message };
}

/**
 * Maps every `RuleText` inside a params object (plain objects and arrays, at any depth) through
 * `inherited(rule, note)`; numbers, strings and other values are kept. The input is not changed.
 *
 * @example
 * ```ts
 * import { inheritRuleTexts } from 'xeploai/rules';
 * import { qd124MemberParams } from 'xeploai/rules/qd124-2023';
 * const p = inheritRuleTexts(qd124MemberParams, 'inherited from QĐ 124');
 * p.exempt.assumption; // true
 * p.newMember.months; // 6
 * qd124MemberParams.exempt.assumption; // false
 * ```
 */
export function inheritRuleTexts<T>(params: T, note: string): T {
  return mapRuleTexts(params, (rule) => inherited(rule, note));
}

/**
 * Maps every `RuleText` inside a params object (plain objects and arrays, at any depth) through
 * `f`; other values are kept. The input is not changed. Used to re-cite a rule set's data, e.g.
 * for a review year whose guidance was an earlier document.
 *
 * @example
 * ```ts
 * import { mapRuleTexts } from 'xeploai/rules';
 * const p = mapRuleTexts({ months: 6, rule: { cite: { doc: 'A', article: '1' }, assumption: false, message: { vi: 'x', en: 'x' } } }, (r) => ({ ...r, cite: { ...r.cite, doc: 'B' } }));
 * p.rule.cite.doc; // 'B'
 * p.months; // 6
 * ```
 */
export function mapRuleTexts<T>(params: T, f: (rule: RuleText) => RuleText): T {
  return mapValue(params, f) as T;
}

function mapValue(value: unknown, f: (rule: RuleText) => RuleText): unknown {
  if (isRuleText(value)) return f(value);
  if (Array.isArray(value)) return value.map((v) => mapValue(v, f));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapValue(v, f);
    return out;
  }
  return value;
}

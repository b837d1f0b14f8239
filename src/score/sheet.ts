/**
 * Score sheets (bộ tiêu chí, bảng chấm điểm) as data: a tree of groups and items with maxima,
 * validated against the QĐ 366 frame (tiêu chí chung 30 + kết quả thực hiện nhiệm vụ 70 = 100).
 * Provinces and units write their own sheets inside that frame; a sheet is plain data that
 * apps define, validate and share.
 *
 * @module
 */
import { XeploaiError, describeValue, type InputIssue, type SafeResult } from '../errors.js';
import { hasAtMostOneDecimal } from '../model/fields.js';
import { QD366_FRAME } from './frames.js';
import { sheetPartsIssues } from './parts.js';
import { fromTenths, toTenths } from './tenths.js';
import { SCORE_SUBJECTS, type ScorePart, type ScoreSheetDefinition } from './types.js';

declare const validatedSheet: unique symbol;

/**
 * A validated score sheet: the definition, frozen, with its frame. Only `defineScoreSheet`
 * makes one.
 *
 * @example
 * ```ts
 * import { defineScoreSheet, type ScoreSheet } from 'xeploai/score';
 * const s: ScoreSheet = defineScoreSheet({ id: 's', title: 'S', groups: [
 *   { id: 'general', title: 'Chung', part: 'general', max: 30, items: [{ id: 'g', title: 'Chung', max: 30 }] },
 *   { id: 'results', title: 'Nhiệm vụ', part: 'results', max: 70, items: [{ id: 'r', title: 'Nhiệm vụ', max: 70 }] },
 * ] });
 * s.frame; // 'qd366-2025'
 * ```
 */
export type ScoreSheet<D extends ScoreSheetDefinition = ScoreSheetDefinition> = D & {
  readonly frame: 'qd366-2025';
  readonly [validatedSheet]: true;
};

/**
 * The item ids of a sheet, as a union of string literals when the sheet was defined inline.
 *
 * @example
 * ```ts
 * import type { ScoreItemId, ScoreSheet } from 'xeploai/score';
 * type Ids = ScoreItemId<ScoreSheet>; // string
 * ```
 */
export type ScoreItemId<S> = S extends { readonly groups: readonly (infer G)[] }
  ? G extends { readonly items: readonly (infer I)[] }
    ? I extends { readonly id: infer Id extends string }
      ? Id
      : never
    : never
  : never;

const VALIDATED = new WeakSet<object>();

type Raw = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFields(value: Raw, allowed: readonly string[], path: string, out: InputIssue[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) out.push({ path: `${path}${path ? '.' : ''}${key}`, code: 'unknown-field', message: `unknown field; expected one of ${allowed.join(', ')}` });
  }
}

function checkText(value: unknown, path: string, what: string, out: InputIssue[]): value is string {
  if (typeof value === 'string' && value.trim() !== '') return true;
  out.push({ path, code: 'invalid-type', message: `expected ${what} (a non-empty string), got ${describeValue(value)}` });
  return false;
}

function checkMax(value: unknown, path: string, out: InputIssue[]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 100 && hasAtMostOneDecimal(value)) return toTenths(value);
  out.push({ path, code: 'invalid-max', message: `expected a maximum above 0 and at most 100 with at most one decimal place, got ${describeValue(value)}` });
  return undefined;
}

function checkCite(value: unknown, path: string, out: InputIssue[]): void {
  if (value === undefined) return;
  if (!isObject(value) || typeof value['doc'] !== 'string' || typeof value['article'] !== 'string' || (value['note'] !== undefined && typeof value['note'] !== 'string')) {
    out.push({ path, code: 'invalid-cite', message: `expected a citation { doc, article, note? } of strings, got ${describeValue(value)}` });
  }
}

function checkId(value: unknown, path: string, seen: Set<string>, out: InputIssue[]): void {
  if (!checkText(value, path, 'an id', out)) return;
  if (seen.has(value)) out.push({ path, code: 'duplicate-id', message: `expected ids unique across the sheet's groups and items, got ${JSON.stringify(value)} again` });
  seen.add(value);
}

const SHEET_FIELDS = ['id', 'title', 'subject', 'note', 'cite', 'groups'] as const;
const GROUP_FIELDS = ['id', 'title', 'part', 'max', 'items', 'framePart', 'cite'] as const;
const ITEM_FIELDS = ['id', 'title', 'max', 'framePart', 'cite'] as const;

function checkItems(group: Raw, at: string, seen: Set<string>, out: InputIssue[]): number | undefined {
  const items = group['items'];
  if (!Array.isArray(items) || items.length === 0) {
    out.push({ path: `${at}.items`, code: 'invalid-type', message: `expected a non-empty array of items, got ${describeValue(items)}` });
    return undefined;
  }
  let sum: number | undefined = 0;
  items.forEach((item: unknown, j) => {
    const ip = `${at}.items[${j}]`;
    if (!isObject(item)) {
      out.push({ path: ip, code: 'invalid-type', message: `expected an item object, got ${describeValue(item)}` });
      sum = undefined;
      return;
    }
    checkFields(item, ITEM_FIELDS, ip, out);
    checkId(item['id'], `${ip}.id`, seen, out);
    checkText(item['title'], `${ip}.title`, 'a title', out);
    checkCite(item['cite'], `${ip}.cite`, out);
    if (item['framePart'] !== undefined) checkText(item['framePart'], `${ip}.framePart`, 'a part id', out);
    const max = checkMax(item['max'], `${ip}.max`, out);
    sum = max === undefined || sum === undefined ? undefined : sum + max;
  });
  return sum;
}

function validateSheet(definition: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  if (!isObject(definition)) return [{ path: '', code: 'invalid-type', message: `expected a score sheet object, got ${describeValue(definition)}` }];
  checkFields(definition, SHEET_FIELDS, '', out);
  checkText(definition['id'], 'id', 'an id', out);
  checkText(definition['title'], 'title', 'a title', out);
  const subject = definition['subject'];
  if (subject !== undefined && !(SCORE_SUBJECTS as readonly unknown[]).includes(subject)) {
    out.push({ path: 'subject', code: 'invalid-subject', message: `expected one of ${SCORE_SUBJECTS.map((s) => JSON.stringify(s)).join(', ')}, got ${describeValue(subject)}` });
  }
  if (definition['note'] !== undefined) checkText(definition['note'], 'note', 'a note', out);
  checkCite(definition['cite'], 'cite', out);
  const groups = definition['groups'];
  if (!Array.isArray(groups) || groups.length === 0) {
    out.push({ path: 'groups', code: 'invalid-type', message: `expected a non-empty array of groups, got ${describeValue(groups)}` });
    return out;
  }
  const seen = new Set<string>();
  // Part sums are only meaningful once every group has a valid part and maximum.
  const parts: Record<ScorePart, number> = { general: 0, results: 0 };
  let frameKnown = true;
  groups.forEach((group: unknown, i) => {
    const at = `groups[${i}]`;
    if (!isObject(group)) {
      out.push({ path: at, code: 'invalid-type', message: `expected a group object, got ${describeValue(group)}` });
      frameKnown = false;
      return;
    }
    checkFields(group, GROUP_FIELDS, at, out);
    checkId(group['id'], `${at}.id`, seen, out);
    checkText(group['title'], `${at}.title`, 'a title', out);
    checkCite(group['cite'], `${at}.cite`, out);
    if (group['framePart'] !== undefined) checkText(group['framePart'], `${at}.framePart`, 'a part id', out);
    const part = group['part'];
    const partOk = part === 'general' || part === 'results';
    if (!partOk) out.push({ path: `${at}.part`, code: 'invalid-part', message: `expected "general" (tiêu chí chung) or "results" (kết quả thực hiện nhiệm vụ), got ${describeValue(part)}` });
    const max = checkMax(group['max'], `${at}.max`, out);
    const items = checkItems(group, at, seen, out);
    if (max !== undefined && items !== undefined && items !== max) {
      out.push({ path: `${at}.max`, code: 'maxima-do-not-add-up', message: `expected the group maximum to equal the sum of its items' maxima (${fromTenths(items)}), got ${fromTenths(max)}` });
    }
    if (partOk && max !== undefined) parts[part] += max;
    else frameKnown = false;
  });
  if (!frameKnown) return out;
  for (const part of ['general', 'results'] as const) {
    const sum = parts[part];
    if (sum !== toTenths(QD366_FRAME[part])) {
      const name = part === 'general' ? 'tiêu chí chung' : 'kết quả thực hiện nhiệm vụ';
      out.push({ path: 'groups', code: 'frame-mismatch', message: `expected the "${part}" groups (${name}) to add up to ${QD366_FRAME[part]} points (366-QĐ/TW · Phụ lục: 30 + 70 = 100), got ${fromTenths(sum)}` });
    }
  }
  if (out.length === 0) out.push(...sheetPartsIssues(definition as unknown as ScoreSheetDefinition));
  return out;
}

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freezeDeep(v);
  }
  return value;
}

/**
 * Validates a score sheet (any value) and returns it, frozen, or every problem with its path.
 *
 * @example
 * ```ts
 * import { safeDefineScoreSheet } from 'xeploai/score';
 * const r = safeDefineScoreSheet({ id: 's', title: 'S', groups: [
 *   { id: 'general', title: 'Chung', part: 'general', max: 33, items: [{ id: 'g', title: 'Chung', max: 33 }] },
 *   { id: 'results', title: 'Nhiệm vụ', part: 'results', max: 70, items: [{ id: 'r', title: 'Nhiệm vụ', max: 70 }] },
 * ] });
 * r.success; // false
 * !r.success && r.issues.map((i) => i.code); // ['frame-mismatch']
 * ```
 */
export function safeDefineScoreSheet(definition: unknown): SafeResult<ScoreSheet> {
  const issues = validateSheet(definition);
  if (issues.length > 0) return { success: false, issues };
  const copy = freezeDeep({ ...(structuredClone(definition) as ScoreSheetDefinition), frame: 'qd366-2025' as const }) as ScoreSheet;
  VALIDATED.add(copy);
  return { success: true, data: copy };
}

/**
 * Validates a score sheet and returns it, frozen, typed with its own item ids; throws
 * `XeploaiError` listing every problem with its path (`groups[1].items[0].max`, …): ids must be
 * unique across groups and items, item maxima add up to their group, and the `general` groups
 * to 30 and the `results` groups to 70 (366-QĐ/TW · Phụ lục).
 *
 * @example
 * ```ts
 * import { defineScoreSheet } from 'xeploai/score';
 * const sheet = defineScoreSheet({
 *   id: 'xa-an-binh-2025', title: 'Bảng chấm điểm đảng viên xã An Bình',
 *   groups: [
 *     { id: 'general', title: 'Tiêu chí chung', part: 'general', max: 30, items: [
 *       { id: 'chinh-tri', title: 'Phẩm chất chính trị, đạo đức, lối sống', max: 18 },
 *       { id: 'doi-moi', title: 'Tư duy đổi mới, dám nghĩ, dám làm', max: 4 },
 *       { id: 'tu-phe-binh', title: 'Tự phê bình và phê bình', max: 8 },
 *     ] },
 *     { id: 'results', title: 'Kết quả thực hiện nhiệm vụ', part: 'results', max: 70, items: [
 *       { id: 'nhiem-vu', title: 'Nhiệm vụ được giao', max: 70 },
 *     ] },
 *   ],
 * });
 * sheet.groups.length; // 2
 * ```
 */
export function defineScoreSheet<const D extends ScoreSheetDefinition>(definition: D): ScoreSheet<D> {
  const r = safeDefineScoreSheet(definition);
  if (!r.success) throw new XeploaiError(r.issues);
  return r.data as ScoreSheet<D>;
}

/**
 * Whether a value is a sheet made by `defineScoreSheet` (and not a look-alike object).
 *
 * @example
 * ```ts
 * import { isScoreSheet, qd366CollectiveSheet } from 'xeploai/score';
 * isScoreSheet(qd366CollectiveSheet); // true
 * isScoreSheet({ ...qd366CollectiveSheet }); // false
 * ```
 */
export function isScoreSheet(value: unknown): value is ScoreSheet {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

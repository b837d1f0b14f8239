/**
 * Marking a subject against a score sheet: each mark validated, totals per group and per part
 * in integer tenths, and the `score` to put in a review file.
 *
 * @module
 */
import { XeploaiError, describeValue, type InputIssue, type SafeResult } from '../errors.js';
import { hasAtMostOneDecimal } from '../model/fields.js';
import type { Score } from '../model/index.js';
import type { PartPoints } from './check.js';
import { scoreFrameOfSubject } from './frames.js';
import { isScoreSheet, type ScoreItemId, type ScoreSheet } from './sheet.js';
import type { ScorePart } from './types.js';
import { fromTenths, toTenths } from './tenths.js';

/**
 * Marks by item id: every item of the sheet, each from 0 to the item's maximum with at most one
 * decimal place.
 *
 * @example
 * ```ts
 * import { qd366NonLeaderSheet, type ScoreMarks } from 'xeploai/score';
 * const marks: ScoreMarks<typeof qd366NonLeaderSheet> = { 'tieu-chi-chung': 27, 'ket-qua-thuc-hien-nhiem-vu': 63 };
 * ```
 */
export type ScoreMarks<S> = { readonly [K in ScoreItemId<S>]: number };

/**
 * Points of one group.
 *
 * @example
 * ```ts
 * import type { GroupPoints } from 'xeploai/score';
 * const g: GroupPoints = { id: 'general', part: 'general', max: 30, points: 27 };
 * ```
 */
export interface GroupPoints {
  readonly id: string;
  readonly part: ScorePart;
  readonly max: number;
  readonly points: number;
}

/**
 * What a marked sheet adds up to: points per group, per part and in total, and the `score`
 * (`{ general, results }`) to put in a review file. When the sheet's items name the parts of its
 * subject group (`framePart`), `framePartPoints` gives the points of each part, in the frame's order.
 *
 * @example
 * ```ts
 * import { qd366CollectiveSheet, scoreWithSheet, type SheetScore } from 'xeploai/score';
 * const s: SheetScore = scoreWithSheet(qd366CollectiveSheet, { 'tieu-chi-chung': 27, 'ket-qua-thuc-hien-nhiem-vu': 64.5 });
 * s.score; // { general: 27, results: 64.5 }
 * ```
 */
export interface SheetScore {
  readonly sheetId: string;
  readonly groups: readonly GroupPoints[];
  readonly general: number;
  readonly results: number;
  readonly total: number;
  readonly score: Score;
  readonly framePartPoints?: readonly PartPoints[];
}

function markIssue(value: unknown, max: number, item: string, group: string): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max || !hasAtMostOneDecimal(value)) {
    return `expected a mark from 0 to ${max} with at most one decimal place (item "${item}" of group "${group}"), got ${describeValue(value)}`;
  }
  return undefined;
}

/**
 * Validates marks against a sheet and adds them up, or returns every problem with its path
 * (`marks.ITEM`): a mark that is missing, not a number, negative, above the item's maximum or
 * with more than one decimal place; a mark for an item the sheet does not have.
 *
 * @example
 * ```ts
 * import { qd366NonLeaderSheet, safeScoreWithSheet } from 'xeploai/score';
 * const r = safeScoreWithSheet(qd366NonLeaderSheet, { 'tieu-chi-chung': 31, 'ket-qua-thuc-hien-nhiem-vu': 63 });
 * !r.success && r.issues[0]?.path; // 'marks.tieu-chi-chung'
 * ```
 */
export function safeScoreWithSheet(sheet: ScoreSheet, marks: unknown): SafeResult<SheetScore> {
  if (!isScoreSheet(sheet)) {
    return { success: false, issues: [{ path: 'sheet', code: 'invalid-sheet', message: 'expected a sheet made by defineScoreSheet' }] };
  }
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) {
    return { success: false, issues: [{ path: 'marks', code: 'invalid-type', message: `expected an object of marks by item id, got ${describeValue(marks)}` }] };
  }
  const given = marks as Readonly<Record<string, unknown>>;
  const issues: InputIssue[] = [];
  const known = new Set<string>();
  const groups: GroupPoints[] = [];
  const parts: Record<ScorePart, number> = { general: 0, results: 0 };
  const byFramePart = new Map<string, Record<ScorePart, number>>();
  for (const group of sheet.groups) {
    let points = 0;
    for (const item of group.items) {
      known.add(item.id);
      const path = `marks.${item.id}`;
      if (!Object.prototype.hasOwnProperty.call(given, item.id)) {
        issues.push({ path, code: 'missing-mark', message: `expected a mark from 0 to ${item.max} for item "${item.title}" of group "${group.title}", got nothing` });
        continue;
      }
      const value = given[item.id];
      const problem = markIssue(value, item.max, item.title, group.title);
      if (problem !== undefined) issues.push({ path, code: 'invalid-mark', message: problem });
      else {
        points += toTenths(value as number);
        const framePart = item.framePart ?? group.framePart;
        if (framePart !== undefined) {
          const sums = byFramePart.get(framePart) ?? { general: 0, results: 0 };
          sums[group.part] += toTenths(value as number);
          byFramePart.set(framePart, sums);
        }
      }
    }
    parts[group.part] += points;
    groups.push({ id: group.id, part: group.part, max: group.max, points: fromTenths(points) });
  }
  for (const key of Object.keys(given).sort()) {
    if (!known.has(key)) issues.push({ path: `marks.${key}`, code: 'unknown-item', message: `expected an item id of sheet ${sheet.id}, got ${JSON.stringify(key)}` });
  }
  if (issues.length > 0) return { success: false, issues };
  const general = fromTenths(parts.general);
  const results = fromTenths(parts.results);
  const data = { sheetId: sheet.id, groups, general, results, total: fromTenths(parts.general + parts.results), score: { general, results } };
  // A sheet naming parts has a subject (defineScoreSheet checks it).
  if (byFramePart.size === 0 || sheet.subject === undefined) return { success: true, data };
  const framePartPoints = scoreFrameOfSubject(sheet.subject).parts.map((p) => {
    const sums = byFramePart.get(p.id) ?? { general: 0, results: 0 };
    return { id: p.id, title: p.title, general: fromTenths(sums.general), results: fromTenths(sums.results) };
  });
  return { success: true, data: { ...data, framePartPoints } };
}

/**
 * Validates marks against a sheet and adds them up in integer tenths; throws `XeploaiError`
 * listing every bad mark with its path. The result's `score` is what a review file's
 * `score` field takes.
 *
 * @example
 * ```ts
 * import { defineScoreSheet, scoreWithSheet } from 'xeploai/score';
 * const sheet = defineScoreSheet({ id: 'vd', title: 'Ví dụ', groups: [
 *   { id: 'general', title: 'Tiêu chí chung', part: 'general', max: 30, items: [
 *     { id: 'chinh-tri', title: 'Chính trị, đạo đức', max: 18 }, { id: 'doi-moi', title: 'Đổi mới', max: 4 }, { id: 'tu-phe-binh', title: 'Tự phê bình', max: 8 }] },
 *   { id: 'results', title: 'Kết quả', part: 'results', max: 70, items: [{ id: 'nhiem-vu', title: 'Nhiệm vụ', max: 70 }] },
 * ] });
 * const s = scoreWithSheet(sheet, { 'chinh-tri': 17.5, 'doi-moi': 3.5, 'tu-phe-binh': 7, 'nhiem-vu': 62.1 });
 * s.score; // { general: 28, results: 62.1 }
 * s.total; // 90.1
 * ```
 */
export function scoreWithSheet<S extends ScoreSheet>(sheet: S, marks: ScoreMarks<S>): SheetScore {
  const r = safeScoreWithSheet(sheet, marks);
  if (!r.success) throw new XeploaiError(r.issues);
  return r.data;
}

/**
 * Checking a score sheet against a subject group's frame (366-QĐ/TW · Phụ lục 1–5): the 30 + 70
 * points (already checked by `defineScoreSheet`) and the parts of the general criteria.
 *
 * @module
 */
import { XeploaiError, describeValue, type InputIssue, type SafeResult } from '../errors.js';
import { QD366_SCORE_FRAMES, SUBJECT_GROUPS, type ScoreFrame, type SubjectGroup } from './frames.js';
import { partsAgainstFrame } from './parts.js';
import { isScoreSheet, type ScoreSheet } from './sheet.js';
import { fromTenths } from './tenths.js';

/**
 * Points of one part of a frame in a sheet: the maxima of the items that mark it, in the
 * general groups and (only where the frame allows it, Phụ lục 3) in the results groups.
 *
 * @example
 * ```ts
 * import type { PartPoints } from 'xeploai/score';
 * const p: PartPoints = { id: 'tu-phe-binh', title: 'Tự phê bình', general: 8, results: 0 };
 * ```
 */
export interface PartPoints {
  readonly id: string;
  readonly title: string;
  readonly general: number;
  readonly results: number;
}

/**
 * A sheet that fits a subject group's frame: the frame (with its `note` on what is not known)
 * and the points the sheet gives each part. The `general` points of the parts add up to the
 * frame's 30.
 *
 * @example
 * ```ts
 * import type { SheetFrameCheck } from 'xeploai/score';
 * declare const c: SheetFrameCheck;
 * c.frame.annex; // 4
 * ```
 */
export interface SheetFrameCheck {
  readonly sheetId: string;
  readonly group: SubjectGroup;
  readonly frame: ScoreFrame;
  readonly parts: readonly PartPoints[];
}

/**
 * Checks a sheet against a subject group's frame, or returns every problem with its path: the
 * sheet's `subject`, when given, is the group's (`subject-mismatch`); every item of a `general`
 * group names a part of the group (its own `framePart` or its group's: `frame-part-not-named`,
 * `unknown-frame-part`), so the parts add up to the 30 general points; no part is marked in a
 * `results` group except in Phụ lục 3, where the text seen does not say which parts count in
 * the 70 (`frame-part-in-results`); every part is marked (`frame-part-not-covered`). For
 * collectives (Phụ lục 1, parts not known) only the 30 + 70 frame is checked and no
 * `framePart` may be named.
 *
 * @example
 * ```ts
 * import { defineScoreSheet, safeCheckScoreSheet } from 'xeploai/score';
 * const sheet = defineScoreSheet({ id: 'x', title: 'X', groups: [
 *   { id: 'chung', title: 'Tiêu chí chung', part: 'general', max: 30, items: [
 *     { id: 'dao-duc', title: 'Phẩm chất chính trị, đạo đức, lối sống, kỷ luật', max: 22 },
 *     { id: 'tu-phe-binh', title: 'Tự phê bình', max: 8 }] },
 *   { id: 'nhiem-vu', title: 'Kết quả thực hiện nhiệm vụ', part: 'results', max: 70, items: [{ id: 'nv', title: 'Nhiệm vụ', max: 70 }] },
 * ] });
 * const r = safeCheckScoreSheet(sheet, 'outside-system');
 * !r.success && r.issues.map((i) => [i.path, i.code]); // [['groups[0].items[0].framePart', 'frame-part-not-named'], ['groups[0].items[1].framePart', 'frame-part-not-named']]
 * safeCheckScoreSheet(sheet, 'collective').success; // true
 * ```
 */
export function safeCheckScoreSheet(sheet: ScoreSheet, group: SubjectGroup): SafeResult<SheetFrameCheck> {
  if (!isScoreSheet(sheet)) return { success: false, issues: [{ path: 'sheet', code: 'invalid-sheet', message: 'expected a sheet made by defineScoreSheet' }] };
  if (!(SUBJECT_GROUPS as readonly unknown[]).includes(group)) {
    return { success: false, issues: [{ path: 'group', code: 'invalid-group', message: `expected one of ${SUBJECT_GROUPS.map((g) => JSON.stringify(g)).join(', ')}, got ${describeValue(group)}` }] };
  }
  const frame = QD366_SCORE_FRAMES[group];
  const issues: InputIssue[] = [];
  if (sheet.subject !== undefined && sheet.subject !== frame.subject) {
    issues.push({ path: 'subject', code: 'subject-mismatch', message: `expected the subject of ${group} (366-QĐ/TW · Phụ lục ${frame.annex}), ${JSON.stringify(frame.subject)}, got ${JSON.stringify(sheet.subject)}` });
  }
  const { issues: partIssues, tenths } = partsAgainstFrame(sheet, frame);
  issues.push(...partIssues);
  if (issues.length > 0) return { success: false, issues };
  const parts = frame.parts.map((p) => {
    const t = tenths.get(p.id)!;
    return { id: p.id, title: p.title, general: fromTenths(t.general), results: fromTenths(t.results) };
  });
  return { success: true, data: { sheetId: sheet.id, group, frame, parts } };
}

/**
 * Checks a sheet against a subject group's frame and parts (see `safeCheckScoreSheet`); throws
 * `XeploaiError` listing every problem with its path.
 *
 * @example
 * ```ts
 * import { checkScoreSheet, defineScoreSheet } from 'xeploai/score';
 * const sheet = defineScoreSheet({ id: 'xa-a-2025', title: 'Đảng viên không giữ chức vụ — xã A', subject: 'ca-nhan-khong-giu-chuc-vu', groups: [
 *   { id: 'chung', title: 'Tiêu chí chung', part: 'general', max: 30, items: [
 *     { id: 'chinh-tri', title: 'Chính trị, phẩm chất đạo đức, kỷ luật', max: 15, framePart: 'chinh-tri-pham-chat-dao-duc-ky-luat' },
 *     { id: 'chuyen-mon', title: 'Năng lực chuyên môn theo vị trí việc làm', max: 10, framePart: 'nang-luc-chuyen-mon-theo-vi-tri-viec-lam' },
 *     { id: 'tu-phe-binh', title: 'Tự phê bình', max: 5, framePart: 'tu-phe-binh' }] },
 *   { id: 'nhiem-vu', title: 'Kết quả thực hiện nhiệm vụ', part: 'results', max: 70, items: [{ id: 'nv', title: 'Nhiệm vụ', max: 70 }] },
 * ] });
 * checkScoreSheet(sheet, 'non-leader').parts.map((p) => p.general); // [15, 10, 5]
 * ```
 */
export function checkScoreSheet(sheet: ScoreSheet, group: SubjectGroup): SheetFrameCheck {
  const r = safeCheckScoreSheet(sheet, group);
  if (!r.success) throw new XeploaiError(r.issues);
  return r.data;
}

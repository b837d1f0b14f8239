/**
 * A score sheet against its subject group's parts (366-QĐ/TW · Phụ lục 1–5): every item of the
 * general criteria marks one part of the frame, every part is marked, and so the parts add up
 * to the group's 30 general points. Internal: used by `defineScoreSheet` and `checkScoreSheet`.
 *
 * @module
 */
import type { InputIssue } from '../errors.js';
import { QD366_SCORE_FRAMES, scoreFrameOfSubject, type ScoreFrame } from './frames.js';
import type { ScoreSheetDefinition } from './types.js';
import { toTenths } from './tenths.js';

function annexName(frame: ScoreFrame): string {
  return `366-QĐ/TW · Phụ lục ${frame.annex}`;
}

/**
 * Every issue of a sheet against a frame, with paths, and the points (in tenths) the items give
 * each part, in the general and in the results groups.
 *
 * @example
 * ```ts
 * import { partsAgainstFrame } from './parts.js';
 * import { QD366_SCORE_FRAMES } from './frames.js';
 * const r = partsAgainstFrame({ id: 's', title: 'S', groups: [
 *   { id: 'g', title: 'Chung', part: 'general', max: 30, items: [{ id: 'a', title: 'A', max: 30, framePart: 'tu-phe-binh' }] },
 *   { id: 'r', title: 'Nhiệm vụ', part: 'results', max: 70, items: [{ id: 'b', title: 'B', max: 70 }] },
 * ] }, QD366_SCORE_FRAMES['outside-system']);
 * r.issues.map((i) => i.code); // ['frame-part-not-covered']
 * r.tenths.get('tu-phe-binh'); // { general: 300, results: 0 }
 * ```
 */
export function partsAgainstFrame(definition: ScoreSheetDefinition, frame: ScoreFrame): { issues: InputIssue[]; tenths: Map<string, { general: number; results: number }> } {
  const issues: InputIssue[] = [];
  const tenths = new Map(frame.parts.map((p) => [p.id, { general: 0, results: 0 }]));
  const ids = frame.parts.map((p) => JSON.stringify(p.id)).join(', ');
  const known = (value: string, path: string, part: 'general' | 'results'): boolean => {
    if (frame.parts.length === 0) {
      issues.push({ path, code: 'unknown-frame-part', message: `expected no framePart: the parts of ${annexName(frame)} (${frame.group}) are not known, only the ${frame.general} + ${frame.results} frame is checked; got ${JSON.stringify(value)}` });
      return false;
    }
    if (!tenths.has(value)) {
      issues.push({ path, code: 'unknown-frame-part', message: `expected a part of ${annexName(frame)} (${frame.group}): ${ids}; got ${JSON.stringify(value)}` });
      return false;
    }
    if (part === 'results' && !frame.partsInResults) {
      issues.push({ path, code: 'frame-part-in-results', message: `expected the parts of ${annexName(frame)} (${frame.group}) only in a "general" group (nhóm tiêu chí chung), got ${JSON.stringify(value)} in a "results" group` });
      return false;
    }
    return true;
  };
  definition.groups.forEach((group, i) => {
    const groupPart = group.framePart;
    const groupOk = groupPart === undefined || known(groupPart, `groups[${i}].framePart`, group.part);
    group.items.forEach((item, j) => {
      const own = item.framePart;
      if (own !== undefined && !known(own, `groups[${i}].items[${j}].framePart`, group.part)) return;
      const part = own ?? groupPart;
      if (part === undefined) {
        if (group.part === 'general' && frame.parts.length > 0) {
          issues.push({
            path: `groups[${i}].items[${j}].framePart`,
            code: 'frame-part-not-named',
            message: `expected the part of ${annexName(frame)} (${frame.group}) that item "${item.title}" marks, one of ${ids}: the parts must add up to the ${frame.general} general points; got nothing`,
          });
        }
        return;
      }
      if (own === undefined && !groupOk) return;
      const sums = tenths.get(part)!;
      sums[group.part] += toTenths(item.max);
    });
  });
  if (issues.length === 0) {
    const missing = frame.parts.filter((p) => { const s = tenths.get(p.id)!; return s.general + s.results === 0; });
    if (missing.length > 0) {
      issues.push({ path: 'groups', code: 'frame-part-not-covered', message: `expected every part of ${annexName(frame)} (${frame.group}) to be marked by an item, got none for ${missing.map((p) => JSON.stringify(p.id)).join(', ')}` });
    }
  }
  return { issues, tenths };
}

function namesAPart(definition: ScoreSheetDefinition): boolean {
  return definition.groups.some((g) => g.framePart !== undefined || g.items.some((i) => i.framePart !== undefined));
}

/**
 * What `defineScoreSheet` checks beyond the frame: nothing when no group or item names a
 * `framePart`; else the sheet's `subject` is required and the sheet is checked against its parts.
 *
 * @example
 * ```ts
 * import { sheetPartsIssues } from './parts.js';
 * sheetPartsIssues({ id: 's', title: 'S', groups: [
 *   { id: 'g', title: 'Chung', part: 'general', max: 30, framePart: 'tu-phe-binh', items: [{ id: 'a', title: 'A', max: 30 }] },
 * ] }).map((i) => i.path); // ['subject']
 * ```
 */
export function sheetPartsIssues(definition: ScoreSheetDefinition): InputIssue[] {
  if (!namesAPart(definition)) return [];
  if (definition.subject === undefined) {
    return [{ path: 'subject', code: 'missing-subject', message: `expected the subject group whose parts the sheet's framePart fields name (one of ${Object.values(QD366_SCORE_FRAMES).map((f) => JSON.stringify(f.subject)).join(', ')}), got nothing` }];
  }
  return partsAgainstFrame(definition, scoreFrameOfSubject(definition.subject)).issues;
}

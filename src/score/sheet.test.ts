import * as fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { ScoreSchema } from '../model/index.js';
import {
  defineScoreSheet,
  findScoreSheet,
  isScoreSheet,
  qd366DefaultSheets,
  exampleDangUyWeightedSheet,
  qd366IndividualWeightedSheet,
  safeDefineScoreSheet,
  safeScoreWithSheet,
  scoreWithSheet,
  SCORE_SUBJECTS,
  type ScoreItemId,
} from './index.js';

const general = (max: number, items = [{ id: 'g', title: 'Chung', max }]) => ({ id: 'general', title: 'Tiêu chí chung', part: 'general' as const, max, items });
const results = (max: number, items = [{ id: 'r', title: 'Kết quả', max }]) => ({ id: 'results', title: 'Kết quả thực hiện nhiệm vụ', part: 'results' as const, max, items });

function issuesOf(definition: unknown): [string, string][] {
  const r = safeDefineScoreSheet(definition);
  return r.success ? [] : r.issues.map((i) => [i.path, i.code]);
}

describe('defineScoreSheet: the tree and the 30 + 70 frame (C366-06)', () => {
  it('accepts a sheet inside the frame and freezes it', () => {
    const s = defineScoreSheet({ id: 's', title: 'S', groups: [general(30), results(70)] });
    expect(s.frame).toBe('qd366-2025');
    expect(Object.isFrozen(s.groups[0]!.items[0])).toBe(true);
    expect(isScoreSheet(s)).toBe(true);
  });

  it('general group 33 → error at `groups` (the frame)', () => {
    expect(issuesOf({ id: 's', title: 'S', groups: [general(33), results(70)] })).toEqual([['groups', 'frame-mismatch']]);
  });

  it('task group 75 → error; total 105 → both parts reported', () => {
    expect(issuesOf({ id: 's', title: 'S', groups: [general(30), results(75)] })).toEqual([['groups', 'frame-mismatch']]);
    const both = safeDefineScoreSheet({ id: 's', title: 'S', groups: [general(32), results(73)] });
    expect(both.success).toBe(false);
    if (!both.success) expect(both.issues.map((i) => i.message)).toEqual([
      'expected the "general" groups (tiêu chí chung) to add up to 30 points (366-QĐ/TW · Phụ lục: 30 + 70 = 100), got 32',
      'expected the "results" groups (kết quả thực hiện nhiệm vụ) to add up to 70 points (366-QĐ/TW · Phụ lục: 30 + 70 = 100), got 73',
    ]);
  });

  it('items whose maxima do not add up to their group → error at the group’s max, with the sum', () => {
    const items = [{ id: 'a', title: 'A', max: 18 }, { id: 'b', title: 'B', max: 4 }, { id: 'c', title: 'C', max: 6 }];
    const r = safeDefineScoreSheet({ id: 's', title: 'S', groups: [general(30, items), results(70)] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: 'groups[0].max', code: 'maxima-do-not-add-up', message: "expected the group maximum to equal the sum of its items' maxima (28), got 30" }]);
  });

  it('adds maxima in tenths: 0.1 + 0.2 is 0.3', () => {
    const items = [{ id: 'a', title: 'A', max: 0.1 }, { id: 'b', title: 'B', max: 0.2 }, { id: 'c', title: 'C', max: 29.7 }];
    expect(issuesOf({ id: 's', title: 'S', groups: [general(30, items), results(70)] })).toEqual([]);
  });

  it('splits parts over several groups', () => {
    const s = defineScoreSheet({
      id: 'tinh', title: 'Tỉnh', groups: [
        { id: 'g1', title: 'Chính trị', part: 'general', max: 20, items: [{ id: 'g1a', title: 'a', max: 20 }] },
        { id: 'g2', title: 'Tự phê bình', part: 'general', max: 10, items: [{ id: 'g2a', title: 'b', max: 10 }] },
        { id: 'r1', title: 'Nhiệm vụ', part: 'results', max: 50, items: [{ id: 'r1a', title: 'c', max: 50 }] },
        { id: 'r2', title: 'Năng lực', part: 'results', max: 20, items: [{ id: 'r2a', title: 'd', max: 20 }] },
      ],
    });
    expect(scoreWithSheet(s, { g1a: 18, g2a: 9.5, r1a: 45, r2a: 18 }).score).toEqual({ general: 27.5, results: 63 });
  });

  it('reports duplicate ids (the later one), bad maxima, unknown fields, bad parts, empty lists — all at once', () => {
    const bad = {
      id: 's', title: 'S', extra: 1, groups: [
        { id: 'general', title: 'G', part: 'general', max: 30, items: [{ id: 'x', title: 'X', max: 30.25 }] },
        { id: 'results', title: 'R', part: 'tasks', max: 70, items: [{ id: 'x', title: 'X2', max: 0 }] },
        { id: 'general', title: 'G2', part: 'general', max: 5, items: [] },
      ],
    };
    expect(issuesOf(bad)).toEqual([
      ['extra', 'unknown-field'],
      ['groups[0].items[0].max', 'invalid-max'],
      ['groups[1].part', 'invalid-part'],
      ['groups[1].items[0].id', 'duplicate-id'],
      ['groups[1].items[0].max', 'invalid-max'],
      ['groups[2].id', 'duplicate-id'],
      ['groups[2].items', 'invalid-type'],
    ]);
    expect(issuesOf(null)).toEqual([['', 'invalid-type']]);
    expect(issuesOf({ id: '', title: 'S', groups: [] })).toEqual([['id', 'invalid-type'], ['groups', 'invalid-type']]);
  });

  it('defineScoreSheet throws XeploaiError listing the issues', () => {
    expect(() => defineScoreSheet({ id: 's', title: 'S', groups: [general(33), results(70)] })).toThrow(XeploaiError);
  });

  it('infers item ids: marks are typed by the sheet', () => {
    const s = defineScoreSheet({ id: 's', title: 'S', groups: [
      { id: 'general', title: 'Chung', part: 'general', max: 30, items: [{ id: 'g1', title: 'a', max: 30 }] },
      { id: 'results', title: 'Kết quả', part: 'results', max: 70, items: [{ id: 'r1', title: 'b', max: 70 }] },
    ] });
    expectTypeOf<ScoreItemId<typeof s>>().toEqualTypeOf<'g1' | 'r1'>();
    expect(scoreWithSheet(s, { g1: 1, r1: 2 }).total).toBe(3);
    // @ts-expect-error — 'g2' is not an item of the sheet
    expect(() => scoreWithSheet(s, { g1: 1, r1: 2, g2: 3 })).toThrow(/marks\.g2/);
    // @ts-expect-error — 'r1' is missing
    expect(() => scoreWithSheet(s, { g1: 1 })).toThrow(/marks\.r1/);
  });
});

describe('scoreWithSheet: marks', () => {
  const s = exampleDangUyWeightedSheet;
  const good = { 'pham-chat-chinh-tri-dao-duc': 17.5, 'tu-duy-doi-moi': 3.5, 'tu-phe-binh-va-phe-binh': 7, 'ket-qua-thuc-hien-nhiem-vu': 62.1 };

  it('adds up per group and part in tenths; the score fits review@1', () => {
    const r = scoreWithSheet(s, good);
    expect(r).toEqual({
      sheetId: 'vi-du-dang-uy-ca-nhan-18-4-8',
      groups: [{ id: 'general', part: 'general', max: 30, points: 28 }, { id: 'results', part: 'results', max: 70, points: 62.1 }],
      general: 28, results: 62.1, total: 90.1, score: { general: 28, results: 62.1 },
    });
    expect(ScoreSchema.safeParse(r.score).success).toBe(true);
  });

  it('a mark above its item’s maximum → error at marks.ITEM', () => {
    const r = safeScoreWithSheet(s, { ...good, 'tu-duy-doi-moi': 4.5 });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([{
        path: 'marks.tu-duy-doi-moi', code: 'invalid-mark',
        message: 'expected a mark from 0 to 4 with at most one decimal place (item "Tư duy đổi mới, dám nghĩ, dám làm" of group "Nhóm tiêu chí chung"), got 4.5',
      }]);
    }
  });

  it('negative, two decimals, not a number, missing, unknown: every problem listed', () => {
    const r = safeScoreWithSheet(s, { 'pham-chat-chinh-tri-dao-duc': -1, 'tu-duy-doi-moi': 3.25, 'tu-phe-binh-va-phe-binh': '7', zzz: 1, aaa: 2 });
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['marks.pham-chat-chinh-tri-dao-duc', 'invalid-mark'],
      ['marks.tu-duy-doi-moi', 'invalid-mark'],
      ['marks.tu-phe-binh-va-phe-binh', 'invalid-mark'],
      ['marks.ket-qua-thuc-hien-nhiem-vu', 'missing-mark'],
      ['marks.aaa', 'unknown-item'],
      ['marks.zzz', 'unknown-item'],
    ]);
    expect(safeScoreWithSheet(s, [1, 2])).toMatchObject({ success: false, issues: [{ path: 'marks' }] });
    expect(safeScoreWithSheet({ ...s } as never, good)).toMatchObject({ success: false, issues: [{ path: 'sheet' }] });
  });

  it('property: any valid marks add up exactly (in tenths) and give a valid review@1 score', () => {
    const sheet = defineScoreSheet({ id: 'p', title: 'P', groups: [
      general(30, [{ id: 'a', title: 'a', max: 18 }, { id: 'b', title: 'b', max: 4 }, { id: 'c', title: 'c', max: 8 }]),
      results(70, [{ id: 'd', title: 'd', max: 35.5 }, { id: 'e', title: 'e', max: 34.5 }]),
    ] });
    const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 });
    fc.assert(fc.property(tenths(18), tenths(4), tenths(8), tenths(35.5), tenths(34.5), (a, b, c, d, e) => {
      const r = scoreWithSheet(sheet, { a: a / 10, b: b / 10, c: c / 10, d: d / 10, e: e / 10 });
      expect(Math.round(r.total * 10)).toBe(a + b + c + d + e);
      expect(r.total * 10).toBe(a + b + c + d + e);
      expect(ScoreSchema.safeParse(r.score).success).toBe(true);
    }));
  });
});

describe('built-in QĐ 366 sheets', () => {
  it('one default sheet per subject group, each with the two verified groups 30 + 70', () => {
    expect(Object.keys(qd366DefaultSheets)).toEqual([...SCORE_SUBJECTS]);
    for (const [subject, sheet] of Object.entries(qd366DefaultSheets)) {
      expect(sheet.subject).toBe(subject);
      expect(sheet.groups.map((g) => [g.id, g.part, g.max, g.items.length])).toEqual([['general', 'general', 30, 1], ['results', 'results', 70, 1]]);
      expect(sheet.cite?.doc).toBe('366-QĐ/TW');
      expect(isScoreSheet(sheet)).toBe(true);
    }
  });

  it('the 18/4/8 sheet is a cited example of one đảng ủy’s choice, no default, not cited to QĐ 366', () => {
    expect(Object.values(qd366DefaultSheets)).not.toContain(exampleDangUyWeightedSheet);
    expect(exampleDangUyWeightedSheet.id).toBe('vi-du-dang-uy-ca-nhan-18-4-8');
    expect(exampleDangUyWeightedSheet.title).toMatch(/^Ví dụ: .*một đảng ủy.*không phải quy định của Trung ương/);
    expect(exampleDangUyWeightedSheet.note).toMatch(/^Example, not a default: one đảng ủy/);
    expect('subject' in exampleDangUyWeightedSheet).toBe(false);
    for (const c of [exampleDangUyWeightedSheet.cite, ...exampleDangUyWeightedSheet.groups[0]!.items.map((i) => i.cite)]) {
      expect(c).toMatchObject({ doc: '03-HD/TVĐU', note: expect.stringMatching(/not central: 43-HD\/BTCTW · Mục 7, tiểu mục 7\.12/) });
    }
    expect(findScoreSheet('vi-du-dang-uy-ca-nhan-18-4-8')).toBe(exampleDangUyWeightedSheet);
    expect(findScoreSheet('qd366-tap-the')).toBe(qd366DefaultSheets['tap-the']);
  });

  it('the former name and id still work (deprecated)', () => {
    expect(qd366IndividualWeightedSheet).toBe(exampleDangUyWeightedSheet);
    expect(findScoreSheet('qd366-ca-nhan-18-4-8')).toBe(exampleDangUyWeightedSheet);
  });

  it('no default sheet carries sub-weights of the 30 general points', () => {
    for (const sheet of Object.values(qd366DefaultSheets)) {
      expect(sheet.groups.filter((g) => g.part === 'general').flatMap((g) => g.items.map((i) => i.max))).toEqual([30]);
      expect(sheet.cite?.note).toMatch(/frame only/);
    }
  });
});

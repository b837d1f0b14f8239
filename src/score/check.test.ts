import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import {
  checkScoreSheet,
  defineScoreSheet,
  exampleDangUyWeightedSheet,
  qd366DefaultSheets,
  QD366_SCORE_FRAMES,
  safeCheckScoreSheet,
  safeDefineScoreSheet,
  scoreWithSheet,
  SUBJECT_GROUPS,
  type ScoreSheetDefinition,
  type SubjectGroup,
} from './index.js';

type Item = { id: string; title: string; max: number; framePart?: string };
const results = (items: Item[] = [{ id: 'nv', title: 'Nhiệm vụ', max: 70 }]) => ({ id: 'nhiem-vu', title: 'Kết quả thực hiện nhiệm vụ', part: 'results' as const, max: items.reduce((s, i) => s + i.max, 0), items });
const general = (items: Item[], framePart?: string) => ({
  id: 'chung', title: 'Tiêu chí chung', part: 'general' as const, max: items.reduce((s, i) => s + i.max, 0), items, ...(framePart === undefined ? {} : { framePart }),
});

/** A non-leader sheet (Phụ lục 4), 15 / 10 / 5. */
const nonLeader: ScoreSheetDefinition = {
  id: 'xa-a', title: 'Xã A — đảng viên không giữ chức vụ', subject: 'ca-nhan-khong-giu-chuc-vu',
  groups: [general([
    { id: 'chinh-tri', title: 'Chính trị', max: 10, framePart: 'chinh-tri-pham-chat-dao-duc-ky-luat' },
    { id: 'dao-duc', title: 'Đạo đức, kỷ luật', max: 5, framePart: 'chinh-tri-pham-chat-dao-duc-ky-luat' },
    { id: 'chuyen-mon', title: 'Chuyên môn', max: 10, framePart: 'nang-luc-chuyen-mon-theo-vi-tri-viec-lam' },
    { id: 'tu-phe-binh', title: 'Tự phê bình', max: 5, framePart: 'tu-phe-binh' },
  ]), results()],
};

function defineIssues(definition: unknown): [string, string][] {
  const r = safeDefineScoreSheet(definition);
  return r.success ? [] : r.issues.map((i) => [i.path, i.code]);
}
function checkIssues(sheet: ReturnType<typeof defineScoreSheet>, group: SubjectGroup): [string, string][] {
  const r = safeCheckScoreSheet(sheet, group);
  return r.success ? [] : r.issues.map((i) => [i.path, i.code]);
}

describe('a sheet naming frame parts (framePart) is checked against its subject group', () => {
  it('accepts a sheet whose parts cover the group and add up to 30, and gives the points per part', () => {
    const sheet = defineScoreSheet(nonLeader);
    const c = checkScoreSheet(sheet, 'non-leader');
    expect(c).toMatchObject({ sheetId: 'xa-a', group: 'non-leader', frame: { annex: 4 } });
    expect(c.parts.map((p) => [p.id, p.general, p.results])).toEqual([
      ['chinh-tri-pham-chat-dao-duc-ky-luat', 15, 0], ['nang-luc-chuyen-mon-theo-vi-tri-viec-lam', 10, 0], ['tu-phe-binh', 5, 0],
    ]);
    expect(c.parts.reduce((s, p) => s + p.general, 0)).toBe(QD366_SCORE_FRAMES['non-leader'].general);
    const marked = scoreWithSheet(sheet, { 'chinh-tri': 9, 'dao-duc': 5, 'chuyen-mon': 8.5, 'tu-phe-binh': 4, nv: 63 });
    expect(marked.total).toBe(89.5);
    expect(marked.framePartPoints?.map((p) => [p.id, p.general, p.results])).toEqual([
      ['chinh-tri-pham-chat-dao-duc-ky-luat', 14, 0], ['nang-luc-chuyen-mon-theo-vi-tri-viec-lam', 8.5, 0], ['tu-phe-binh', 4, 0],
    ]);
    expect(marked.framePartPoints?.reduce((sum, p) => sum + p.general * 10, 0)).toBe(marked.general * 10);
  });

  it('marks of a sheet without parts have no framePartPoints', () => {
    expect('framePartPoints' in scoreWithSheet(exampleDangUyWeightedSheet, { 'pham-chat-chinh-tri-dao-duc': 1, 'tu-duy-doi-moi': 1, 'tu-phe-binh-va-phe-binh': 1, 'ket-qua-thuc-hien-nhiem-vu': 1 })).toBe(false);
  });

  it('a group-level framePart applies to its items; an item may name its own', () => {
    const sheet = defineScoreSheet({ id: 'o', title: 'O', subject: 'dang-vien-ngoai-he-thong-chinh-tri', groups: [
      general([{ id: 'a', title: 'A', max: 20 }, { id: 'b', title: 'B', max: 4 }, { id: 'c', title: 'C', max: 6, framePart: 'tu-phe-binh' }], 'pham-chat-chinh-tri-dao-duc-loi-song-ky-luat'),
      results(),
    ] });
    expect(checkScoreSheet(sheet, 'outside-system').parts.map((p) => p.general)).toEqual([24, 6]);
  });

  it('defineScoreSheet: an item without a part, an unknown part, a part not covered — each with its path', () => {
    const items = nonLeader.groups[0]!.items;
    expect(defineIssues({ ...nonLeader, groups: [general([...items.slice(0, 3), { id: 'tu-phe-binh', title: 'Tự phê bình', max: 5 }]), results()] }))
      .toEqual([['groups[0].items[3].framePart', 'frame-part-not-named']]);
    expect(defineIssues({ ...nonLeader, groups: [general([...items.slice(0, 3), { id: 'tu-phe-binh', title: 'Tự phê bình', max: 5, framePart: 'tu-phe-binh-va-phe-binh' }]), results()] }))
      .toEqual([['groups[0].items[3].framePart', 'unknown-frame-part']]);
    expect(defineIssues({ ...nonLeader, groups: [general([...items.slice(0, 3), { id: 'x', title: 'X', max: 5, framePart: 'chinh-tri-pham-chat-dao-duc-ky-luat' }]), results()] }))
      .toEqual([['groups', 'frame-part-not-covered']]);
    const r = safeDefineScoreSheet({ ...nonLeader, groups: [general([...items.slice(0, 3), { id: 'tu-phe-binh', title: 'Tự phê bình', max: 5 }]), results()] });
    expect(!r.success && r.issues[0]!.message).toBe(
      'expected the part of 366-QĐ/TW · Phụ lục 4 (non-leader) that item "Tự phê bình" marks, one of "chinh-tri-pham-chat-dao-duc-ky-luat", "nang-luc-chuyen-mon-theo-vi-tri-viec-lam", "tu-phe-binh": the parts must add up to the 30 general points; got nothing',
    );
  });

  it('a framePart without a subject, or not a string, is an error; the frame is still checked first', () => {
    const { subject: _, ...noSubject } = nonLeader;
    expect(defineIssues(noSubject)).toEqual([['subject', 'missing-subject']]);
    expect(defineIssues({ ...nonLeader, groups: [general([{ id: 'a', title: 'A', max: 30, framePart: 3 as never }]), results()] })).toEqual([['groups[0].items[0].framePart', 'invalid-type']]);
    expect(defineIssues({ ...nonLeader, groups: [general([{ id: 'a', title: 'A', max: 31, framePart: 'tu-phe-binh' }]), results()] })).toEqual([['groups', 'frame-mismatch']]);
  });

  it('a part in a results group: an error, except in Phụ lục 3 (not seen which parts count in the 70)', () => {
    const withResultPart = { ...nonLeader, groups: [nonLeader.groups[0]!, results([{ id: 'nv', title: 'Nhiệm vụ', max: 70, framePart: 'nang-luc-chuyen-mon-theo-vi-tri-viec-lam' }])] };
    expect(defineIssues(withResultPart)).toEqual([['groups[1].items[0].framePart', 'frame-part-in-results']]);
    const leader = defineScoreSheet({ id: 'ld', title: 'Lãnh đạo', subject: 'lanh-dao-quan-ly', groups: [
      general([
        { id: 'a', title: 'A', max: 10, framePart: 'chinh-tri-tu-tuong' },
        { id: 'b', title: 'B', max: 10, framePart: 'pham-chat-dao-duc-y-thuc-to-chuc-ky-luat' },
        { id: 'c', title: 'C', max: 5, framePart: 'muc-do-tin-nhiem-uy-tin-quy-tu-doan-ket' },
        { id: 'd', title: 'D', max: 5, framePart: 'tu-phe-binh' },
      ]),
      results([{ id: 'nl', title: 'Năng lực lãnh đạo', max: 20, framePart: 'nang-luc-lanh-dao-quan-ly-va-chuyen-mon' }, { id: 'kq', title: 'Kết quả', max: 50 }]),
    ] });
    expect(scoreWithSheet(leader, { a: 9, b: 9, c: 4, d: 4, nl: 18.5, kq: 45 }).framePartPoints?.map((p) => [p.general, p.results])).toEqual([[9, 0], [9, 0], [0, 18.5], [4, 0], [4, 0]]);
    const c = checkScoreSheet(leader, 'leader');
    expect(c.parts.map((p) => [p.general, p.results])).toEqual([[10, 0], [10, 0], [0, 20], [5, 0], [5, 0]]);
    expect(c.frame.note).toMatch(/not seen/);
  });

  it('collectives (Phụ lục 1): parts not known, so only the frame; a framePart is an error', () => {
    expect(checkScoreSheet(qd366DefaultSheets['tap-the'], 'collective')).toMatchObject({ parts: [], frame: { note: expect.stringMatching(/not seen/) } });
    expect(defineIssues({ id: 't', title: 'T', subject: 'tap-the', groups: [general([{ id: 'a', title: 'A', max: 30, framePart: 'tu-phe-binh' }]), results()] }))
      .toEqual([['groups[0].items[0].framePart', 'unknown-frame-part']]);
  });
});

describe('checkScoreSheet / safeCheckScoreSheet', () => {
  it('a sheet without parts fails every group that has parts, item by item', () => {
    const plain = defineScoreSheet({ id: 'p', title: 'P', groups: [general([{ id: 'a', title: 'A', max: 20 }, { id: 'b', title: 'B', max: 10 }]), results()] });
    expect(checkIssues(plain, 'outside-system')).toEqual([['groups[0].items[0].framePart', 'frame-part-not-named'], ['groups[0].items[1].framePart', 'frame-part-not-named']]);
    expect(checkIssues(plain, 'collective')).toEqual([]);
  });

  it('the built-in frame sheets and the 18/4/8 example name no part: only the collective one passes the parts check', () => {
    for (const g of SUBJECT_GROUPS) {
      const sheet = qd366DefaultSheets[QD366_SCORE_FRAMES[g].subject];
      expect(checkIssues(sheet, g).length === 0, g).toBe(g === 'collective');
    }
    expect(checkIssues(exampleDangUyWeightedSheet, 'central-leader').map(([, code]) => code)).toEqual(['frame-part-not-named', 'frame-part-not-named', 'frame-part-not-named']);
  });

  it('the sheet’s subject must be the group’s', () => {
    expect(checkIssues(defineScoreSheet(nonLeader), 'outside-system')).toEqual([
      ['subject', 'subject-mismatch'],
      ['groups[0].items[0].framePart', 'unknown-frame-part'],
      ['groups[0].items[1].framePart', 'unknown-frame-part'],
      ['groups[0].items[2].framePart', 'unknown-frame-part'],
    ]);
  });

  it('bad arguments: a look-alike sheet, an unknown group; checkScoreSheet throws XeploaiError', () => {
    expect(safeCheckScoreSheet({ ...defineScoreSheet(nonLeader) } as never, 'non-leader')).toMatchObject({ success: false, issues: [{ path: 'sheet', code: 'invalid-sheet' }] });
    expect(safeCheckScoreSheet(defineScoreSheet(nonLeader), 'tap-the' as never)).toMatchObject({ success: false, issues: [{ path: 'group', code: 'invalid-group' }] });
    expect(() => checkScoreSheet(defineScoreSheet(nonLeader), 'leader')).toThrow(XeploaiError);
  });
});

import { describe, expect, it } from 'vitest';
import type { Member } from '../model/index.js';
import { QD366_FRAME, QD366_SCORE_FRAMES, scoreFrameOfSubject, SCORE_SUBJECTS, subjectGroupOf, SUBJECT_GROUPS } from './index.js';

describe('QD366_SCORE_FRAMES: the general-criteria parts of Phụ lục 1–5 (366-QĐ/TW · Điều 10, khoản 2)', () => {
  it('one frame per subject group, in annex order, each 30 + 70, cited to its annex', () => {
    expect(SUBJECT_GROUPS.map((g) => [g, QD366_SCORE_FRAMES[g].annex, QD366_SCORE_FRAMES[g].cite.article])).toEqual([
      ['collective', 1, 'Phụ lục 1'],
      ['central-leader', 2, 'Phụ lục 2'],
      ['leader', 3, 'Phụ lục 3'],
      ['non-leader', 4, 'Phụ lục 4'],
      ['outside-system', 5, 'Phụ lục 5'],
    ]);
    for (const f of Object.values(QD366_SCORE_FRAMES)) {
      expect([f.general, f.results, f.cite.doc, f.whoCite.article]).toEqual([QD366_FRAME.general, QD366_FRAME.results, '366-QĐ/TW', 'Điều 10, khoản 2']);
      for (const p of f.parts) expect(p.cite).toEqual({ doc: '366-QĐ/TW', article: `Phụ lục ${f.annex}` });
    }
    expect(Object.isFrozen(QD366_SCORE_FRAMES.leader.parts[0])).toBe(true);
  });

  it('the parts as the digest titles them: 0 (not seen), 3, 5, 3, 2', () => {
    expect(SUBJECT_GROUPS.map((g) => QD366_SCORE_FRAMES[g].parts.length)).toEqual([0, 3, 5, 3, 2]);
    expect(QD366_SCORE_FRAMES['central-leader'].parts.map((p) => p.title)).toEqual([
      'Phẩm chất chính trị, đạo đức, lối sống, nêu gương', 'Tư duy đổi mới, chiến lược, khát vọng cống hiến', 'Tự phê bình và phê bình',
    ]);
    expect(QD366_SCORE_FRAMES.leader.parts.map((p) => p.title)).toEqual([
      'Chính trị, tư tưởng', 'Phẩm chất đạo đức và ý thức tổ chức kỷ luật', 'Năng lực lãnh đạo, quản lý và chuyên môn', 'Mức độ tín nhiệm, uy tín, quy tụ đoàn kết', 'Tự phê bình',
    ]);
    expect(QD366_SCORE_FRAMES['non-leader'].parts.map((p) => p.title)).toEqual(['Chính trị, phẩm chất đạo đức, kỷ luật', 'Năng lực chuyên môn theo vị trí việc làm', 'Tự phê bình']);
    expect(QD366_SCORE_FRAMES['outside-system'].parts.map((p) => p.title)).toEqual(['Phẩm chất chính trị, đạo đức, lối sống, kỷ luật', 'Tự phê bình']);
    for (const f of Object.values(QD366_SCORE_FRAMES)) for (const p of f.parts) expect(p.title.normalize('NFC')).toBe(p.title);
  });

  it('says what is not seen: Phụ lục 1’s parts, and for Phụ lục 3 which parts count in the 30 vs the 70', () => {
    expect(QD366_SCORE_FRAMES.collective.note).toMatch(/not seen/);
    expect(QD366_SCORE_FRAMES.leader.note).toMatch(/30 general points and which in the 70 is not seen/);
    expect(QD366_SCORE_FRAMES.leader.cite.note).toBe(QD366_SCORE_FRAMES.leader.note);
    expect(SUBJECT_GROUPS.filter((g) => QD366_SCORE_FRAMES[g].partsInResults)).toEqual(['leader']);
    expect(SUBJECT_GROUPS.filter((g) => QD366_SCORE_FRAMES[g].note !== undefined)).toEqual(['collective', 'leader']);
  });

  it('the leaders’ 70 points include leadership capacity by title', () => {
    expect(SUBJECT_GROUPS.map((g) => QD366_SCORE_FRAMES[g].resultsTitle.includes('năng lực lãnh đạo'))).toEqual([false, true, true, false, false]);
  });

  it('maps each score-sheet subject to its group and back', () => {
    expect(SCORE_SUBJECTS.map((s) => scoreFrameOfSubject(s).group)).toEqual([...SUBJECT_GROUPS]);
    for (const g of SUBJECT_GROUPS) expect(scoreFrameOfSubject(QD366_SCORE_FRAMES[g].subject)).toBe(QD366_SCORE_FRAMES[g]);
  });
});

describe('subjectGroupOf: central-leader, then leader, then outside-system, then non-leader', () => {
  it('each rule alone', () => {
    expect(subjectGroupOf({ managedByCentral: true })).toBe('central-leader');
    expect(subjectGroupOf({ posts: [{ orgId: 'o' }] })).toBe('leader');
    expect(subjectGroupOf({ posts: [{ orgId: 'o', leader: true }] })).toBe('leader');
    expect(subjectGroupOf({ workInPoliticalSystem: false })).toBe('outside-system');
    expect(subjectGroupOf({})).toBe('non-leader');
  });

  it('the precedence when several hold', () => {
    expect(subjectGroupOf({ managedByCentral: true, posts: [{ orgId: 'o' }], workInPoliticalSystem: false })).toBe('central-leader');
    expect(subjectGroupOf({ posts: [{ orgId: 'o' }], workInPoliticalSystem: false })).toBe('leader');
    expect(subjectGroupOf({ posts: [{ orgId: 'o', leader: false }], workInPoliticalSystem: false })).toBe('outside-system');
  });

  it('a seat with leader: false, no posts, managedByCentral: false and workInPoliticalSystem: true are non-leader', () => {
    expect(subjectGroupOf({ posts: [{ orgId: 'o', leader: false }] })).toBe('non-leader');
    expect(subjectGroupOf({ posts: [] })).toBe('non-leader');
    expect(subjectGroupOf({ managedByCentral: false, workInPoliticalSystem: true })).toBe('non-leader');
    expect(subjectGroupOf({ posts: [{ orgId: 'o', leader: false }, { orgId: 'o', leader: false }, { orgId: 'o' }] })).toBe('leader');
  });

  it('reads a review@1 Member as it is (a deputy is a leader)', () => {
    const member: Member = { id: 'dv', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', posts: [{ orgId: 'cb', title: 'Phó bí thư', head: false }] };
    expect(subjectGroupOf(member)).toBe('leader');
    expect(subjectGroupOf({ ...member, posts: [], workInPoliticalSystem: false })).toBe('outside-system');
  });
});

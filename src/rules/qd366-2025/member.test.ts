import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { XeploaiError } from '../../errors.js';
import type { ReviewSettings } from '../../model/index.js';
import { member, organization, reviewOf, type ReviewHeaderFields } from '../../testing/index.js';

type M = ReturnType<typeof member>;
const tccsd = organization('cb', 'chi-bo-co-so');
const all = (assigned: number, exceeded = 0) => ({ assigned, completed: assigned, onTime: assigned, exceeded });

function rate(m: M, settings: ReviewSettings = {}, extra: ReviewHeaderFields = {}) {
  return evaluateReview(reviewOf(2025, [tccsd], [m], { settings, ...extra })).members[0]!;
}
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const finding = (r: { findings: readonly { code: string }[] }, code: string) => r.findings.find((f) => f.code === code) as Record<string, unknown> | undefined;

describe('qd366-2025 members: cases.md', () => {
  it('C366-03: 27 + 63 = 90.0, 100% on time, 45% exceeded, shortcomings fixed → HTXSNV («từ 90 điểm trở lên»)', () => {
    const r = rate(member('c3', 'cb', { score: { general: 27, results: 63 }, tasks: all(20, 9), shortcomings: { identified: 2, remedied: 2 } }));
    expect(r).toMatchObject({ rated: true, level: 'HTXSNV', basis: 'HTXSNV', score: 90 });
    expect(finding(r, 'score-band')).toMatchObject({ severity: 'info', cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1' }, path: 'members[0].score' });
  });

  it('C366-04: 28 + 42 = 70.0, 100% on time → HTTNV', () => {
    expect(rate(member('c4', 'cb', { score: { general: 28, results: 42 }, tasks: all(10) }))).toMatchObject({ level: 'HTTNV', score: 70 });
  });

  it('C366-05: 20 + 28 = 48 → KHTNV, whatever the tasks', () => {
    const r = rate(member('c5', 'cb', { score: { general: 20, results: 28 }, tasks: all(10, 10) }));
    expect(r).toMatchObject({ level: 'KHTNV', basis: 'KHTNV', score: 48 });
    expect(finding(r, 'score-band')).toMatchObject({ cite: { article: 'Điều 11, khoản 4' } });
  });

  it('C366-06 (review input): a score outside the 30 + 70 frame is an input error with its path', () => {
    const bad = (score: unknown) => {
      try {
        evaluateReview(reviewOf(2025, [tccsd], [member('x', 'cb', { score: score as never })]));
      } catch (e) {
        return (e as XeploaiError).issues.map((i) => i.path);
      }
      return [];
    };
    expect(bad({ general: 33, results: 60 })).toEqual(['members[0].score.general']);
    expect(bad({ general: 25, results: 75 })).toEqual(['members[0].score.results']);
    expect(bad({ general: 25, results: 60, total: 85 })).toEqual(['members[0].score']);
    expect(bad({ total: 100.5 })).toEqual(['members[0].score.total']);
    expect(bad({ total: 90.25 })).toEqual(['members[0].score.total']);
  });
});

describe('qd366-2025 members: band boundaries, compared in integer tenths', () => {
  const level = (score: object) => rate(member('b', 'cb', { score: score as never, tasks: all(10, 3) })).level;
  it.each([
    [{ total: 49.9 }, 'KHTNV'],
    [{ total: 50 }, 'HTNV'],
    [{ total: 69.9 }, 'HTNV'],
    [{ total: 70 }, 'HTTNV'],
    [{ total: 89.9 }, 'HTTNV'],
    [{ total: 90 }, 'HTXSNV'],
    [{ general: 19.9, results: 30 }, 'KHTNV'],
    [{ general: 20, results: 30 }, 'HTNV'],
    [{ general: 29.9, results: 40 }, 'HTNV'],
    [{ general: 30, results: 40 }, 'HTTNV'],
    [{ general: 29.9, results: 60 }, 'HTTNV'],
    [{ general: 29.7, results: 60.3 }, 'HTXSNV'],
    [{ general: 0, results: 0 }, 'KHTNV'],
    [{ total: 100 }, 'HTXSNV'],
  ] as const)('%o → %s', (score, expected) => {
    expect(level(score)).toBe(expected);
  });
});

describe('qd366-2025 members: task thresholds', () => {
  it('30% exceeded exactly is HTXSNV; 29% is not (→ HTTNV under highest-lower)', () => {
    expect(rate(member('a', 'cb', { score: { total: 95 }, tasks: all(100, 30) })).level).toBe('HTXSNV');
    const r = rate(member('a', 'cb', { score: { total: 95 }, tasks: all(100, 29) }));
    expect(r.level).toBe('HTTNV');
    expect(finding(r, 'task-condition')).toMatchObject({ cap: 'HTTNV', cite: { article: 'Điều 11, khoản 1, tiểu mục 1.3' }, path: 'members[0].tasks' });
  });

  it('HTNV band: 20% late exactly is HTNV; 25% late is KHTNV (either setting)', () => {
    const late = (onTime: number, setting: string) =>
      rate(member('a', 'cb', { score: { total: 60 }, tasks: { assigned: 20, completed: 20, onTime, exceeded: 0 } }), { over90FailingConditions: setting }).level;
    expect(late(16, 'highest-lower')).toBe('HTNV');
    expect(late(15, 'highest-lower')).toBe('KHTNV');
    expect(late(15, 'residual-khtnv')).toBe('KHTNV');
  });

  it('HTNV band: one task not completed → KHTNV (100% done is required)', () => {
    expect(rate(member('a', 'cb', { score: { total: 60 }, tasks: { assigned: 10, completed: 9, onTime: 9 } })).level).toBe('KHTNV');
  });

  it('no tasks assigned: nothing can fail', () => {
    expect(rate(member('a', 'cb', { score: { total: 92 }, tasks: all(0) })).level).toBe('HTXSNV');
  });
});

describe('qd366-2025 members: each HTXSNV condition failing alone', () => {
  const base = { score: { total: 93 }, tasks: all(10, 4), shortcomings: { identified: 3, remedied: 3 } };
  it('all conditions hold → HTXSNV', () => {
    expect(rate(member('a', 'cb', base)).level).toBe('HTXSNV');
  });
  it('exceeded 2/10 → HTTNV', () => {
    expect(rate(member('a', 'cb', { ...base, tasks: all(10, 2) })).level).toBe('HTTNV');
  });
  it('one task late (9/10 on time) → HTTNV needs 100% on time too → HTNV (late 10% ≤ 20%)', () => {
    const r = rate(member('a', 'cb', { ...base, tasks: { assigned: 10, completed: 10, onTime: 9, exceeded: 4 } }));
    expect(r.level).toBe('HTNV');
    expect(codes(r).filter((c) => c === 'task-condition')).toHaveLength(2);
    expect(finding(r, 'band-conditions-not-met')).toMatchObject({ severity: 'cap', cap: 'HTNV', assumption: true, cite: { doc: '366-QĐ/TW', article: 'Điều 11' } });
  });
  it('shortcomings 2/3 remedied → HTTNV, citing tiểu mục 1.4', () => {
    const r = rate(member('a', 'cb', { ...base, shortcomings: { identified: 3, remedied: 2 } }));
    expect(r.level).toBe('HTTNV');
    expect(finding(r, 'shortcomings-not-remedied')).toMatchObject({ cap: 'HTTNV', path: 'members[0].shortcomings', cite: { article: 'Điều 11, khoản 1, tiểu mục 1.4' } });
  });
  it('no shortcomings identified earlier: met («nếu có»)', () => {
    expect(rate(member('a', 'cb', { ...base, shortcomings: { identified: 0, remedied: 0 } })).level).toBe('HTXSNV');
  });
  it('HTTNV band, one task late → HTNV (highest-lower) or KHTNV (residual-khtnv)', () => {
    const m = member('a', 'cb', { score: { total: 80 }, tasks: { assigned: 10, completed: 10, onTime: 9 } });
    expect(rate(m).level).toBe('HTNV');
    expect(rate(m, { over90FailingConditions: 'residual-khtnv' }).level).toBe('KHTNV');
  });
});

describe('qd366-2025 members: over90FailingConditions', () => {
  const m = member('a', 'cb', { score: { total: 94 }, tasks: all(25, 7) });
  it("'highest-lower' (default) → the highest lower level whose conditions hold, flagged", () => {
    const r = rate(m);
    expect(r.level).toBe('HTTNV');
    const f = finding(r, 'band-conditions-not-met')!;
    expect(f).toMatchObject({ assumption: true, cap: 'HTTNV' });
    expect((f['message'] as { en: string }).en).toContain("'highest-lower'");
  });
  it("'residual-khtnv' → KHTNV, flagged", () => {
    const r = rate(m, { over90FailingConditions: 'residual-khtnv' });
    expect(r.level).toBe('KHTNV');
    expect(finding(r, 'task-condition')).toMatchObject({ cap: 'KHTNV' });
    expect(finding(r, 'band-conditions-not-met')).toMatchObject({ assumption: true, cap: 'KHTNV' });
  });
  it('an unknown value is a settings error', () => {
    expect(() => rate(m, { over90FailingConditions: 'lowest' })).toThrow(/settings\.over90FailingConditions/);
  });
});

describe('qd366-2025 members: absent data', () => {
  it('no tasks: a tasks-not-given warning, the band stands; shortcomings are still checked', () => {
    const r = rate(member('a', 'cb', { score: { total: 91 } }));
    expect(r.level).toBe('HTXSNV');
    expect(finding(r, 'tasks-not-given')).toMatchObject({ severity: 'warning', path: 'members[0].tasks' });
    expect(rate(member('a', 'cb', { score: { total: 91 }, shortcomings: { identified: 1, remedied: 0 } })).level).toBe('HTTNV');
  });
  it('no tasks with requireTaskData: true → capped below every level that needs them (KHTNV)', () => {
    const r = rate(member('a', 'cb', { score: { total: 91 } }), { requireTaskData: true });
    expect(r.level).toBe('KHTNV');
    expect(finding(r, 'tasks-not-given')).toMatchObject({ severity: 'cap', assumption: true });
  });
  it('criteria without a score: the proposal is the basis, with an info finding', () => {
    const r = rate(member('a', 'cb', { criteria: { results: 'xuat-sac', politics: 'tot' }, proposedLevel: 'HTTNV', tasks: all(4) }));
    expect(r).toMatchObject({ rated: true, level: 'HTTNV', basis: 'HTTNV' });
    expect(finding(r, 'criteria-not-basis')).toMatchObject({ severity: 'info', path: 'members[0].criteria' });
  });
  it('criteria alone: no basis (error finding), not a criteria grading', () => {
    const r = rate(member('a', 'cb', { criteria: { results: 'xuat-sac', politics: 'tot' } }));
    expect(r).toMatchObject({ rated: false, level: null });
    expect(codes(r)).toEqual(['no-basis']);
  });
  it('a proposal is checked against the conditions (task conditions by the pipeline, shortcomings here)', () => {
    expect(rate(member('a', 'cb', { proposedLevel: 'HTXSNV', tasks: all(10, 2) })).level).toBe('HTTNV');
    expect(rate(member('a', 'cb', { proposedLevel: 'HTXSNV', tasks: all(10, 5), shortcomings: { identified: 2, remedied: 1 } })).level).toBe('HTTNV');
  });
  it('a lower proposal caps a score', () => {
    const r = rate(member('a', 'cb', { score: { total: 95 }, tasks: all(10, 5), proposedLevel: 'HTNV' }));
    expect(r).toMatchObject({ level: 'HTNV', basis: 'HTXSNV' });
    expect(codes(r)).toContain('proposed-level');
  });
});

describe('qd366-2025 members: self-review forms (HD 43)', () => {
  const form = (extra: Partial<M>) => (finding(rate(member('a', 'cb', { score: { total: 80 }, tasks: all(2), ...extra })), 'review-form')?.['cite'] as { article: string } | undefined)?.article;
  it('no form for a member outside the review (exempt)', () => {
    const r = rate(member('a', 'cb', { exemption: { kind: 'mien-cong-tac-sinh-hoat', from: '2021-01-01' }, score: { total: 80 } }));
    expect(codes(r)).toEqual(['exempt']);
  });
});

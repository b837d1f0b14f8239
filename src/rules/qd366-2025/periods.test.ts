import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { XeploaiError } from '../../errors.js';
import { member, organization, reviewOf } from '../../testing/index.js';
import type { ReviewInput } from '../../model/input.js';

/** The review date defaults to the period's last day when the file gives none. */
function withoutReviewDate<T extends { reviewDate?: string }>(r: T): Omit<T, 'reviewDate'> {
  const { reviewDate: _, ...rest } = r;
  return rest;
}

const tccsd = organization('cb', 'chi-bo-co-so');
const scored = member('a', 'cb', { score: { total: 82 }, tasks: { assigned: 3, completed: 3, onTime: 3 } });

function issues(input: unknown, options: Record<string, unknown> = {}) {
  try {
    evaluateReview(input as ReviewInput, options);
  } catch (e) {
    if (e instanceof XeploaiError) return e.issues.map((i) => [i.path, i.code, i.message]);
    throw e;
  }
  return [];
}

describe('periods: QĐ 366 «theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần thiết»', () => {
  it('a quarter is accepted under qd366-2025', () => {
    const r = evaluateReview((withoutReviewDate({ ...reviewOf(2025, [tccsd], [scored]), period: { kind: 'quarter', quarter: 3 } })) as ReviewInput);
    expect(r).toMatchObject({ ruleSet: { id: 'qd366-2025' }, period: { kind: 'quarter', quarter: 3 }, reviewDate: '2025-09-30' });
    expect(r.members[0]!.level).toBe('HTTNV');
  });

  it('a term is accepted under qd366-2025', () => {
    const r = evaluateReview({ ...reviewOf(2025, [tccsd], [scored]), period: { kind: 'term', fromYear: 2025, toYear: 2030 }, reviewDate: '2025-12-15' });
    expect(r.period).toEqual({ kind: 'term', fromYear: 2025, toYear: 2030 });
  });

  it('a quarter is rejected under qd124-2023 and qd132-2018, at path `period`', () => {
    const q = { ...reviewOf(2024, [tccsd], [member('a', 'cb', { proposedLevel: 'HTTNV' })]), period: { kind: 'quarter', quarter: 2 } };
    expect(issues(q)).toEqual([['period', 'unsupported-period', 'expected a period kind of rule set qd124-2023 (year), got "quarter"']]);
    expect(issues({ ...q, year: 2021, reviewDate: '2021-12-15' })).toEqual([['period', 'unsupported-period', 'expected a period kind of rule set qd132-2018 (year), got "quarter"']]);
    expect(issues({ ...q, ruleSet: 'qd366-2025', year: 2025, reviewDate: '2025-06-30' })).toEqual([]);
  });

  it('in a quarter, a discipline counts only when decided inside it (the 1.1 bar)', () => {
    const disc = { form: 'khien-trach' as const, decidedOn: '2025-05-10', selfDetectedAndRemedied: true };
    const orgs = [
      organization('xa', 'dang-bo-co-so', { score: { total: 95 }, tasks: { assigned: 10, completed: 10, onTime: 10, exceeded: 5 } }),
      ...['1', '2', '3', '4', '5'].map((i) => organization(`cb-${i}`, 'chi-bo', { parentId: 'xa', proposedLevel: 'HTTNV', ...(i === '1' ? { disciplines: [disc] } : {}) })),
    ];
    const at = (quarter: 2 | 3) => evaluateReview((withoutReviewDate({ ...reviewOf(2025, orgs, []), period: { kind: 'quarter', quarter } })) as ReviewInput).organizations[0]!.level;
    expect(at(2)).toBe('HTTNV');
    expect(at(3)).toBe('HTXSNV');
  });
});

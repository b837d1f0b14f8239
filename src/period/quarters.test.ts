import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { XeploaiError } from '../errors.js';
import { member, organization, reviewOf } from '../testing/index.js';
import { quartersSideBySide } from './quarters.js';
import type { ReviewInput } from '../model/input.js';

/** The review date defaults to the period's last day when the file gives none. */
function withoutReviewDate<T extends { reviewDate?: string }>(r: T): Omit<T, 'reviewDate'> {
  const { reviewDate: _, ...rest } = r;
  return rest;
}

const orgs = [organization('xa', 'dang-bo-co-so', { score: { total: 80 }, tasks: { assigned: 2, completed: 2, onTime: 2, exceeded: 1 } })];
function quarter(q: 1 | 2 | 3 | 4, totals: Record<string, number>) {
  const members = Object.entries(totals).map(([id, total]) =>
    member(id, 'xa', { score: { total }, tasks: { assigned: 4, completed: 4, onTime: 4, exceeded: 2 }, ...(id === 'bt' ? { posts: [{ orgId: 'xa', title: 'Bí thư', head: true }] } : {}) }),
  );
  return evaluateReview((withoutReviewDate({ ...reviewOf(2025, orgs, members), period: { kind: 'quarter', quarter: q } })) as ReviewInput);
}

describe('quartersSideBySide', () => {
  const q1 = quarter(1, { a: 92, b: 75 });
  const q2 = quarter(2, { a: 60, b: 75, c: 45 });
  const q4 = quarter(4, { a: 95 });

  it('puts each subject’s quarters in order, absent quarters null, with no roll-up by default', () => {
    const v = quartersSideBySide([q4, q1, q2]);
    expect(v).toMatchObject({ year: 2025, ruleSet: 'qd366-2025', subjects: 'members', quarters: [1, 2, 4] });
    expect(v.rows.map((r) => [r.id, r.quarters.map((c) => c?.level ?? null)])).toEqual([
      ['a', ['HTXSNV', 'HTNV', null, 'HTXSNV']],
      ['b', ['HTTNV', 'HTTNV', null, null]],
      ['c', [null, 'KHTNV', null, null]],
    ]);
    expect(v.rows[0]!.quarters[0]).toEqual({ quarter: 1, orgId: 'xa', rated: true, level: 'HTXSNV', score: 92 });
    expect(v.rows.every((r) => r.rollUp === undefined)).toBe(true);
  });

  it('rolls up only by a named method, flagged as an assumption', () => {
    const lowest = quartersSideBySide([q1, q2, q4], { rollUp: 'lowest-quarter' });
    expect(lowest.rows.map((r) => r.rollUp?.level)).toEqual(['HTNV', 'HTTNV', 'KHTNV']);
    expect(lowest.rows[0]!.rollUp).toMatchObject({ method: 'lowest-quarter', assumption: true });
    const latest = quartersSideBySide([q1, q2, q4], { rollUp: 'latest-quarter' });
    expect(latest.rows.map((r) => r.rollUp?.level)).toEqual(['HTXSNV', 'HTTNV', 'KHTNV']);
  });

  it('shows leaders per post and organizations', () => {
    const l = quartersSideBySide([quarter(1, { bt: 92 }), quarter(2, { bt: 81 })], { subjects: 'leaders' });
    expect(l.rows).toMatchObject([{ id: 'bt', post: 'xa' }]);
    expect(l.rows[0]!.quarters.map((c) => c?.level ?? null)).toEqual(['HTXSNV', 'HTTNV', null, null]);
    const o = quartersSideBySide([q1, q2], { subjects: 'organizations' });
    expect(o.rows[0]!.quarters.map((c) => c?.level ?? null)).toEqual(['HTTNV', 'HTTNV', null, null]);
  });

  it('rejects a yearly result, mixed years and a quarter given twice, with paths', () => {
    const year = evaluateReview(reviewOf(2025, orgs, []));
    const err = (list: unknown[]) => {
      try {
        quartersSideBySide(list as never);
      } catch (e) {
        return (e as XeploaiError).issues.map((i) => [i.path, i.code]);
      }
      return [];
    };
    expect(err([q1, year])).toEqual([['results[1].period', 'not-a-quarter']]);
    expect(err([q1, q2, q1])).toEqual([['results[2].period.quarter', 'duplicate-quarter']]);
    expect(err([q1, { ...q2, year: 2026 }])).toEqual([['results[1].year', 'mixed-years']]);
    expect(quartersSideBySide([]).rows).toEqual([]);
  });
});

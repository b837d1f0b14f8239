// Semantics that are input errors (issue #21, item 9): dates outside 1930–2100, a review date
// outside the review's period.
import { describe, expect, it } from 'vitest';
import { safeParseReview } from '../builtIn.js';

const member = { id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', proposedLevel: 'HTTNV' };
const review = { format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }], members: [member] };

function issues(input: unknown): [string, string][] {
  const r = safeParseReview(input);
  return r.success ? [] : r.issues.map((i) => [i.path, i.code]);
}

describe('review dates', () => {
  it('refuses a reviewDate years after the period (a 2024 review dated 2030)', () => {
    expect(issues({ ...review, reviewDate: '2030-06-01' })).toEqual([['reviewDate', 'outside-period']]);
    expect(issues({ ...review, reviewDate: '2023-12-31' })).toEqual([['reviewDate', 'outside-period']]);
  });

  it('accepts meetings in the period or early the next year', () => {
    expect(issues({ ...review, reviewDate: '2024-12-15' })).toEqual([]);
    expect(issues({ ...review, reviewDate: '2025-01-20' })).toEqual([]);
    expect(issues({ ...review, reviewDate: '2025-03-31' })).toEqual([]);
    expect(issues({ ...review, reviewDate: '2025-04-01' })).toEqual([['reviewDate', 'outside-period']]);
  });

  it('holds a quarter to its own months', () => {
    expect(issues({ ...review, period: { kind: 'quarter', quarter: 1 }, ruleSet: 'qd366-2025', year: 2025, reviewDate: '2025-11-30' })).toEqual([['reviewDate', 'outside-period']]);
  });

  it('refuses dates before 1930 or after 2100', () => {
    expect(issues({ ...review, members: [{ ...member, admittedOn: '1900-01-01' }] })).toEqual([['members[0].admittedOn', 'out-of-range']]);
    expect(issues({ ...review, reviewDate: '2101-01-01' })).toEqual([['reviewDate', 'out-of-range']]);
  });
});

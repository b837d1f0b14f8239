import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import type { Period } from '../../model/index.js';
import { member, organization, reviewOf } from '../../testing/index.js';

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('consecutive KHTNV is between years («hai năm liền»)', () => {
  const file = (period: Period) =>
    reviewOf(2025, [organization('cb', 'chi-bo-co-so', { score: { total: 40 }, history: [{ year: 2024, level: 'KHTNV' }] })], [
      member('m', 'cb', { score: { total: 40 }, history: [{ year: 2024, level: 'KHTNV' }] }),
    ], { period, reviewDate: '2025-06-30' });

  it('a quarterly KHTNV next to last year\'s KHTNV is not two years running', () => {
    const r = evaluateReview(file({ kind: 'quarter', quarter: 2 }));
    expect(r.members[0]!.level).toBe('KHTNV');
    expect(codes(r.members[0]!)).not.toContain('consecutive-khtnv');
    expect(r.organizations[0]!.level).toBe('KHTNV');
    expect(codes(r.organizations[0]!)).not.toContain('consecutive-khtnv');
  });

  it('a year still is', () => {
    const r = evaluateReview(file({ kind: 'year' }));
    expect(codes(r.members[0]!)).toContain('consecutive-khtnv');
    expect(codes(r.organizations[0]!)).toContain('consecutive-khtnv');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import { member, org, review } from '../../../test/helpers/build.js';

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('consecutive KHTNV is between years («hai năm liền»)', () => {
  const file = (period: Record<string, unknown>) =>
    review(2025, [org('cb', 'chi-bo-co-so', { score: { total: 40 }, history: [{ year: 2024, level: 'KHTNV' }] })], [
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

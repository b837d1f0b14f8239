// Quarter and term reviews (QĐ 366): the period, not the review year, decides which decisions
// count and which violations are "of an earlier year".
import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../src/index.js';

function termReview(decidedOn: string, violationYear?: number) {
  return {
    format: 'xeploai/review@1',
    year: 2025,
    period: { kind: 'term', fromYear: 2021, toYear: 2025 },
    organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
    members: [
      {
        id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2005-05-05', proposedLevel: 'HTXSNV',
        disciplines: [{ form: 'khien-trach', decidedOn, ...(violationYear !== undefined ? { violationYear } : {}) }],
      },
    ],
  } as const;
}

const codes = (decidedOn: string, violationYear?: number) => evaluateReview(termReview(decidedOn, violationYear)).members[0]!.findings.map((f) => f.code);

describe('a term review (2021–2025)', () => {
  it('a decision in the term counts, one before it does not', () => {
    expect(codes('2021-01-01')).toContain('discipline-in-year');
    expect(codes('2025-12-31')).toContain('discipline-in-year');
    expect(codes('2020-12-31')).not.toContain('discipline-in-year');
  });

  it('a violation before the term, decided in it, counts in the term (QĐ 366 case 1: «ở thời điểm đánh giá hiện tại»), no re-rating', () => {
    expect(codes('2021-03-01', 2020)).toContain('discipline-in-year');
    expect(codes('2021-03-01', 2020)).not.toContain('re-rate-violation-year');
  });

  // Regression (fixed in src/rules/common/member.ts, applyDisciplines): `re-rate-violation-year` is raised when
  // the violation year is before the review *year* (`vYear < ctx.year`), not before the period or
  // the decision: in a 2021–2025 term review, a 2021 violation decided in 2021 — inside the term,
  // and in its own year — is reported as "decided this year for an earlier year's violation: the
  // superior re-rates that year". `discipline-counted-once` has the same test.
  it('a violation inside the term, decided in its own year, is not sent back for re-rating', () => {
    expect(codes('2021-01-01')).not.toContain('re-rate-violation-year');
  });
});

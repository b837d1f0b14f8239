import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { safeParseReview } from '../builtIn.js';
import { isReviewBuilder, review } from './builder.js';

describe('review builder', () => {
  it('builds a valid review with defaults: names, chi bộ, status, admission well before the review', () => {
    const file = review(2024).member().member({ name: 'Vũ Thị Lan' }).build();
    expect(file).toEqual({
      format: 'xeploai/review@1',
      year: 2024,
      organizations: [{ id: 'chi-bo-1', name: 'Chi bộ 1', kind: 'chi-bo-co-so' }],
      members: [
        { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'chi-bo-1', status: 'chinh-thuc', admittedOn: '2014-01-15' },
        { id: 'dv-2', name: 'Vũ Thị Lan', orgId: 'chi-bo-1', status: 'chinh-thuc', admittedOn: '2014-01-15' },
      ],
    });
  });

  it('puts members in the chi bộ added last, not in a đảng bộ', () => {
    const file = review(2024)
      .organization({ id: 'xa', kind: 'dang-bo-co-so' })
      .organization({ id: 'cb-1', kind: 'chi-bo', parentId: 'xa' })
      .member()
      .organization({ id: 'cb-2', kind: 'chi-bo', parentId: 'xa' })
      .member()
      .organization({ id: 'bp', kind: 'dang-bo-bo-phan', parentId: 'xa' })
      .member()
      .build();
    expect(file.members.map((m) => m.orgId)).toEqual(['cb-1', 'cb-2', 'cb-2']);
    expect(file.organizations.map((o) => o.name)).toEqual(['Đảng bộ 1', 'Chi bộ 2', 'Chi bộ 3', 'Đảng bộ bộ phận 4']);
  });

  it('is immutable: a shared base is never changed by what is built on it', () => {
    const base = review(2024).organization({ id: 'cb' }).settings({ headCap: 'cap' });
    const a = base.member({ proposedLevel: 'HTNV' });
    const b = base.settings({ quotaPercent: 15 }).member().member();
    expect(base.raw().members).toHaveLength(0);
    expect(a.raw().members).toHaveLength(1);
    expect(b.raw().members).toHaveLength(2);
    expect(b.raw().settings).toEqual({ headCap: 'cap', quotaPercent: 15 });
    expect(base.raw().settings).toEqual({ headCap: 'cap' });
  });

  it('adds heads with a head post, and many members at once', () => {
    const file = review(2024).organization({ id: 'cb' }).head({ name: 'Bí thư A' }).members(3, (i) => ({ proposedLevel: i === 0 ? 'HTXSNV' : 'HTTNV' })).build();
    expect(file.members[0]?.posts).toEqual([{ orgId: 'cb', title: 'Bí thư', head: true }]);
    expect(file.members.map((m) => m.proposedLevel)).toEqual([undefined, 'HTXSNV', 'HTTNV', 'HTTNV']);
  });

  it('sets the header fields', () => {
    const file = review(2025).period({ kind: 'quarter', quarter: 2 }).ruleSet('qd366-2025').reviewDate('2025-06-20').build();
    expect(file).toMatchObject({ year: 2025, period: { kind: 'quarter', quarter: 2 }, ruleSet: 'qd366-2025', reviewDate: '2025-06-20' });
  });

  it('build() throws one XeploaiError with paths; raw() keeps invalid data for negative tests', () => {
    const b = review(2024).member({ admittedOn: '2024-02-30' }).member({ orgId: 'nowhere' });
    expect(() => b.build()).toThrow(XeploaiError);
    const r = safeParseReview(b.raw());
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path)).toEqual(['members[0].admittedOn', 'members[1].orgId']);
  });

  it('recognises builders', () => {
    expect(isReviewBuilder(review(2024))).toBe(true);
    expect(isReviewBuilder(review(2024).raw())).toBe(false);
  });
});

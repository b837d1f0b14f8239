// ReviewInput catches typos at compile time (`tsc --noEmit` checks the @ts-expect-error lines),
// and the library's own ReviewFile fits it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { defineReview, type MemberInput, type ReviewInput } from './input.js';
import type { ReviewFile } from './types.js';

describe('ReviewInput and defineReview', () => {
  it('keep the literal types and evaluate', () => {
    const review = defineReview({
      format: 'xeploai/review@1', year: 2024,
      organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', data: { soBuoi: 12 } }],
      members: [{ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02', proposedLevel: 'HTTNV' }],
    });
    expectTypeOf(review.organizations[0].kind).toEqualTypeOf<'chi-bo-co-so'>();
    expect(evaluateReview(review).members[0]?.level).toBe('HTTNV');
    expectTypeOf<ReviewFile>().toExtend<ReviewInput>();
  });

  it('refuses misspelt fields, kinds and levels at compile time', () => {
    const base = { id: 'dv-1', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02' } as const;
    // @ts-expect-error a misspelt kind
    defineReview({ format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'C', kind: 'chi-bo-cs' }], members: [] });
    // @ts-expect-error a level in lower case
    const level: MemberInput = { ...base, proposedLevel: 'httnv' };
    // @ts-expect-error a misspelt field
    const field: MemberInput = { ...base, admitted: '2015-03-02' };
    // @ts-expect-error `organisations`
    const top: ReviewInput = { format: 'xeploai/review@1', year: 2024, organisations: [], members: [] };
    expect([level, field, top]).toHaveLength(3);
  });
});

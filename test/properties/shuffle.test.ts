// Property: the order of `organizations` and `members` in the file does not matter — the same
// review shuffled gives the same result up to order (compared per id; finding paths by id).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview, type ReviewFile } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { params, timeout } from './config.js';
import { canonical } from './results.js';

function permutation(n: number): fc.Arbitrary<number[]> {
  const indices = Array.from({ length: n }, (_, i) => i);
  return fc.shuffledSubarray(indices, { minLength: n, maxLength: n });
}

const shuffledArb = reviewArb().chain((review) =>
  fc.tuple(fc.constant(review), permutation(review.organizations.length), permutation(review.members.length)).map(([r, po, pm]) => {
    const shuffled: ReviewFile = { ...r, organizations: po.map((i) => r.organizations[i]!), members: pm.map((i) => r.members[i]!) };
    return [r, shuffled] as const;
  }),
);

describe('shuffle invariance', () => {
  it(
    'shuffling organizations and members gives the same result up to order',
    () => {
      fc.assert(
        fc.property(shuffledArb, ([review, shuffled]) => {
          const a = evaluateReview(review);
          const b = evaluateReview(shuffled);
          // nothing silently dropped or added by the reordering
          expect(b.members.map((m) => m.id)).toEqual(shuffled.members.map((m) => m.id));
          expect(b.organizations.map((o) => o.id)).toEqual(shuffled.organizations.map((o) => o.id));
          expect(canonical(b, shuffled)).toEqual(canonical(a, review));
        }),
        params('expensive'),
      );
    },
    timeout('expensive'),
  );
});

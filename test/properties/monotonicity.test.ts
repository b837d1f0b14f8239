// Property: making the input worse for someone never raises anyone's level. Adding a discipline
// or a conclusion, lowering a criterion grade, a proposal, a score or a task count (or assigning
// more tasks) may lower levels — of that subject, its organization, its superiors, its head —
// and never raises one, for members, leaders and organizations alike. Only levels are compared:
// a worse member may change a quota pool, which is a check, not a level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview, isAtLeast, parseReview, type ReviewFile } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { params, timeout } from './config.js';
import { applyWorsening, worseningArb, type Worsening } from './mutations.js';
import { subjects, subjectsByKey } from './results.js';

const worsenedArb = reviewArb()
  .filter((r) => r.members.length + r.organizations.length > 0)
  .chain((review) => fc.tuple(fc.constant(review), fc.array(worseningArb(review), { minLength: 1, maxLength: 3 })));

function worsen(review: ReviewFile, changes: readonly Worsening[]): ReviewFile {
  return changes.reduce(applyWorsening, review);
}

describe('monotonicity', () => {
  it(
    'a worsened review is still valid',
    () => {
      fc.assert(
        fc.property(worsenedArb, ([review, changes]) => {
          parseReview(worsen(review, changes));
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'no worsening raises any level of any member, leader or organization',
    () => {
      fc.assert(
        fc.property(worsenedArb, ([review, changes]) => {
          const before = evaluateReview(review);
          const after = subjectsByKey(evaluateReview(worsen(review, changes)));
          const list = subjects(before);
          expect(after.size).toBe(list.length);
          for (const b of list) {
            const a = after.get(b.key);
            expect(a, b.key).toBeDefined();
            // the mutations never touch what decides whether someone is rated
            expect(a!.rated, b.key).toBe(b.rated);
            if (b.level !== null && a!.level !== null) expect(isAtLeast(b.level, a!.level), `${b.key}: ${b.level} → ${a!.level}`).toBe(true);
          }
        }),
        params('expensive'),
      );
    },
    timeout('expensive'),
  );
});

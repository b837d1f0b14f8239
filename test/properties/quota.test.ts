// Properties of the quota corrections (docs/guides/formats.md §2 "Check"): applying the `suggest` of every
// failing quota check makes every quota check pass; and each failing check's suggestion is
// minimal — its own moves make it pass, one move fewer does not.
//
// A correction moves a person (it lowers the `proposedLevel` of the member), while the leaders
// quota counts head posts: a person heading two units of one pool is two entries that one move
// lowers together. Minimality is checked where every HTXSNV head is one person (see
// test/reliability/duplicates.test.ts for the duplicated-post case).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections, evaluateReview, parseReview, suggestCorrections, type Check, type Corrections, type ReviewFile } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { params, timeout } from './config.js';

function quotaChecks(review: ReviewFile): Check[] {
  return evaluateReview(review).checks.filter((c) => c.code === 'quota');
}

function sameScope(a: Check, b: Check): boolean {
  // Heads and deputies (QĐ 366) pool apart under the same scope: `posts` tells their checks apart.
  return a.subjects === b.subjects && a.scope.kind === b.scope.kind && a.scope.id === b.scope.id && a['posts'] === b['posts'];
}

/** The corrections of one check, keeping its first `keep` moves. */
function movesOf(check: Check, keep: number): Corrections {
  return suggestCorrections({ checks: [{ ...check, suggest: (check.suggest ?? []).slice(0, keep), ...(Array.isArray(check['suggestLeaders']) ? { suggestLeaders: (check['suggestLeaders'] as unknown[]).slice(0, keep) } : {}) }] });
}

const failingArb = reviewArb().filter((review) => quotaChecks(review).some((c) => !c.ok));

describe('quota corrections', () => {
  it(
    'applying every failing check’s suggest makes every quota check pass',
    () => {
      fc.assert(
        fc.property(reviewArb(), (raw) => {
          const review = parseReview(raw);
          const before = evaluateReview(review);
          const fixed = applyCorrections(review, suggestCorrections(before));
          const after = quotaChecks(fixed);
          expect(after.filter((c) => !c.ok)).toEqual([]);
          // the same pools are checked before and after
          expect(after.map((c) => `${c.subjects}:${c.scope.kind}:${c.scope.id}`)).toEqual(before.checks.filter((c) => c.code === 'quota').map((c) => `${c.subjects}:${c.scope.kind}:${c.scope.id}`));
        }),
        params('expensive'),
      );
    },
    timeout('expensive'),
  );

  it(
    'each failing check’s suggestion is minimal: its own moves make it pass, one fewer does not',
    () => {
      fc.assert(
        fc.property(failingArb, (raw) => {
          const review = parseReview(raw);
          const result = evaluateReview(review);
          const headPosts = new Map<string, number>();
          for (const l of result.leaders) if (l.level === 'HTXSNV') headPosts.set(l.memberId, (headPosts.get(l.memberId) ?? 0) + 1);
          const onePostEach = [...headPosts.values()].every((n) => n === 1);
          for (const check of result.checks.filter((c) => c.code === 'quota' && !c.ok)) {
            if (check.subjects === 'leaders' && !onePostEach) continue;
            const k = check.demote ?? 0;
            expect(k, `${check.scope.id}: a failing check demotes at least one`).toBeGreaterThan(0);
            expect(check.suggest, `${check.scope.id}: suggest names demote subjects`).toHaveLength(k);
            const all = quotaChecks(applyCorrections(review, movesOf(check, k))).find((c) => sameScope(c, check));
            expect(all?.ok, `${check.subjects} ${check.scope.kind} ${check.scope.id} after its ${k} moves`).toBe(true);
            const fewer = quotaChecks(applyCorrections(review, movesOf(check, k - 1))).find((c) => sameScope(c, check));
            expect(fewer?.ok, `${check.subjects} ${check.scope.kind} ${check.scope.id} after ${k - 1} of its ${k} moves`).toBe(false);
          }
        }),
        params('expensive'),
      );
    },
    timeout('expensive'),
  );
});

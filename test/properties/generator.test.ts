// The generator itself: every review it makes is valid, and it reaches the cases the properties
// are about (a property that never meets an HTXSNV member, a failing quota or a lowered level
// proves nothing). Sampled with a fixed seed, so the coverage numbers are stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview, parseReview, safeParseReview } from '../../src/index.js';
import { reviewArb, ruleSetsUnderTest, yearsUnderTest } from './arbitraries.js';
import { params, timeout } from './config.js';
import { applyWorsening, worseningArb } from './mutations.js';
import { subjects as subjectsOf } from './results.js';

describe('the review generator', () => {
  it(
    'makes valid reviews only',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          const r = safeParseReview(review);
          expect(r.success ? [] : r.issues).toEqual([]);
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it('covers every rule set under test, its periods, and the cases the properties need', () => {
    expect(yearsUnderTest().length).toBeGreaterThan(0);
    const samples = fc.sample(reviewArb(), { numRuns: 400, seed: 20241215 });
    const seen = new Set<string>();
    let members = 0;
    let rated = 0;
    let htxsnv = 0;
    let lowered = 0;
    let failingQuota = 0;
    let leaders = 0;
    for (const review of samples) {
      const result = evaluateReview(review);
      seen.add(`${result.ruleSet.id} ${result.period.kind}`);
      for (const s of subjectsOf(result)) {
        if (s.key.startsWith('member:')) members++;
        if (s.rated && s.key.startsWith('member:')) rated++;
        if (s.level === 'HTXSNV') htxsnv++;
        if (s.level !== null && s.basis !== undefined && s.level !== s.basis) lowered++;
        for (const f of s.findings) seen.add(`finding ${f.code}`);
      }
      leaders += result.leaders.length;
      if (result.checks.some((c) => c.code === 'quota' && !c.ok)) failingQuota++;
    }
    for (const rs of ruleSetsUnderTest()) for (const kind of rs.periods) expect(seen, `${rs.id} ${kind}`).toContain(`${rs.id} ${kind}`);
    for (const code of ['no-basis', 'new-member', 'exempt', 'discipline-in-year', 'proposed-level', 'tasks-not-given', 'head-above-unit']) {
      expect(seen, code).toContain(`finding ${code}`);
    }
    expect(rated / members).toBeGreaterThan(0.4);
    expect(htxsnv).toBeGreaterThan(100);
    expect(lowered).toBeGreaterThan(200);
    expect(leaders).toBeGreaterThan(100);
    expect(failingQuota / samples.length).toBeGreaterThan(0.2);
  });

  it('worsenings lower someone’s level often enough for the monotonicity property to bite', () => {
    const pairs = fc.sample(
      reviewArb()
        .filter((r) => r.members.length + r.organizations.length > 0)
        .chain((r) => fc.tuple(fc.constant(r), worseningArb(r))),
      { numRuns: 300, seed: 42 },
    );
    let changed = 0;
    for (const [review, w] of pairs) {
      const before = new Map(subjectsOf(evaluateReview(review)).map((s) => [s.key, s.level]));
      const after = subjectsOf(evaluateReview(parseReview(applyWorsening(review, w))));
      if (after.some((s) => s.level !== before.get(s.key))) changed++;
    }
    expect(changed / pairs.length).toBeGreaterThan(0.15);
  });
});

import { describe, expect, it } from 'vitest';
import { checkReview } from '../builtIn.js';
import { member, organization, reviewOf } from '../testing/index.js';

describe('checkReview', () => {
  const cb = organization('cb', 'chi-bo-co-so', { proposedLevel: 'HTTNV' });
  it('fails when the quota is exceeded (X = 2, T = 1) and passes after the suggested moves', () => {
    const members = [member('a', 'cb', { proposedLevel: 'HTXSNV' }), member('b', 'cb', { proposedLevel: 'HTXSNV' }), member('c', 'cb', { proposedLevel: 'HTTNV' })];
    const outcome = checkReview(reviewOf(2024, [cb], members));
    expect(outcome.ok).toBe(false);
    expect(outcome.failed[0]).toMatchObject({ code: 'quota', demote: 2, suggest: ['a', 'b'] });
    const fixed = members.map((m) => ({ ...m, proposedLevel: 'HTTNV' as const }));
    expect(checkReview(reviewOf(2024, [cb], fixed)).ok).toBe(true);
  });
  it('fails on a subject with no basis', () => {
    const outcome = checkReview(reviewOf(2024, [cb], [member('z', 'cb')]));
    expect(outcome.ok).toBe(false);
    expect(outcome.errors[0]).toMatchObject({ subjects: 'members', id: 'z', finding: { code: 'no-basis' } });
  });
});

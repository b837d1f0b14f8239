// Duplicated rows — the same record pasted twice in a spreadsheet — are refused where they carry
// an id (test/fixtures/bad: duplicate-*-id, duplicate-id-nfd), and must not count twice where
// they do not: a head post listed twice is still one person heading one unit.
import { describe, expect, it } from 'vitest';
import { evaluateReview, safeParseReview } from '../../src/index.js';
import { smallReview } from './helpers.js';
import type { ReviewInput } from '../../src/model/input.js';

/** dv-1 heads cb-1; the post is pasted a second time. */
function duplicatedPost(): Record<string, unknown> {
  const review = smallReview();
  const member = (review['members'] as Record<string, unknown>[])[0]!;
  member['posts'] = [...(member['posts'] as unknown[]), ...(member['posts'] as unknown[])];
  return review;
}

describe('duplicated rows', () => {
  it('a member pasted twice (same id) is refused at the second copy', () => {
    const review = smallReview();
    const members = review['members'] as unknown[];
    members.push(members[1]);
    const r = safeParseReview(review);
    expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([['members[4].id', 'duplicate-id']]);
  });

  it('an organization pasted twice (same id) is refused at the second copy', () => {
    const review = smallReview();
    const organizations = review['organizations'] as unknown[];
    organizations.push(organizations[2]);
    const r = safeParseReview(review);
    expect(!r.success && r.issues.map((i) => [i.path, i.code])).toEqual([['organizations[3].id', 'duplicate-id']]);
  });

  it('a head post pasted twice is accepted (the format does not forbid it)', () => {
    expect(safeParseReview(duplicatedPost()).success).toBe(true);
  });

  // Regression (fixed in src/evaluate/evaluate.ts, leaders loop): a post listed twice
  // with `head: true` gives two leaders[] entries for one person heading one unit, and the leaders
  // quota counts that person twice (with X = 2 HTXSNV heads in a pool, it fails and suggests the same
  // person twice; one move fixes both). Either refuse the second post (a duplicate row, like a
  // duplicate id) or rate each (person, unit) once.
  it('one person heading one unit is one leaders[] entry, even with the post listed twice', () => {
    const result = evaluateReview(duplicatedPost() as ReviewInput);
    expect(result.leaders.map((l) => [l.memberId, l.orgId])).toEqual([['dv-1', 'cb-1']]);
  });
});

// Properties of every evaluated subject (docs/guides/formats.md §1 "Where the level comes from", §2):
// level = min(basis, every ceiling), so the level is never above its basis nor above any `cap`
// finding, and a level below the basis is explained by a `cap` finding at exactly that level;
// nothing is silently dropped: every member and organization of the input has one entry, in input
// order, every head post one `leaders[]` entry, and a subject left unrated says why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview, getRuleSet, isAtLeast, LEVELS, parseReview } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { params, timeout } from './config.js';
import { subjects } from './results.js';

const ENTRY = /^(members|organizations)\[(\d+)\]/;

describe('ceilings and findings', () => {
  it(
    'the level is never above the basis or any cap, and a lowered level has a cap finding at that level',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          for (const s of subjects(evaluateReview(review))) {
            if (!s.rated || s.level === null) continue;
            const caps = s.findings.filter((f) => f.severity === 'cap');
            for (const f of caps) {
              expect(f.cap, `${s.key} ${f.code} has no cap`).toBeDefined();
              expect(isAtLeast(f.cap!, s.level), `${s.key}: level ${s.level} above cap ${f.cap} (${f.code})`).toBe(true);
            }
            expect(s.basis, `${s.key} is rated without a basis`).toBeDefined();
            expect(isAtLeast(s.basis!, s.level), `${s.key}: level ${s.level} above basis ${s.basis}`).toBe(true);
            if (s.level !== s.basis) {
              expect(caps.some((f) => f.cap === s.level), `${s.key}: ${s.basis} → ${s.level} with no cap finding at ${s.level}`).toBe(true);
            }
            expect(s.findings.filter((f) => f.severity === 'error' || f.severity === 'not-rated'), `${s.key} is rated`).toEqual([]);
          }
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'an unrated subject has no level and a not-rated or error finding saying why',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          for (const s of subjects(evaluateReview(review))) {
            expect(s.level === null, s.key).toBe(!s.rated);
            if (!s.rated) expect(s.findings.some((f) => f.severity === 'not-rated' || f.severity === 'error'), `${s.key} unrated without a reason`).toBe(true);
          }
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'nothing is dropped: one entry per member, organization and unit headed, in input order, and summaries that add up',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          const parsed = parseReview(review);
          const result = evaluateReview(review);
          expect(result.members.map((m) => [m.id, m.orgId])).toEqual(parsed.members.map((m) => [m.id, m.orgId]));
          expect(result.organizations.map((o) => [o.id, o.kind])).toEqual(parsed.organizations.map((o) => [o.id, o.kind]));
          // One entry per person and unit led, however often the post is listed: head posts under
          // QĐ 132/124, every leadership post under QĐ 366 (`leaderPosts`).
          const everyPost = getRuleSet(result.ruleSet.id).leaderPosts === 'post-holders';
          const rated = (p: { head?: boolean; leader?: boolean }) => (everyPost ? p.leader !== false : p.head === true);
          const heads = parsed.members.flatMap((m) => [...new Set((m.posts ?? []).filter(rated).map((p) => p.orgId))].map((orgId) => [m.id, orgId]));
          expect(result.leaders.map((l) => [l.memberId, l.orgId])).toEqual(heads);
          for (const list of ['members', 'leaders', 'organizations'] as const) {
            const entries = result[list];
            const summary = result.summary[list];
            expect(summary.rated + summary.notRated, list).toBe(entries.length);
            for (const level of LEVELS) expect(summary[level], `${list} ${level}`).toBe(entries.filter((e) => e.level === level).length);
          }
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'every finding is cited, bilingual, and points into the input',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          for (const s of subjects(evaluateReview(review))) {
            for (const f of s.findings) {
              expect(f.cite.doc.length > 0 && f.cite.article.length > 0, `${s.key} ${f.code} cite`).toBe(true);
              expect(f.message.vi.length > 0 && f.message.en.length > 0, `${s.key} ${f.code} message`).toBe(true);
              if (f.path === undefined) continue;
              const m = ENTRY.exec(f.path);
              expect(m, `${s.key} ${f.code} path ${f.path}`).not.toBeNull();
              const list = m![1] === 'members' ? review.members : review.organizations;
              expect(Number(m![2]), `${s.key} ${f.code} path ${f.path}`).toBeLessThan(list.length);
            }
          }
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );
});

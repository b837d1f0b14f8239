// The types of `xeploai/testing`: the builder's chain, the record and result factories, and the
// assertions.
import { describe, expectTypeOf, it } from 'vitest';
import type { Finding, Member, Organization, ReviewFile, ReviewResult, RuleSet, MemberResult, OrganizationResult, LeaderResult } from '../index.js';
import { getRuleSet } from '../index.js';
import {
  allTot,
  evaluateWith,
  excellent,
  expectFinding,
  expectLevel,
  isReviewBuilder,
  leaderResult,
  member,
  memberResult,
  organization,
  organizationResult,
  review,
  reviewOf,
  type DraftReview,
  type ReviewBuilder,
} from './index.js';

describe('the review builder', () => {
  it('every call returns a builder; build() a ReviewFile, raw() a DraftReview', () => {
    const b = review(2024)
      .organization({ id: 'xa', kind: 'dang-bo-co-so' })
      .organization({ id: 'cb', kind: 'chi-bo', parentId: 'xa' })
      .member({ criteria: allTot })
      .members(3, (i) => ({ proposedLevel: i === 0 ? 'HTXSNV' : 'HTTNV' }))
      .head({ name: 'Bí thư' }, 'cb')
      .period({ kind: 'year' })
      .reviewDate('2024-12-15')
      .ruleSet('qd124-2023')
      .settings({ headCap: 'cap' });
    expectTypeOf(b).toEqualTypeOf<ReviewBuilder>();
    expectTypeOf(b.year).toBeNumber();
    expectTypeOf(b.build()).toEqualTypeOf<ReviewFile>();
    expectTypeOf(b.build).toBeCallableWith({ ruleSet: 'qd124-2023' });
    expectTypeOf(b.build).toBeCallableWith({ ruleSet: getRuleSet('qd124-2023') });
    expectTypeOf(b.raw()).toEqualTypeOf<DraftReview>();
    expectTypeOf(b.raw().members).toEqualTypeOf<readonly Member[]>();
  });

  it('checks the facts given to it', () => {
    // @ts-expect-error not an organization kind
    review(2024).organization({ kind: 'chi-bo-cs' });
    // @ts-expect-error levels are upper case
    review(2024).member({ proposedLevel: 'httnv' });
    // @ts-expect-error the year is a number
    review('2024');
  });

  it('isReviewBuilder narrows', () => {
    const value: unknown = review(2024);
    if (isReviewBuilder(value)) expectTypeOf(value).toEqualTypeOf<ReviewBuilder>();
  });
});

describe('records and results', () => {
  it('give the library types', () => {
    expectTypeOf(member('dv-1', 'cb', { criteria: excellent })).toEqualTypeOf<Member>();
    expectTypeOf(organization('cb', 'chi-bo-co-so')).toEqualTypeOf<Organization>();
    expectTypeOf(reviewOf(2024, [], [])).toEqualTypeOf<DraftReview>();
    expectTypeOf(reviewOf(2024, [], [])).toExtend<ReviewFile>();
    expectTypeOf(memberResult('dv-1', 'cb', 'HTTNV')).toEqualTypeOf<MemberResult>();
    expectTypeOf(organizationResult('cb', 'chi-bo', null)).toEqualTypeOf<OrganizationResult>();
    expectTypeOf(leaderResult('dv-1', 'cb', 'HTTNV', { head: false })).toEqualTypeOf<LeaderResult>();
    expectTypeOf(allTot.results).toEqualTypeOf<'tot'>();
    expectTypeOf(excellent.results).toEqualTypeOf<'xuat-sac'>();
    // @ts-expect-error not an organization kind
    organization('cb', 'chi-bo-cs');
    // @ts-expect-error `rated` follows the level
    memberResult('dv-1', 'cb', 'HTTNV', { rated: false });
  });
});

describe('evaluating and asserting', () => {
  it('evaluateWith takes a rule set or its id and a builder or a review object', () => {
    expectTypeOf(evaluateWith('qd124-2023', review(2024).member())).toEqualTypeOf<ReviewResult>();
    expectTypeOf(evaluateWith).toBeCallableWith(getRuleSet('qd124-2023') satisfies RuleSet, reviewOf(2024, [], []), { headCap: 'cap' });
    const result = evaluateWith('qd124-2023', review(2024).member());
    expectTypeOf(expectLevel(result, 'dv-1', 'HTTNV')).toBeVoid();
    expectTypeOf(expectLevel).toBeCallableWith(result, { member: 'dv-1' }, null);
    expectTypeOf(expectFinding(result, 'dv-1', 'new-member')).toEqualTypeOf<Finding>();
    // @ts-expect-error not a level
    expectLevel(result, 'dv-1', 'httnv');
  });
});

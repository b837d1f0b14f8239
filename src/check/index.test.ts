import { describe, expect, it } from 'vitest';
import { minLevel, type Level } from '../levels.js';
import type { Check, SettingsSpec } from '../rules/types.js';
import { applyCorrections, runChecks, suggestCorrections, type CheckResults, type Corrections } from './index.js';
import { REVIEW, RESULTS } from './testFixture.js';
import { makeContext, testParams , withCivil } from './testUtil.js';

const RULE_SET = { checks: testParams(), settings: {} as SettingsSpec };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Re-rates results as the engine would after `applyCorrections`: a proposal is one more ceiling. */
function reRate(results: typeof RESULTS, corrections: Corrections): CheckResults {
  const reviewed = applyCorrections(REVIEW, corrections);
  const proposed = new Map(reviewed.members.map((m) => [m.id, m.proposedLevel]));
  const orgProposed = new Map(reviewed.organizations.map((o) => [o.id, o.proposedLevel]));
  const cap = (level: Level | null, p: Level | undefined) => (level === null || p === undefined ? level : minLevel(level, p));
  return {
    members: results.members.map((m) => ({ ...m, level: cap(m.level, proposed.get(m.id)) })),
    organizations: results.organizations.map((o) => ({ ...o, level: cap(o.level, orgProposed.get(o.id)) })),
    leaders: results.leaders.map((l) => ({ ...l, level: cap(l.level, proposed.get(l.memberId)) })),
  };
}

describe('runChecks', () => {
  it('orders checks by subjects, scope id, scope kind, then code (quota first)', () => {
    const checks = runChecks(makeContext(REVIEW), withCivil(RESULTS, makeContext(REVIEW)), RULE_SET, makeContext(REVIEW));
    expect(checks.map((c) => `${c.subjects} ${c.scope.kind}:${c.scope.id} ${c.code}`)).toEqual([
      'members tccsd:cb-c quota',
      'members chi-bo:lone quota',
      'members tccsd:xa-a quota',
      'members tccsd:xa-a civil-service-share',
      'members tccsd:xa-b quota',
      'organizations parent: quota',
      'organizations parent:tinh quota',
      'organizations group:truong-hoc quota',
      'organizations parent:xa-a quota',
      'organizations parent:xa-b quota',
      'organizations group:xa-phuong quota',
      'leaders parent:tinh quota',
      'leaders group:xa-phuong quota',
    ]);
  });

  it('gives the same checks whatever the order of the input', () => {
    const reversed = { members: [...RESULTS.members].reverse(), organizations: [...RESULTS.organizations].reverse(), leaders: [...RESULTS.leaders].reverse() };
    const shuffledReview = { ...REVIEW, organizations: [...REVIEW.organizations].reverse(), members: [...REVIEW.members].reverse() };
    expect(runChecks(makeContext(shuffledReview), withCivil(reversed, makeContext(shuffledReview)), RULE_SET, makeContext(shuffledReview))).toEqual(runChecks(makeContext(REVIEW), withCivil(RESULTS, makeContext(REVIEW)), RULE_SET, makeContext(REVIEW)));
  });
});

describe('suggestCorrections and applyCorrections', () => {
  it('collects the suggested moves of failing quota checks only', () => {
    const checks = runChecks(makeContext(REVIEW), withCivil(RESULTS, makeContext(REVIEW)), RULE_SET, makeContext(REVIEW));
    const corrections = suggestCorrections({ checks });
    expect(corrections.members.map((m) => m.id)).toEqual(['c-x1', 'lone-x1', 'a1-x2', 'a1-x1', 'b1-x1']);
    expect(corrections.members.every((m) => m.from === 'HTXSNV' && m.to === 'HTTNV')).toBe(true);
    expect(corrections.organizations.map((o) => o.id)).toEqual(['lone', 'cb-a1', 'xa-a']);
    expect(corrections.leaders).toEqual([
      { memberId: 'b1-x1', orgId: 'xa-b', from: 'HTXSNV', to: 'HTTNV' },
      { memberId: 'a1-x1', orgId: 'xa-a', from: 'HTXSNV', to: 'HTTNV' },
    ]);
  });

  it('ignores passing checks and checks that are not quotas', () => {
    const check: Check = { code: 'civil-service-share', subjects: 'members', scope: { kind: 'tccsd', id: 'x' }, ok: false, suggest: ['a'], cite: { doc: 'd', article: 'a' }, message: { vi: '', en: '' } };
    expect(suggestCorrections({ checks: [check, { ...check, code: 'quota', ok: true }] })).toEqual({ members: [], organizations: [], leaders: [] });
  });

  it('returns a new review with lowered proposals and never mutates the input', () => {
    const review = deepFreeze(structuredClone(REVIEW));
    const corrections = deepFreeze(suggestCorrections({ checks: runChecks(makeContext(review), withCivil(RESULTS, makeContext(review)), RULE_SET, makeContext(review)) }));
    const fixed = applyCorrections(review, corrections);
    expect(fixed).not.toBe(review);
    expect(fixed.members.find((m) => m.id === 'a1-x2')?.proposedLevel).toBe('HTTNV');
    expect(fixed.members.find((m) => m.id === 'a1-x3')).toBe(review.members.find((m) => m.id === 'a1-x3'));
    expect(fixed.organizations.find((o) => o.id === 'xa-a')?.proposedLevel).toBe('HTTNV');
    expect(review.members.find((m) => m.id === 'a1-x2')?.proposedLevel).toBe('HTXSNV');
  });

  it('never raises a proposal', () => {
    const review = { ...REVIEW, members: REVIEW.members.map((m) => (m.id === 'c-x1' ? { ...m, proposedLevel: 'HTNV' as const } : m)) };
    const fixed = applyCorrections(review, { members: [{ id: 'c-x1', from: 'HTXSNV', to: 'HTTNV' }], organizations: [], leaders: [] });
    expect(fixed.members.find((m) => m.id === 'c-x1')?.proposedLevel).toBe('HTNV');
  });

  it('makes every quota check pass once the corrections are re-rated, under every reading', () => {
    for (const settings of [{}, { quotaScope: 'chi-bo' as const }, { quotaScope: 'group' as const }, { quotaBase: 'httnv-and-above' as const }, { quotaMinimumOne: true }]) {
      const ctx = makeContext(REVIEW, settings);
      const corrections = suggestCorrections({ checks: runChecks(ctx, withCivil(RESULTS, ctx), RULE_SET, ctx) });
      const after = runChecks(ctx, withCivil(reRate(RESULTS, corrections), ctx), RULE_SET, ctx).filter((c) => c.code === 'quota');
      expect(after.filter((c) => !c.ok), JSON.stringify(settings)).toEqual([]);
    }
  });
});

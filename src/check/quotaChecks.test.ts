import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../levels.js';
import type { Check, MemberResult, SettingsSpec } from '../rules/types.js';
import { PoolResolver } from './pools.js';
import type { CheckResults } from './inputs.js';
import { compareSuggestion, quotaChecks } from './quotaChecks.js';
import { REVIEW, RESULTS } from './testFixture.js';
import { memberResult, organization } from '../testing/index.js';
import { makeContext, testParams } from './testUtil.js';

const summary = (c: Check) => ({ scope: `${c.scope.kind}:${c.scope.id}`, counts: c.counts, ok: c.ok, demote: c.demote, allowed: c.allowed, suggest: c.suggest });
const memberChecks = (settings: Parameters<typeof makeContext>[1]) => quotaChecks(makeContext(REVIEW, settings), RESULTS, testParams()).filter((c) => c.subjects === 'members');
const counts = (x: number, t: number, htnv = 0, khtnv = 0) => ({ HTXSNV: x, HTTNV: t, HTNV: htnv, KHTNV: khtnv });

describe('quotaChecks — members, each scope on the same review', () => {
  it('tccsd: pools by the nearest TCCSĐ; a chi bộ with none is pooled by itself and says so', () => {
    const checks = memberChecks({ quotaScope: 'tccsd' });
    expect(checks.map(summary)).toEqual([
      { scope: 'tccsd:cb-c', counts: counts(1, 4, 1), ok: false, demote: 1, allowed: 0, suggest: ['c-x1'] },
      { scope: 'chi-bo:lone', counts: counts(1, 0), ok: false, demote: 1, allowed: 0, suggest: ['lone-x1'] },
      // X = 5, T = 15: 500 > 300; k = ⌈200/120⌉ = 2; scored first by score, then unscored by id
      { scope: 'tccsd:xa-a', counts: counts(5, 15), ok: false, demote: 2, allowed: 3, suggest: ['a1-x2', 'a1-x1'] },
      { scope: 'tccsd:xa-b', counts: counts(1, 2), ok: false, demote: 1, allowed: 0, suggest: ['b1-x1'] },
    ]);
    const lone = checks.find((c) => c.scope.id === 'lone')!;
    expect(lone['fallback']).toBe('no-tccsd');
    expect(lone.assumption).toBe(true);
    expect(lone.message.en).toContain('no TCCSĐ above');
  });

  it('chi-bo: pools by the member’s chi bộ; equality passes', () => {
    expect(memberChecks({ quotaScope: 'chi-bo' }).map(summary)).toEqual([
      { scope: 'chi-bo:cb-a1', counts: counts(3, 5), ok: false, demote: 2, allowed: 1, suggest: ['a1-x2', 'a1-x1'] },
      { scope: 'chi-bo:cb-a2', counts: counts(2, 10), ok: true, demote: 0, allowed: 2, suggest: [] },
      { scope: 'chi-bo:cb-b1', counts: counts(1, 2), ok: false, demote: 1, allowed: 0, suggest: ['b1-x1'] },
      { scope: 'chi-bo:cb-c', counts: counts(1, 4, 1), ok: false, demote: 1, allowed: 0, suggest: ['c-x1'] },
      { scope: 'chi-bo:lone', counts: counts(1, 0), ok: false, demote: 1, allowed: 0, suggest: ['lone-x1'] },
    ]);
  });

  it('group: pools by the nearest group; without one, by the TCCSĐ; without that, by the chi bộ', () => {
    const checks = memberChecks({ quotaScope: 'group' });
    expect(checks.map(summary)).toEqual([
      { scope: 'tccsd:cb-c', counts: counts(1, 4, 1), ok: false, demote: 1, allowed: 0, suggest: ['c-x1'] },
      { scope: 'chi-bo:lone', counts: counts(1, 0), ok: false, demote: 1, allowed: 0, suggest: ['lone-x1'] },
      { scope: 'group:truong-hoc', counts: counts(2, 10), ok: true, demote: 0, allowed: 2, suggest: [] },
      // cb-a1 (via xa-a) and cb-b1 (via xa-b): X = 4, T = 7; k = ⌈(400 − 140)/120⌉ = 3
      { scope: 'group:xa-phuong', counts: counts(4, 7), ok: false, demote: 3, allowed: 1, suggest: ['b1-x1', 'a1-x2', 'a1-x1'] },
    ]);
    expect(checks.map((c) => c['fallback'])).toEqual(['no-group', 'no-group-no-tccsd', undefined, undefined]);
  });

  it('base httnv-and-above: the base X + T does not move with a demotion', () => {
    const xaA = memberChecks({ quotaBase: 'httnv-and-above' }).find((c) => c.scope.id === 'xa-a')!;
    expect(summary(xaA)).toMatchObject({ ok: false, demote: 1, allowed: 4, suggest: ['a1-x2'] });
    expect(xaA['baseCount']).toBe(20);
    expect(xaA.message.en).toContain('20% of those rated HTTNV or above');
    expect(xaA.assumption).toBe(true);
  });

  it('minimumOne: one HTXSNV always passes, even on a base of 0', () => {
    const checks = memberChecks({ quotaMinimumOne: true });
    expect(checks.find((c) => c.scope.id === 'lone')).toMatchObject({ ok: true, allowed: 1, demote: 0 });
    expect(checks.find((c) => c.scope.id === 'xa-a')).toMatchObject({ ok: false, demote: 2 });
  });

  it('states the scope, the reading and the citation in the message', () => {
    const xaA = memberChecks({}).find((c) => c.scope.id === 'xa-a')!;
    expect(xaA.message.en).toContain('20% of those rated HTTNV, in TCCSĐ Tổ chức xa-a (xa-a)');
    expect(xaA.message.vi).toContain('20% số được xếp loại HTTNV, trong TCCSĐ');
    expect(xaA.cite).toEqual({ doc: 'TEST', article: 'Điều 1' });
    expect(xaA).toMatchObject({ base: 'httnv', percent: 20, minimumOne: false, cap: 3, baseCount: 15, severity: 'error' });
  });
});

describe('quotaChecks — organizations and heads', () => {
  it('pools organizations by their group, else their parent; an unrated cap-tren is left out', () => {
    const checks = quotaChecks(makeContext(REVIEW), RESULTS, testParams()).filter((c) => c.subjects === 'organizations');
    expect(checks.map(summary)).toEqual([
      { scope: 'parent:', counts: counts(1, 0), ok: false, demote: 1, allowed: 0, suggest: ['lone'] },
      { scope: 'parent:tinh', counts: counts(0, 1), ok: true, demote: 0, allowed: 0, suggest: [] },
      { scope: 'group:truong-hoc', counts: counts(0, 1), ok: true, demote: 0, allowed: 0, suggest: [] },
      { scope: 'parent:xa-a', counts: counts(1, 0), ok: false, demote: 1, allowed: 0, suggest: ['cb-a1'] },
      { scope: 'parent:xa-b', counts: counts(0, 1), ok: true, demote: 0, allowed: 0, suggest: [] },
      { scope: 'group:xa-phuong', counts: counts(1, 1), ok: false, demote: 1, allowed: 0, suggest: ['xa-a'] },
    ]);
    expect(checks.every((c) => c.assumption)).toBe(true); // the pool of collectives is assumed (testParams)
  });

  it('includes a cap-tren organization once it is rated', () => {
    const results = { ...RESULTS, organizations: RESULTS.organizations.map((o) => (o.id === 'tinh' ? { ...o, rated: true, level: 'HTTNV' as const } : o)) };
    const root = quotaChecks(makeContext(REVIEW), results, testParams()).find((c) => c.subjects === 'organizations' && c.scope.id === '');
    expect(root?.counts).toEqual(counts(1, 1));
  });

  it('pools heads by the group of the organization headed, else its parent, and names the post', () => {
    const checks = quotaChecks(makeContext(REVIEW), RESULTS, testParams()).filter((c) => c.subjects === 'leaders');
    expect(checks.map(summary)).toEqual([
      { scope: 'parent:tinh', counts: counts(0, 1), ok: true, demote: 0, allowed: 0, suggest: [] },
      { scope: 'group:xa-phuong', counts: counts(2, 0), ok: false, demote: 2, allowed: 0, suggest: ['b1-x1', 'a1-x1'] },
    ]);
    expect(checks[1]!['suggestLeaders']).toEqual([
      { memberId: 'b1-x1', orgId: 'xa-b' },
      { memberId: 'a1-x1', orgId: 'xa-a' },
    ]);
  });
});

describe('quotaChecks — settings', () => {
  it('fails every pool when quotaPercent is above the rule set’s maximum, computing at the maximum', () => {
    const checks = quotaChecks(makeContext(REVIEW, { quotaPercent: 25 }), RESULTS, testParams(20));
    expect(checks.every((c) => !c.ok)).toBe(true);
    const xaA = checks.find((c) => c.subjects === 'members' && c.scope.id === 'xa-a')!;
    expect(xaA).toMatchObject({ percent: 20, requestedPercent: 25, maxPercent: 20, demote: 2 });
    expect(xaA.message.en).toMatch(/^quotaPercent 25 is above the 20% that TEST allows/);
  });

  it('uses a higher percent the rule set allows (QĐ 366: up to 25 by decision)', () => {
    const review = { ...REVIEW, organizations: [organization('x', 'dang-bo-co-so')], members: [] };
    const results: CheckResults = { members: [...Array<Level>(7).fill('HTXSNV'), ...Array<Level>(24).fill('HTTNV')].map((l, i) => memberResult(`m${String(i).padStart(2, '0')}`, 'x', l)), organizations: [], leaders: [] };
    const at = (p: number) => quotaChecks(makeContext(review, { quotaPercent: p }), results, testParams(25))[0]!;
    expect(at(20)).toMatchObject({ ok: false, demote: 2 });
    expect(at(25)).toMatchObject({ ok: false, demote: 1, percent: 25 });
  });

  it('marks the check an assumption from the rule set’s setting specs', () => {
    const cite = { doc: 'X', article: 'Y' };
    const verified: SettingsSpec = { quotaScope: { default: 'tccsd', assumption: false, cite }, quotaBase: { default: 'httnv', assumption: false, cite }, quotaMinimumOne: { default: false, assumption: false, cite } };
    const assumed: SettingsSpec = { ...verified, quotaScope: { default: 'tccsd', assumption: true, cite } };
    const xaA = (settings: Parameters<typeof makeContext>[1], spec: SettingsSpec) =>
      quotaChecks(makeContext(REVIEW, settings), RESULTS, testParams(), { settingsSpec: spec }).find((c) => c.subjects === 'members' && c.scope.id === 'xa-a');
    expect(xaA({}, verified)?.assumption).toBe(false);
    expect(xaA({}, assumed)?.assumption).toBe(true);
    expect(xaA({ quotaBase: 'httnv-and-above' }, verified)?.assumption).toBe(true);
    expect(xaA({ quotaMinimumOne: true }, verified)?.assumption).toBe(true);
    expect(quotaChecks(makeContext(REVIEW, { quotaScope: 'chi-bo' }), RESULTS, testParams(), { settingsSpec: verified }).every((c) => c.subjects !== 'members' || c.assumption)).toBe(true);
  });
});

describe('quotaChecks — properties', () => {
  const ORGS = ['cb-a1', 'cb-a2', 'cb-b1', 'cb-c', 'lone'];
  const LEVELS: Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
  const arbResults = fc
    .array(fc.record({ org: fc.constantFrom(...ORGS), level: fc.oneof({ arbitrary: fc.constant<Level | null>('HTXSNV'), weight: 2 }, { arbitrary: fc.constantFrom<Level | null>(...LEVELS, null), weight: 3 }), score: fc.option(fc.integer({ min: 50, max: 100 }), { nil: undefined }) }), { maxLength: 60 })
    .map((rows) => rows.map((r, i) => memberResult(`m${i}`, r.org, r.level, r.score === undefined ? {} : { score: r.score })));
  const arbSettings = fc.record({
    quotaScope: fc.constantFrom('tccsd' as const, 'chi-bo' as const, 'group' as const),
    quotaBase: fc.constantFrom('httnv' as const, 'httnv-and-above' as const),
    quotaPercent: fc.integer({ min: 1, max: 100 }),
    quotaMinimumOne: fc.boolean(),
  });
  const run = (members: MemberResult[], settings: Parameters<typeof makeContext>[1]) => quotaChecks(makeContext(REVIEW, settings), { members, organizations: [], leaders: [] }, testParams(100));

  it('applying suggest makes every check pass, and one move fewer (to any lower level) does not', () => {
    fc.assert(
      fc.property(arbResults, arbSettings, fc.nat(), (members, settings, seed) => {
        const resolver = new PoolResolver(makeContext(REVIEW).organizationById);
        const checks = run(members, settings);
        const moved = new Set(checks.flatMap((c) => c.suggest ?? []));
        const after = run(members.map((m) => (moved.has(m.id) ? { ...m, level: 'HTTNV' as const } : m)), settings);
        expect(after.every((c) => c.ok)).toBe(true);
        for (const c of checks.filter((x) => !x.ok)) {
          // any demote − 1 HTXSNV of the pool, each moved to any lower level, leaves it failing
          const suggest = c.suggest ?? [];
          expect(suggest).toHaveLength(c.demote!);
          const inPool = members.filter((m) => {
            const pool = resolver.memberPool(m.orgId, settings.quotaScope);
            return m.level === 'HTXSNV' && pool.kind === c.scope.kind && pool.id === c.scope.id;
          }).map((m) => m.id);
          const start = seed % Math.max(1, inPool.length);
          const fewer = [...inPool.slice(start), ...inPool.slice(0, start)].slice(0, c.demote! - 1);
          const target = LEVELS[1 + (seed % 3)]!;
          const partial = run(members.map((m) => (fewer.includes(m.id) ? { ...m, level: target } : m)), settings);
          expect(partial.find((x) => x.scope.id === c.scope.id && x.scope.kind === c.scope.kind)?.ok).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic under shuffled input order', () => {
    fc.assert(
      fc.property(
        arbResults.chain((members) => fc.tuple(fc.constant(members), fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }))),
        arbSettings,
        ([members, shuffled], settings) => {
          expect(run(shuffled, settings)).toEqual(run(members, settings));
        },
      ),
    );
  });

  it('orders suggestions by score ascending, unscored last, then id', () => {
    const c = (id: string, score?: number) => ({ id, orgId: 'o', score });
    expect([c('b', 95), c('a'), c('c', 91), c('a0', 91), c('0')].sort(compareSuggestion).map((x) => x.id)).toEqual(['a0', 'c', 'b', '0', 'a']);
  });
});

describe('the unit of docs/guides/checks.md: 30 rated, X = 5, T = 18, 6 HTNV, 1 KHTNV', () => {
  const review = { format: 'xeploai/review@1' as const, year: 2024, organizations: [organization('xa-an-binh', 'dang-bo-co-so', { name: 'Đảng bộ xã An Bình' }), organization('cb-thon-1', 'chi-bo', { parentId: 'xa-an-binh' })], members: [] };
  const scores: Record<string, number> = { 'dv-01': 96, 'dv-02': 92, 'dv-04': 92, 'dv-05': 90.5 };
  const levels: Level[] = [...Array<Level>(5).fill('HTXSNV'), ...Array<Level>(18).fill('HTTNV'), ...Array<Level>(6).fill('HTNV'), 'KHTNV'];
  const members = levels.map((l, i) => {
    const id = `dv-${String(i + 1).padStart(2, '0')}`;
    const score = scores[id];
    return memberResult(id, 'cb-thon-1', l, score === undefined ? {} : { score });
  });
  const check = (settings: Parameters<typeof makeContext>[1]) => quotaChecks(makeContext(review, settings), { members, organizations: [], leaders: [] }, testParams())[0]!;

  it('20 % of HTTNV (default): cap 3, move 2', () => {
    expect(check({})).toMatchObject({ scope: { kind: 'tccsd', id: 'xa-an-binh' }, ok: false, cap: 3, allowed: 3, demote: 2, suggest: ['dv-05', 'dv-02'] });
  });
  it('20 % of HTTNV and above: cap 4, move 1', () => {
    expect(check({ quotaBase: 'httnv-and-above' })).toMatchObject({ ok: false, cap: 4, allowed: 4, demote: 1, suggest: ['dv-05'] });
  });
  it('minimumOne changes nothing here', () => {
    expect(check({ quotaMinimumOne: true })).toMatchObject({ ok: false, cap: 3, demote: 2 });
  });
  it('a 25 % decision where the rule set allows it: cap 4, move 1', () => {
    expect(quotaChecks(makeContext(review, { quotaPercent: 25 }), { members, organizations: [], leaders: [] }, testParams(25))[0]).toMatchObject({ ok: false, cap: 4, demote: 1 });
  });
});

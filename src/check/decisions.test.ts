import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import type { Level } from '../levels.js';
import type { Member, ReviewFile } from '../model/index.js';
import type { Check } from '../rules/types.js';
import { evaluateNdjson } from '../stream/run.js';
import { QUOTA_DECISION_CITE, QuotaDecisionResolver } from './decisions.js';
import { quotaChecks } from './quotaChecks.js';
import { REVIEW, RESULTS } from './testFixture.js';
import { member, organization, ndjsonOf } from '../testing/index.js';
import { makeContext, testParams } from './testUtil.js';

//   huyen (cap-tren)
//   ├─ xa-a (dang-bo-co-so) ─ cb-a (chi-bo): 7 HTXSNV, 24 HTTNV     decision 25 % on xa-a
//   └─ xa-b (dang-bo-co-so) ─ cb-b (chi-bo): 7 HTXSNV, 24 HTTNV     no decision
function review(quotaDecisions?: ReviewFile['quotaDecisions']): ReviewFile {
  const members = (chiBo: string): Member[] =>
    [...Array<Level>(7).fill('HTXSNV'), ...Array<Level>(24).fill('HTTNV')].map((level: Level, i) => member(`${chiBo}-${String(i).padStart(2, '0')}`, chiBo, { proposedLevel: level }));
  return {
    format: 'xeploai/review@1',
    year: 2025,
    ...(quotaDecisions !== undefined ? { quotaDecisions } : {}),
    organizations: [
      organization('huyen', 'cap-tren'),
      organization('xa-a', 'dang-bo-co-so', { parentId: 'huyen', proposedLevel: 'HTTNV' }),
      organization('cb-a', 'chi-bo', { parentId: 'xa-a', proposedLevel: 'HTTNV' }),
      organization('xa-b', 'dang-bo-co-so', { parentId: 'huyen', proposedLevel: 'HTTNV' }),
      organization('cb-b', 'chi-bo', { parentId: 'xa-b', proposedLevel: 'HTTNV' }),
    ],
    members: [...members('cb-a'), ...members('cb-b')],
  };
}

const memberQuota = (checks: readonly Check[], id: string) => checks.find((c) => c.code === 'quota' && c.subjects === 'members' && c.scope.id === id)!;

describe('quota decisions in the quota check', () => {
  const DECISION = { orgId: 'xa-a', percent: 25, ref: 'QĐ 15-QĐ/ĐU ngày 10/12/2025' };

  it('without a decision, X = 7, T = 24 at 20 % needs 2 moves in both units', () => {
    const result = evaluateReview(review());
    expect(memberQuota(result.checks, 'xa-a')).toMatchObject({ ok: false, percent: 20, demote: 2, allowed: 5 });
    expect(memberQuota(result.checks, 'xa-b')).toMatchObject({ ok: false, percent: 20, demote: 2 });
  });

  it('a 25 % decision on xa-a: its pool needs 1 move and cites the decision; xa-b, another subtree, keeps 20 %', () => {
    const result = evaluateReview(review([DECISION]));
    const a = memberQuota(result.checks, 'xa-a');
    expect(a).toMatchObject({ ok: false, percent: 25, cap: 6, demote: 1, allowed: 6, decision: DECISION });
    expect(a.suggest).toHaveLength(1);
    expect(a.cite).toEqual({ ...QUOTA_DECISION_CITE, note: 'decision QĐ 15-QĐ/ĐU ngày 10/12/2025' });
    expect(a.message.vi).toContain('Theo quyết định QĐ 15-QĐ/ĐU ngày 10/12/2025: tối đa 25%');
    expect(a.message.en).toContain('25% of those rated HTTNV');
    const b = memberQuota(result.checks, 'xa-b');
    expect(b).toMatchObject({ ok: false, percent: 20, demote: 2 });
    expect(b['decision']).toBeUndefined();
    expect(b.cite.article).toBe('Điều 11, khoản 1, tiểu mục 1.5');
  });

  it('a decision on a chi bộ does not reach the pool of its TCCSĐ above it', () => {
    const result = evaluateReview(review([{ ...DECISION, orgId: 'cb-a' }]));
    expect(memberQuota(result.checks, 'xa-a')).toMatchObject({ percent: 20, demote: 2 });
    const byChiBo = evaluateReview({ ...review([{ ...DECISION, orgId: 'cb-a' }]), settings: { quotaScope: 'chi-bo' } });
    expect(memberQuota(byChiBo.checks, 'cb-a')).toMatchObject({ percent: 25, demote: 1 });
  });

  it('reaches the organizations and heads pooled under it (parent pools), not the pool that holds it', () => {
    const result = evaluateReview(review([{ ...DECISION, orgId: 'huyen' }]));
    const orgPool = result.checks.find((c) => c.subjects === 'organizations' && c.scope.id === 'huyen')!;
    expect(orgPool['decision']).toEqual({ ...DECISION, orgId: 'huyen' });
    const xaPool = evaluateReview(review([DECISION])).checks.find((c) => c.subjects === 'organizations' && c.scope.id === 'huyen')!;
    expect(xaPool['decision']).toBeUndefined();
  });

  it('the civil-service share reads the quota rule at the decided percent too (quotaRuleOk)', () => {
    const withCivil = (r: ReviewFile): ReviewFile => ({
      ...r,
      members: r.members.map((m, i) => ({ ...m, civilService: { level: i % 31 < 5 ? ('HTXSNV' as const) : ('HTTNV' as const) } })),
    });
    // CBCCVC in xa-a: 6 HTXSNV, 24 HTTNV, 1 HTNV — 600 > 480 at 20 %, 600 ≤ 600 at 25 %
    const r = withCivil(review([DECISION]));
    const members = r.members.map((m, i) => (m.orgId === 'cb-a' ? { ...m, civilService: { level: i < 6 ? ('HTXSNV' as const) : i < 30 ? ('HTTNV' as const) : ('HTNV' as const) } } : m));
    const share = (checks: readonly Check[], id: string) => checks.find((c) => c.code === 'civil-service-share' && c.scope.id === id)!;
    const decided = evaluateReview({ ...r, members }).checks;
    expect(share(decided, 'xa-a')['quotaRuleOk']).toBe(true);
    expect(share(evaluateReview({ ...r, quotaDecisions: [{ ...DECISION, orgId: 'xa-b' }], members }).checks, 'xa-a')['quotaRuleOk']).toBe(false);
    expect(evaluateNdjson(ndjsonOf({ ...r, members })).checks).toEqual(decided);
  });

  it('streams the same checks as evaluateReview', () => {
    for (const decisions of [[DECISION], [{ ...DECISION, orgId: 'huyen', percent: 22 }], undefined]) {
      const r = review(decisions);
      expect(evaluateNdjson(ndjsonOf(r)).checks).toEqual(evaluateReview(r).checks);
      const byChiBo = { ...r, settings: { quotaScope: 'chi-bo' } };
      expect(evaluateNdjson(ndjsonOf(byChiBo)).checks).toEqual(evaluateReview(byChiBo).checks);
      const byGroup = { ...r, settings: { quotaScope: 'group' }, organizations: r.organizations.map((o) => (o.kind === 'dang-bo-co-so' ? { ...o, group: 'xa' } : o)) };
      const checks = evaluateReview(byGroup).checks;
      expect(evaluateNdjson(ndjsonOf(byGroup)).checks).toEqual(checks);
      expect(memberQuota(checks, 'xa')['percent']).toBe(decisions?.[0]?.orgId === 'huyen' ? 22 : 20);
    }
  });
});

describe('QuotaDecisionResolver on group pools', () => {
  // testFixture: group xa-phuong holds cb-a1 (under xa-a) and cb-b1 (under xa-b); both under tinh
  const ctx = (decisions: ReviewFile['quotaDecisions']) => makeContext({ ...REVIEW, quotaDecisions: decisions ?? [] }, { quotaScope: 'group' });
  const groupCheck = (decisions: ReviewFile['quotaDecisions']) => quotaChecks(ctx(decisions), RESULTS, testParams(25)).find((c) => c.subjects === 'members' && c.scope.id === 'xa-phuong')!;

  it('applies when every subject of the group is under the decision', () => {
    expect(groupCheck([{ orgId: 'tinh', percent: 25, ref: 'QĐ 1' }])).toMatchObject({ percent: 25, decision: { orgId: 'tinh' } });
  });

  it('does not apply when only some subjects are under it', () => {
    expect(groupCheck([{ orgId: 'xa-a', percent: 25, ref: 'QĐ 1' }])).toMatchObject({ percent: 20 });
    expect(groupCheck([{ orgId: 'xa-a', percent: 25, ref: 'QĐ 1' }])['decision']).toBeUndefined();
  });

  it('takes the nearest decision common to every subject', () => {
    const decisions = new QuotaDecisionResolver(
      [
        { orgId: 'tinh', percent: 22, ref: 'QĐ 1' },
        { orgId: 'xa-a', percent: 25, ref: 'QĐ 2' },
      ],
      makeContext(REVIEW).organizationById,
    );
    expect(decisions.forPool({ kind: 'group', id: 'g' }, ['cb-a1', 'cb-a2'])?.ref).toBe('QĐ 2');
    expect(decisions.forPool({ kind: 'group', id: 'g' }, ['cb-a1', 'cb-b1'])?.ref).toBe('QĐ 1');
    expect(decisions.forPool({ kind: 'group', id: 'g' }, ['cb-a1', 'lone'])).toBeUndefined();
    expect(decisions.forPool({ kind: 'tccsd', id: 'xa-a' }, [])?.ref).toBe('QĐ 2');
    expect(decisions.forPool({ kind: 'parent', id: '' }, ['tinh'])).toBeUndefined();
  });
});

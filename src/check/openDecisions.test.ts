import { describe, expect, it } from 'vitest';
import { checkReview, evaluateReview } from '../builtIn.js';
import { assessChecks } from '../evaluate/checkReview.js';
import type { Member, ReviewFile, Tasks } from '../model/index.js';
import { qd366 } from '../rules/qd366-2025/index.js';
import type { Finding, RuleSet, RuleText } from '../rules/types.js';
import { evaluateNdjson } from '../stream/run.js';
import { runChecks } from './index.js';
import { DECISION_REQUIRED, openDecisionCheck, openDecisionChecks } from './openDecisions.js';
import { REVIEW, RESULTS } from './testFixture.js';
import { leaderResult, member, memberResult, organization, organizationResult, ndjsonOf } from '../testing/index.js';
import { makeContext, testParams } from './testUtil.js';

const RULE: RuleText = {
  cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 4' },
  assumption: false,
  message: { vi: 'Bất khả kháng: cấp có thẩm quyền xem xét, quyết định', en: 'Force majeure: the competent level decides' },
};
const FINDING: Finding = { code: DECISION_REQUIRED, severity: 'warning', assumption: false, cite: RULE.cite, message: RULE.message };

describe('openDecisionChecks on a hand-made result', () => {
  // testFixture: every member has a proposedLevel except a1-new; a1-x1 heads xa-a; organizations have none
  const ctx = makeContext(REVIEW);
  const results = {
    members: [memberResult('a1-new', 'cb-a1', null), memberResult('a1-t1', 'cb-a1', 'HTTNV')].map((r) => ({ ...r, findings: [FINDING] })),
    organizations: [{ ...organizationResult('cb-a1', 'chi-bo', 'HTTNV'), findings: [FINDING] }, organizationResult('cb-a2', 'chi-bo', 'HTTNV')],
    leaders: [{ ...leaderResult('a1-x1', 'xa-a', 'HTXSNV'), findings: [FINDING] }],
  };

  it('lists each subject with a decision-required finding and no proposedLevel, as an open warning', () => {
    const checks = openDecisionChecks(ctx, results);
    expect(checks.map((c) => [c.subjects, `${c.scope.kind}:${c.scope.id}`])).toEqual([
      ['members', 'member:a1-new'],
      ['organizations', 'organization:cb-a1'],
    ]);
    expect(checks[0]).toMatchObject({ code: 'decision-required', ok: false, severity: 'warning', cite: RULE.cite, orgId: 'cb-a1', findings: [FINDING] });
    expect(checks[0]!.message.en).toBe("a1-new: awaiting the competent level's decision (Force majeure: the competent level decides); record it as proposedLevel.");
  });

  it('a recorded proposedLevel closes the item (a member, and the posts of a member)', () => {
    expect(openDecisionCheck('members', { id: 'a1-t1', orgId: 'cb-a1', proposedLevel: 'HTTNV' }, [FINDING])).toBeUndefined();
    expect(openDecisionChecks(ctx, { members: [], organizations: [], leaders: results.leaders })).toEqual([]);
    const open = openDecisionCheck('leaders', { id: 'a1-x1', orgId: 'xa-a', proposedLevel: undefined }, [FINDING, { ...FINDING, code: 'other' }])!;
    expect(open).toMatchObject({ subjects: 'leaders', scope: { kind: 'member', id: 'a1-x1' }, orgId: 'xa-a', findings: [FINDING] });
    expect(open.message.vi).toContain('a1-x1 @ xa-a');
  });

  it('is in runChecks, so in evaluateReview; fails the assessment only with strict', () => {
    const all = runChecks(ctx, { ...RESULTS, members: [...RESULTS.members.filter((m) => m.id !== 'a1-new'), results.members[0]!] }, { checks: testParams(), settings: {} }, ctx);
    expect(all.filter((c) => c.code === DECISION_REQUIRED).map((c) => c.scope.id)).toEqual(['a1-new']);
    const result = { ...evaluateReview({ format: 'xeploai/review@1', year: 2025, organizations: [], members: [] }), checks: all.filter((c) => c.code === DECISION_REQUIRED) };
    expect(assessChecks(result)).toMatchObject({ ok: true, failed: [], warnings: [expect.objectContaining({ code: DECISION_REQUIRED })] });
    expect(assessChecks(result, true)).toMatchObject({ ok: false, failed: [expect.objectContaining({ code: DECISION_REQUIRED })], warnings: [] });
  });
});

describe('open decisions end to end', () => {
  // The lead's rules emit decision-required findings; here a wrapper adds one on force majeure.
  const decide = <R extends { readonly findings: readonly Finding[] }>(r: R, subject: { readonly tasks?: Tasks }): R => (subject.tasks?.forceMajeure === true ? { ...r, findings: [...r.findings, FINDING] } : r);
  const ruleSet: RuleSet = {
    ...qd366,
    id: 'qd366-thu',
    evaluateMember: (m, i, ctx) => decide(qd366.evaluateMember(m, i, ctx), m),
    evaluateOrganization: (o, i, ctx) => decide(qd366.evaluateOrganization(o, i, ctx), o),
    evaluateLeader: (m, p, ctx, rated) => decide(qd366.evaluateLeader(m, p, ctx, rated), m),
  };
  const forceMajeure = { assigned: 10, completed: 6, forceMajeure: true };
  const review = (decided: boolean): ReviewFile => {
    const proposed = decided ? { proposedLevel: 'HTNV' as const } : {};
    const members: Member[] = [
      member('dv-1', 'cb', { criteria: { results: 'tot' }, tasks: forceMajeure, ...proposed }),
      member('dv-2', 'cb', { proposedLevel: 'HTTNV' }),
      member('dv-3', 'cb', { criteria: { results: 'tot' }, tasks: forceMajeure, posts: [{ orgId: 'cb', title: 'Bí thư chi bộ', head: true }], ...proposed }),
    ];
    return {
      format: 'xeploai/review@1',
      year: 2025,
      organizations: [organization('cb', 'chi-bo-co-so', { criteria: { results: 'tot' }, tasks: forceMajeure, ...proposed })],
      members,
    };
  };
  const open = (checks: readonly { code: string; subjects: string; scope: { id: string } }[]) => checks.filter((c) => c.code === DECISION_REQUIRED).map((c) => `${c.subjects}:${c.scope.id}`);

  it('undecided: every subject is an open item; checkReview warns, and fails with strict', () => {
    const outcome = checkReview(review(false), { ruleSet });
    expect(open(outcome.result.checks)).toEqual(['members:dv-1', 'members:dv-3', 'organizations:cb', 'leaders:dv-3']);
    expect(open(outcome.warnings)).toEqual(open(outcome.result.checks));
    expect(open(outcome.failed)).toEqual([]);
    const strict = checkReview(review(false), { ruleSet, strict: true });
    expect(strict.ok).toBe(false);
    expect(open(strict.failed)).toEqual(['members:dv-1', 'members:dv-3', 'organizations:cb', 'leaders:dv-3']);
  });

  it('decided (proposedLevel recorded): no open item, strict passes the decisions', () => {
    const outcome = checkReview(review(true), { ruleSet, strict: true });
    expect(outcome.result.members[0]!.findings.map((f) => f.code)).toContain(DECISION_REQUIRED);
    expect(open(outcome.result.checks)).toEqual([]);
  });

  it('the stream lists the same open items in the same place', () => {
    for (const decided of [false, true]) {
      const r = review(decided);
      expect(evaluateNdjson(ndjsonOf(r), { ruleSet }).checks).toEqual(evaluateReview(r, { ruleSet }).checks);
    }
  });
});

// One engine contract: every built-in rule set, and a province rule set whose rules read every
// member of `EvaluationContext`, give byte-identical results in memory (`evaluateReview`) and in
// a stream (`evaluateNdjson`) on the same reviews; a member rule that reads the tree fails alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ndjsonOf } from '../testing/index.js';
import { generateReview } from '../../bench/generate.mjs';
import { evaluateReview } from '../builtIn.js';
import type { ReviewInput } from '../model/input.js';
import { extendRuleSet } from '../rules/extend.js';
import { qd124 } from '../rules/qd124-2023/index.js';
import { qd132 } from '../rules/qd132-2018/index.js';
import { qd366 } from '../rules/qd366-2025/index.js';
import type { EvaluationContext, RuleSet, RuleText } from '../rules/types.js';
import { evaluateNdjson } from './run.js';

type Review = { organizations: unknown[]; members: unknown[]; [k: string]: unknown };

const example = (name: string): Review => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')) as Review;

const text = (article: string): RuleText => ({ cite: { doc: 'HD 01-HD/TU (ví dụ)', article }, assumption: true, message: { vi: `Quy tắc ${article}`, en: `Rule ${article}` } });
const PROVINCE_DOC = { id: 'HD 01-HD/TU (ví dụ)', title: 'Hướng dẫn của Tỉnh ủy (ví dụ)', issuedOn: '2024-01-15', issuer: 'Tỉnh ủy' };

/** A number from everything the context offers about one organization (every member of it read). */
function readAll(ctx: EvaluationContext, orgId: string): number {
  const org = ctx.organizationById.get(orgId);
  let n = ctx.year + ctx.periodStart.length + ctx.periodEnd.length + ctx.reviewDate.length + ctx.period.kind.length + Object.keys(ctx.settings).length;
  n += ctx.header.year + (ctx.header.quotaDecisions?.length ?? 0) + (ctx.organizationIndex.get(orgId) ?? -1) + (ctx.organizationById.has(orgId) ? 1 : 0);
  for (const child of ctx.childrenOf.get(orgId) ?? []) {
    const r = ctx.organizationResults.get(child.id);
    n += r === undefined ? 1 : (r.level?.length ?? 0) + r.findings.length;
    n += ctx.organizationResults.has(child.id) ? 2 : 0;
  }
  const facts = ctx.organizationFacts(orgId);
  n += facts.members.rated * 3 + facts.members.notRated * 5 + facts.members.HTXSNV * 7 + facts.members.KHTNV * 11;
  n += (facts.memberCases.any ? 13 : 0) + (facts.leadership.any ? 17 : 0) + (facts.atViolationUnit.memberCases.any ? 19 : 0);
  for (const v of ctx.violationsAt.get(orgId) ?? []) n += v.memberIndex + v.disciplineIndex + v.memberId.length + (v.severalUnits ? 1 : 0);
  if (org?.parentId !== undefined) n += ctx.organizationById.get(org.parentId)?.name.length ?? 0;
  return n;
}

function province(base: RuleSet): RuleSet {
  return extendRuleSet(base, {
    id: `tinh-ctx-${base.id}`,
    title: `Tỉnh (ví dụ) trên ${base.id}`,
    documents: [PROVINCE_DOC],
    extraFindings: [
      { subjects: 'members', code: 'tinh-ky', severity: 'info', rule: text('Mục 1'), when: (m, { ctx }) => (m.id.length + ctx.year + ctx.header.year + ctx.reviewDate.length + Object.keys(ctx.settings).length) % 3 === 0 },
      { subjects: 'organizations', code: 'tinh-to-chuc', severity: 'info', rule: text('Mục 2'), when: (o, { ctx }) => readAll(ctx, o.id) % 2 === 0 },
      { subjects: 'leaders', code: 'tinh-lanh-dao', severity: 'warning', rule: text('Mục 3'), when: (_m, { ctx, post }) => readAll(ctx, post.orgId) % 3 !== 1 },
    ],
  });
}

const REVIEWS: readonly [string, () => Review][] = [
  ['examples/xa-an-binh-2024.json', () => example('xa-an-binh-2024.json')],
  ['examples/xa-an-binh-2025.json', () => example('xa-an-binh-2025.json')],
  ['synthetic 2020', () => generateReview({ members: 2500, year: 2020, seed: 11 }) as Review],
  ['synthetic 2024', () => generateReview({ members: 2500, year: 2024, seed: 12 }) as Review],
  ['synthetic 2025', () => generateReview({ members: 2500, year: 2025, seed: 13 }) as Review],
];

describe('one engine contract: the same results in memory and in a stream', () => {
  for (const base of [qd132, qd124, qd366]) {
    for (const ruleSet of [base, province(base)]) {
      it.each(REVIEWS)(`${ruleSet.id} on %s`, (_name, make) => {
        const review = make();
        const inMemory = evaluateReview(review as unknown as ReviewInput, { ruleSet });
        const streamed = evaluateNdjson(ndjsonOf(review), { ruleSet });
        expect(JSON.stringify(streamed)).toBe(JSON.stringify(inMemory));
        if (ruleSet !== base) {
          const codes = new Set(inMemory.organizations.flatMap((o) => o.findings.map((f) => f.code)));
          expect(codes.has('tinh-to-chuc')).toBe(true);
        }
      });
    }
  }

  it('fails alike when a member rule reads what is known only once the members are rated', () => {
    const peeking = extendRuleSet(qd124, {
      id: 'tinh-peek',
      title: 'Tỉnh (ví dụ)',
      documents: [PROVINCE_DOC],
      extraFindings: [{ subjects: 'members', code: 'tinh-peek', severity: 'info', rule: text('Mục 4'), when: (m, { ctx }) => ctx.organizationById.get(m.orgId) !== undefined }],
    });
    const review = example('xa-an-binh-2024.json');
    const message = /ctx\.organizationById is not available while members are rated/;
    expect(() => evaluateReview(review as unknown as ReviewInput, { ruleSet: peeking })).toThrow(message);
    expect(() => evaluateNdjson(ndjsonOf(review), { ruleSet: peeking })).toThrow(message);
  });
});

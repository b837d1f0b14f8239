// xeploai/core is the root entry without the built-in rule sets: the same functions, given the
// rule sets to use. These tests pin the difference and the sameness.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './core.js';
import * as root from './index.js';
import * as rules from './rules/index.js';
import { PROVINCE_HINT } from './rules/lookup.js';
import { qd124 } from './rules/qd124-2023/index.js';
import { qd366 } from './rules/qd366-2025/index.js';
import type { ReviewInput } from './model/input.js';

const example2025: unknown = JSON.parse(readFileSync(new URL('../examples/xa-an-binh-2025.json', import.meta.url), 'utf8'));
const empty2025 = { format: 'xeploai/review@1', year: 2025, organizations: [], members: [] };

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof core.XeploaiError) return error.issues;
    throw error;
  }
  throw new Error('expected an XeploaiError');
}

describe('the entries', () => {
  it('the core exports no list of rule sets; otherwise the root exports exactly the core', () => {
    expect('listRuleSets' in core).toBe(false);
    expect('listRuleSets' in root).toBe(true);
    expect(Object.keys(core).filter((name) => !(name in root))).toEqual([]);
    expect(Object.keys(root).filter((name) => !(name in core))).toEqual(['listRuleSets']);
  });

  it("the root's functions that look a rule set up are its own (built-in defaults), the rest is the core's", () => {
    const own = ['parseReview', 'safeParseReview', 'parseReviewJson', 'safeParseReviewJson', 'evaluateReview', 'safeEvaluateReview', 'checkReview', 'getRuleSet', 'ruleSetFor'] as const;
    for (const name of own) expect(root[name], name).not.toBe(core[name]);
    for (const name of Object.keys(core) as (keyof typeof core)[]) if (!(own as readonly string[]).includes(name)) expect(root[name], name).toBe(core[name]);
    expect('extendRuleSet' in root).toBe(false);
    expect('extendRuleSet' in rules).toBe(true);
  });

  it('getRuleSet and ruleSetFor look in the list given; the root defaults it to the built-in rule sets', () => {
    expect(core.getRuleSet('qd366-2025', [qd124, qd366])).toBe(qd366);
    expect(root.getRuleSet('qd366-2025')).toBe(qd366);
    expect(core.ruleSetFor(2024, [qd124, qd366])).toBe(qd124);
    expect(root.ruleSetFor(2024, [qd366, qd124])).toBe(qd124);
    expect(issuesOf(() => core.getRuleSet('qd124-2023', [qd366]))).toEqual([
      { path: 'ruleSet', code: 'unknown-rule-set', message: `unknown rule set "qd124-2023"; expected one of qd366-2025; add it: ruleSets: [qd124] with import { qd124 } from 'xeploai/rules/qd124-2023'` },
    ]);
    expect(issuesOf(() => core.ruleSetFor(2024, []))).toEqual([{ path: 'year', code: 'no-rule-set', message: 'no rule set applies to 2024; rule sets: (none given)' }]);
    expect(issuesOf(() => root.ruleSetFor(2017)).map((i) => i.code)).toEqual(['no-rule-set']);
  });
});

describe('xeploai/core with the rule sets passed', () => {
  it('gives the same result as the root entry with its built-in rule sets', () => {
    expect(core.evaluateReview(example2025 as ReviewInput, { ruleSets: [qd366] })).toEqual(root.evaluateReview(example2025 as ReviewInput));
    expect(core.parseReview(example2025, { ruleSets: [qd124, qd366] })).toEqual(root.parseReview(example2025));
    expect(core.checkReview(example2025 as ReviewInput, { ruleSets: [qd366], strict: true })).toEqual(root.checkReview(example2025 as ReviewInput, { strict: true }));
  });

  it('a rule set object needs no list', () => {
    expect(core.evaluateReview(empty2025 as ReviewInput, { ruleSet: qd366 }).ruleSet.id).toBe('qd366-2025');
    expect(core.safeParseReview({ ...empty2025, year: 2024 }, { ruleSet: qd366 }).success).toBe(true);
  });

  it('an id is looked up in the list', () => {
    expect(core.evaluateReview(({ ...empty2025, ruleSet: 'qd124-2023' }) as ReviewInput, { ruleSets: [qd124, qd366] }).ruleSet.id).toBe('qd124-2023');
    expect(core.evaluateReview(empty2025 as ReviewInput, { ruleSets: [qd124, qd366], ruleSet: 'qd124-2023' }).checks[0]?.code).toBe('rule-set-years');
  });
});

describe('xeploai/core without a rule set that fits: one XeploaiError naming the year or the id', () => {
  it('no list at all', () => {
    expect(issuesOf(() => core.evaluateReview(empty2025 as ReviewInput))).toEqual([
      { path: 'options.ruleSets', code: 'no-rule-set', message: "expected the rule sets to use in options.ruleSets (xeploai/core has none built in), got none; pass ruleSets: [qd366] with import { qd366 } from 'xeploai/rules/qd366-2025'" },
    ]);
    expect(issuesOf(() => core.parseReview({ ...empty2025, ruleSet: 'qd124-2023' }))).toEqual([
      { path: 'options.ruleSets', code: 'no-rule-set', message: "expected the rule sets to use in options.ruleSets (xeploai/core has none built in), got none; pass ruleSets: [qd124] with import { qd124 } from 'xeploai/rules/qd124-2023'" },
    ]);
    expect(issuesOf(() => core.parseReview({ ...empty2025, ruleSet: 'tinh-vi-du' }))).toEqual([
      { path: 'ruleSet', code: 'unknown-rule-set', message: `expected one of the rule sets (none were given in options.ruleSets), got "tinh-vi-du". ${PROVINCE_HINT}` },
    ]);
  });

  it('a list without the year or the id', () => {
    expect(issuesOf(() => core.evaluateReview(empty2025 as ReviewInput, { ruleSets: [qd124] }))).toEqual([
      { path: 'year', code: 'no-rule-set', message: 'expected a year a rule set applies to (qd124-2023 2023–2024), got 2025' },
    ]);
    expect(issuesOf(() => core.evaluateReview(empty2025 as ReviewInput, { ruleSets: [qd124], ruleSet: 'qd366-2025' }))).toEqual([
      { path: 'ruleSet', code: 'unknown-rule-set', message: `expected one of the rule sets qd124-2023, got "qd366-2025"; add it to options.ruleSets: ruleSets: [qd366] with import { qd366 } from 'xeploai/rules/qd366-2025'` },
    ]);
    expect(issuesOf(() => root.parseReview({ ...empty2025, ruleSet: 'qd366-2052' }))).toEqual([
      { path: 'ruleSet', code: 'unknown-rule-set', message: `expected one of the rule sets qd132-2018, qd124-2023, qd366-2025, got "qd366-2052"; did you mean "qd366-2025"? ${PROVINCE_HINT}` },
    ]);
    const safe = core.safeEvaluateReview(empty2025, { ruleSets: [] });
    expect(safe.success ? undefined : safe.issues.map((i) => i.code)).toEqual(['no-rule-set']);
  });

  it('the root entry given a list uses it instead of the built-in rule sets', () => {
    expect(issuesOf(() => root.evaluateReview(empty2025 as ReviewInput, { ruleSets: [qd124] })).map((i) => i.code)).toEqual(['no-rule-set']);
  });

  it('extendRuleSet refuses the ids of the built-in rule sets without loading them', () => {
    expect(issuesOf(() => rules.extendRuleSet(qd366, { id: 'qd124-2023', title: 'x' }))).toEqual([
      { path: 'id', code: 'duplicate-id', message: 'expected a new id, not that of a built-in rule set or the base, got "qd124-2023"' },
    ]);
  });
});

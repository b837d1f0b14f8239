// The types of the root entry (`xeploai`): what goes into the engine and what comes out.
import { describe, expectTypeOf, it } from 'vitest';
import {
  defineReview,
  evaluateReview,
  getRuleSet,
  listRuleSets,
  parseReview,
  ruleSetFor,
  safeEvaluateReview,
  safeParseReview,
  type InputIssue,
  type Level,
  type ReviewFile,
  type ReviewInput,
  type ReviewResult,
  type RuleSet,
  type SafeResult,
} from './index.js';

const input = {
  format: 'xeploai/review@1',
  year: 2024,
  organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
  members: [{ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02' }],
} as const satisfies ReviewInput;

describe('evaluateReview and safeEvaluateReview', () => {
  it('take a ReviewInput and give a ReviewResult', () => {
    expectTypeOf(evaluateReview).parameter(0).toEqualTypeOf<ReviewInput>();
    expectTypeOf(evaluateReview(input)).toEqualTypeOf<ReviewResult>();
    expectTypeOf<ReviewFile>().toExtend<ReviewInput>();
    expectTypeOf(evaluateReview(input).members[0]!.level).toEqualTypeOf<Level | null>();
    // @ts-expect-error a review needs its organizations and members
    evaluateReview({ format: 'xeploai/review@1', year: 2024 });
    // @ts-expect-error an unknown option
    evaluateReview(input, { ruleset: 'qd124-2023' });
  });

  it('accept a rule set by id or as an object', () => {
    expectTypeOf(evaluateReview).toBeCallableWith(input, { ruleSet: 'qd124-2023' });
    expectTypeOf(evaluateReview).toBeCallableWith(input, { ruleSet: getRuleSet('qd124-2023'), settings: { headCap: 'cap' } });
    expectTypeOf(evaluateReview).toBeCallableWith(input, { ruleSets: listRuleSets() });
  });

  it('safeEvaluateReview takes anything and narrows on success', () => {
    expectTypeOf(safeEvaluateReview).parameter(0).toBeUnknown();
    const r = safeEvaluateReview(JSON.parse('{}') as unknown);
    expectTypeOf(r).toEqualTypeOf<SafeResult<ReviewResult>>();
    if (r.success) {
      expectTypeOf(r.data).toEqualTypeOf<ReviewResult>();
      // @ts-expect-error no issues on success
      void r.issues;
    } else {
      expectTypeOf(r.issues).toEqualTypeOf<readonly InputIssue[]>();
      // @ts-expect-error no data on failure
      void r.data;
    }
  });
});

describe('parseReview and safeParseReview', () => {
  it('take anything and give a ReviewFile', () => {
    expectTypeOf(parseReview).parameter(0).toBeUnknown();
    expectTypeOf(parseReview(input)).toEqualTypeOf<ReviewFile>();
    expectTypeOf(parseReview).toBeCallableWith(input, { ruleSet: 'qd124-2023' });
    const r = safeParseReview(input);
    expectTypeOf(r).toEqualTypeOf<SafeResult<ReviewFile>>();
    if (r.success) expectTypeOf(r.data.members[0]!.status).toEqualTypeOf<'chinh-thuc' | 'du-bi'>();
    else expectTypeOf(r.issues[0]!.path).toBeString();
  });
});

describe('defineReview', () => {
  it('keeps the literal types of a review written in code', () => {
    const review = defineReview({
      format: 'xeploai/review@1', year: 2024,
      organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
      members: [],
    });
    expectTypeOf(review.organizations[0].kind).toEqualTypeOf<'chi-bo-co-so'>();
    expectTypeOf(review.organizations[0].proposedLevel).toEqualTypeOf<'HTTNV'>();
    expectTypeOf(review.year).toEqualTypeOf<2024>();
    expectTypeOf(evaluateReview(review)).toEqualTypeOf<ReviewResult>();
  });

  it('rejects a wrong kind, level, status or field', () => {
    // @ts-expect-error `chi-bo-cs` is not an organization kind
    defineReview({ format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'C', kind: 'chi-bo-cs' }], members: [] });
    // @ts-expect-error levels are upper case
    defineReview({ format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'C', kind: 'chi-bo', proposedLevel: 'httnv' }], members: [] });
    // @ts-expect-error `chinh-thuc` or `du-bi`
    defineReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [{ id: 'a', name: 'A', orgId: 'cb', status: 'official', admittedOn: '2015-03-02' }] });
    // @ts-expect-error another format
    defineReview({ format: 'xeploai/review@2', year: 2024, organizations: [], members: [] });
  });
});

describe('rule-set lookup', () => {
  it('getRuleSet, ruleSetFor and listRuleSets give RuleSets', () => {
    expectTypeOf(getRuleSet('qd124-2023')).toEqualTypeOf<RuleSet>();
    expectTypeOf(getRuleSet).parameter(0).toBeString();
    expectTypeOf(ruleSetFor(2025)).toEqualTypeOf<RuleSet>();
    expectTypeOf(ruleSetFor).parameter(0).toBeNumber();
    expectTypeOf(listRuleSets()).toEqualTypeOf<readonly RuleSet[]>();
    expectTypeOf(getRuleSet('qd366-2025').criteria.individual[0]!.id).toBeString();
  });
});

import { describe, expect, it } from 'vitest';
import { ndjsonOf } from '../testing/index.js';
import { parseReview, safeParseReview } from '../builtIn.js';
import { evaluateNdjson } from '../stream/run.js';
import { XeploaiError } from '../errors.js';
import { extendRuleSet } from '../rules/extend.js';
import { qd124 } from '../rules/qd124-2023/index.js';
import { qd366 } from '../rules/qd366-2025/index.js';

/** A small valid 2025 review: a đảng bộ xã with two chi bộ, one member each. Fresh each call. */
function review(): Record<string, any> {
  return {
    format: 'xeploai/review@1',
    year: 2025,
    organizations: [
      { id: 'xa', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so' },
      { id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo', parentId: 'xa' },
      { id: 'cb-2', name: 'Chi bộ thôn 2', kind: 'chi-bo', parentId: 'xa' },
    ],
    members: [
      { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02' },
      { id: 'dv-2', name: 'Trần Thị Bình', orgId: 'cb-2', status: 'chinh-thuc', admittedOn: '2010-03-01' },
    ],
  };
}

/** The issues of an invalid input as `[path, code, message]`. */
function problems(input: unknown): [string, string, string][] {
  const r = safeParseReview(input);
  if (r.success) return [];
  return r.issues.map((i) => [i.path, i.code, i.message]);
}

/** The same review as NDJSON text. */
/** The issues of an NDJSON evaluation as `line N: path` and code. */
function ndjsonProblems(input: Record<string, any>): [string, string][] {
  try {
    evaluateNdjson(ndjsonOf(input as { organizations: unknown[]; members: unknown[] }));
    return [];
  } catch (error) {
    if (!(error instanceof XeploaiError)) throw error;
    return error.issues.map((i) => [i.path, i.code]);
  }
}

describe('the revision-2026-12 fields', () => {
  it('accepts every new field and keeps it', () => {
    const input = review();
    input.organizations[0].tasks = { assigned: 10, completed: 10, basicIndicatorsMissed: true };
    input.organizations[0].conclusions = ['sai-pham-can-bo'];
    input.members[0] = {
      ...input.members[0],
      managedByCentral: false,
      confidenceVote: { low: 3, total: 25 },
      posts: [
        { orgId: 'xa', title: 'Phó Bí thư Đảng ủy xã', leader: true, tasks: { assigned: 4, completed: 4, onTime: 4 }, primary: true },
        { orgId: 'cb-1', title: 'Chi ủy viên', leader: false },
      ],
      disciplines: [{ form: 'khien-trach', decidedOn: '2025-06-15', dutyRelated: false, corruption: true, detectedByLeader: true }],
    };
    input.quotaDecisions = [{ orgId: 'xa', percent: 25, ref: 'QĐ 15-QĐ/ĐU ngày 10/12/2025' }];
    expect(parseReview(input)).toEqual(input);
    expect(() => evaluateNdjson(ndjsonOf(input as { organizations: unknown[]; members: unknown[] }))).not.toThrow();
  });

  it.each([
    ['confidenceVote low above total', { confidenceVote: { low: 26, total: 25 } }, 'members[0].confidenceVote', 'expected low ≤ total (25), got 26'],
    ['confidenceVote with no votes cast', { confidenceVote: { low: 0, total: 0 } }, 'members[0].confidenceVote', 'expected total ≥ 1 (votes cast), got 0'],
    ['a negative confidenceVote count', { confidenceVote: { low: -1, total: 25 } }, 'members[0].confidenceVote.low', 'expected a whole number ≥ 0, got -1'],
    ['a fractional confidenceVote count', { confidenceVote: { low: 1, total: 2.5 } }, 'members[0].confidenceVote.total', 'expected a whole number ≥ 0, got 2.5'],
    ['an unknown confidenceVote field', { confidenceVote: { low: 1, total: 2, high: 1 } }, 'members[0].confidenceVote.high', 'expected one of the fields low, total, got "high"'],
    ['managedByCentral not a boolean', { managedByCentral: 'yes' }, 'members[0].managedByCentral', 'expected true or false, got "yes"'],
    ['post tasks onTime above completed', { posts: [{ orgId: 'xa', title: 'Phó Bí thư', tasks: { assigned: 5, completed: 3, onTime: 4 } }] }, 'members[0].posts[0].tasks.onTime', 'expected onTime ≤ completed (3), got 4'],
    ['post tasks completed above assigned', { posts: [{ orgId: 'xa', title: 'Phó Bí thư', tasks: { assigned: 2, completed: 3 } }] }, 'members[0].posts[0].tasks.completed', 'expected completed ≤ assigned (2), got 3'],
    ['post leader not a boolean', { posts: [{ orgId: 'xa', title: 'Chi ủy viên', leader: 0 }] }, 'members[0].posts[0].leader', 'expected true or false, got 0'],
    [
      'two primary posts',
      { posts: [{ orgId: 'xa', title: 'Bí thư', primary: true }, { orgId: 'cb-1', title: 'Bí thư chi bộ' }, { orgId: 'cb-2', title: 'Bí thư chi bộ', primary: true }] },
      'members[0].posts[2].primary',
      'expected at most one post with primary: true, got a second one (also posts[0].primary)',
    ],
    ['discipline dutyRelated not a boolean', { disciplines: [{ form: 'khien-trach', decidedOn: '2025-06-15', dutyRelated: 'no' }] }, 'members[0].disciplines[0].dutyRelated', 'expected true or false, got "no"'],
    ['discipline corruption not a boolean', { disciplines: [{ form: 'khien-trach', decidedOn: '2025-06-15', corruption: 1 }] }, 'members[0].disciplines[0].corruption', 'expected true or false, got 1'],
    ['discipline detectedByLeader not a boolean', { disciplines: [{ form: 'khien-trach', decidedOn: '2025-06-15', detectedByLeader: null }] }, 'members[0].disciplines[0].detectedByLeader', 'expected true or false, got null'],
    ['tasks basicIndicatorsMissed not a boolean', { tasks: { assigned: 1, completed: 1, basicIndicatorsMissed: 'x' } }, 'members[0].tasks.basicIndicatorsMissed', 'expected true or false, got "x"'],
  ])('reports %s at its path, in JSON and NDJSON', (_, fields, path, message) => {
    const input = review();
    Object.assign(input.members[0], fields);
    expect(problems(input)).toEqual([[path, expect.any(String), message]]);
    expect(ndjsonProblems(input)).toEqual([[`line 5: ${path.replace('members[0]', 'member')}`, expect.any(String)]]);
  });

  it('reports an unknown organization conclusion listing sai-pham-can-bo', () => {
    const input = review();
    input.organizations[1].conclusions = ['be-phai'];
    expect(problems(input)).toEqual([['organizations[1].conclusions[0]', expect.any(String), 'expected one of "mat-doan-ket", "sai-pham-can-bo", "suy-thoai", got "be-phai"']]);
  });
});

describe('quotaDecisions', () => {
  const decision = (fields: Record<string, unknown> = {}) => ({ orgId: 'xa', percent: 25, ref: 'QĐ 15-QĐ/ĐU', ...fields });

  it.each([
    [20, 'expected a whole number above 20 and at most 25 (366-QĐ/TW Điều 11 k1.5), got 20'],
    [26, 'expected a whole number above 20 and at most 25 (366-QĐ/TW Điều 11 k1.5), got 26'],
    [22.5, 'expected a whole number above 20 and at most 25 (366-QĐ/TW Điều 11 k1.5), got 22.5'],
  ])('refuses percent %s at quotaDecisions[i].percent', (percent, message) => {
    const input = { ...review(), quotaDecisions: [decision(), decision({ orgId: 'cb-1', percent })] };
    expect(problems(input)).toEqual([['quotaDecisions[1].percent', expect.any(String), message]]);
    expect(ndjsonProblems(input)).toEqual([['line 1: quotaDecisions[1].percent', expect.any(String)]]);
  });

  it('accepts 21 and 25', () => {
    expect(problems({ ...review(), quotaDecisions: [decision({ percent: 21 }), decision({ orgId: 'cb-1' })] })).toEqual([]);
  });

  it('refuses an unknown orgId at quotaDecisions[i].orgId, in NDJSON once the organizations are read', () => {
    const input = { ...review(), quotaDecisions: [decision(), decision({ orgId: 'nowhere' })] };
    expect(problems(input)).toEqual([['quotaDecisions[1].orgId', 'unknown-reference', 'expected the id of an organization in this review, got "nowhere"']]);
    expect(ndjsonProblems(input)).toEqual([['line 1: quotaDecisions[1].orgId', 'unknown-reference']]);
  });

  it('refuses a second decision for one organization', () => {
    const input = { ...review(), quotaDecisions: [decision(), decision({ percent: 22 })] };
    expect(problems(input)).toEqual([['quotaDecisions[1].orgId', 'duplicate-id', 'expected one decision per organization, got "xa" (also quotaDecisions[0].orgId)']]);
    expect(ndjsonProblems(input)).toEqual([['line 1: quotaDecisions[1].orgId', 'duplicate-id']]);
  });

  it.each([[2024, 'qd124-2023'], [2021, 'qd132-2018']])('refuses quotaDecisions under %i (%s) at quotaDecisions', (year, id) => {
    const input: Record<string, any> = { ...review(), year, quotaDecisions: [decision({ orgId: 'nowhere' })] };
    input.members.forEach((m: Record<string, unknown>) => (m['admittedOn'] = '2010-01-01'));
    const message = `expected no quotaDecisions under rule set ${id} (only qd366-2025 allows more than 20 % by decision), got 1 decision`;
    expect(problems(input)).toEqual([['quotaDecisions', 'unsupported-field', message]]);
    expect(ndjsonProblems(input)).toEqual([['line 1: quotaDecisions', 'unsupported-field']]);
  });

  it('follows the rule set a province extends: qd366 accepts decisions, qd124 (even at 15 %) refuses them', () => {
    const doc = { id: '05-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' };
    const stricter = { quotaPercent: { default: 15, cite: { doc: '05-HD/TU', article: 'Mục II' } } };
    const on366 = extendRuleSet(qd366, { id: 'tinh-366', title: 'Tỉnh (366)', documents: [doc], settings: stricter });
    const on124 = extendRuleSet(qd124, { id: 'tinh-124', title: 'Tỉnh (124)', documents: [doc], settings: stricter });
    const input = { ...review(), quotaDecisions: [decision()] };
    expect(safeParseReview(input, { ruleSet: on366 }).success).toBe(true);
    const r = safeParseReview(input, { ruleSet: on124 });
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([['quotaDecisions', 'unsupported-field']]);
  });

  it('refuses a decision without ref or with an unknown field', () => {
    const input = { ...review(), quotaDecisions: [{ orgId: 'xa', percent: 25 }, decision({ scope: 'x' })] };
    expect(problems(input).map(([p]) => p)).toEqual(['quotaDecisions[0].ref', 'quotaDecisions[1].scope']);
  });
});

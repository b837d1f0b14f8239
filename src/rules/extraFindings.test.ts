import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { evaluateReview, parseReview, safeEvaluateReview } from '../builtIn.js';
import { extendRuleSet, type ExtraFinding } from './extend.js';
import { qd366 } from './qd366-2025/index.js';
import type { RuleDocument, RuleText } from './types.js';
import type { ReviewInput } from '../model/input.js';

const HD: RuleDocument = { id: '12-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2025-11-20', issuer: 'Ban Tổ chức Tỉnh ủy' };
const text: RuleText = { cite: { doc: '12-HD/TU', article: 'Mục III, điểm 4' }, assumption: false, message: { vi: 'Vắng sinh hoạt chi bộ quá 3 lần', en: 'Missed more than 3 cell meetings' } };
const MemberData = z.object({ vangSinhHoat: z.int().min(0), lyDo: z.string().optional() });

const tinh = extendRuleSet(qd366, {
  id: 'tinh-vi-du-2025',
  title: 'QĐ 366 với hướng dẫn của Tỉnh ủy (ví dụ)',
  documents: [HD],
  data: { members: MemberData },
  extraFindings: [
    {
      subjects: 'members',
      code: 'tinh-vang-sinh-hoat',
      severity: 'warning',
      rule: text,
      when: (member, { path }) => {
        expectTypeOf(member.data).toEqualTypeOf<{ vangSinhHoat: number; lyDo?: string | undefined } | undefined>();
        return (member.data?.vangSinhHoat ?? 0) > 3 ? { path: `${path}.data.vangSinhHoat`, detail: { vi: `${member.data!.vangSinhHoat} lần`, en: `${member.data!.vangSinhHoat} times` } } : false;
      },
    },
  ],
});

function review(data: unknown) {
  return {
    format: 'xeploai/review@1', year: 2025, ruleSet: 'tinh-vi-du-2025',
    organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so', data: { soBuoiSinhHoat: 12 } }],
    members: [{ id: 'dv-1', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', score: { total: 85 }, data }],
  };
}

function issuesOf(fn: () => unknown): { path: string; code: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof XeploaiError) return e.issues.map((i) => ({ path: i.path, code: i.code }));
    throw e;
  }
  return [];
}

describe('the province\'s own data', () => {
  it('a province finding reads data typed by the rule set\'s schema; results copy no data', () => {
    const result = evaluateReview(review({ vangSinhHoat: 4 }) as ReviewInput, { ruleSets: [tinh] });
    const finding = result.members[0]!.findings.find((f) => f.code === 'tinh-vang-sinh-hoat');
    expect(finding).toMatchObject({ severity: 'warning', path: 'members[0].data.vangSinhHoat', message: { en: 'Missed more than 3 cell meetings (4 times)' } });
    expect(result.members[0]!.level).toBe('HTTNV');
    expect(Object.keys(result.members[0]!)).not.toContain('data');
    expect(Object.keys(result.organizations[0]!)).not.toContain('data');
    expect(JSON.stringify(result)).not.toContain('soBuoiSinhHoat');
    expect(evaluateReview(review({ vangSinhHoat: 2 }) as ReviewInput, { ruleSets: [tinh] }).members[0]!.findings.map((f) => f.code)).not.toContain('tinh-vang-sinh-hoat');
  });

  it('data that does not fit the schema is an input error with its path', () => {
    expect(issuesOf(() => parseReview(review({ vangSinhHoat: -1, lyDo: 3 }), { ruleSets: [tinh] }))).toEqual([
      { path: 'members[0].data.vangSinhHoat', code: 'invalid-data' },
      { path: 'members[0].data.lyDo', code: 'invalid-data' },
    ]);
  });

  it('built-in rule sets accept any data within the limits, and never read it', () => {
    const plain = { ...review({ vangSinhHoat: 'nhiều', ghiChu: { a: [1, null, true] } }), ruleSet: 'qd366-2025' };
    const withData = evaluateReview(plain as ReviewInput);
    const { data: _ignored, ...member } = plain.members[0]!;
    const without = evaluateReview({ ...plain, organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so' }], members: [member] } as ReviewInput);
    expect(withData).toEqual(without);
  });

  it('refuses keys that are not identifiers, values that are not JSON, data nested over 8 levels or over 64 KB', () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } };
    const plain = (data: unknown) => ({ ...review(data), ruleSet: 'qd366-2025' });
    expect(issuesOf(() => parseReview(plain({ 'vắng': 1, '1x': 2 })))).toEqual([
      { path: 'members[0].data["vắng"]', code: 'invalid-key' },
      { path: 'members[0].data["1x"]', code: 'invalid-key' },
    ]);
    expect(issuesOf(() => parseReview(plain({ x: deep })))).toEqual([{ path: 'members[0].data.x.a.b.c.d.e.f.g', code: 'invalid-data' }]);
    expect(issuesOf(() => parseReview(plain({ ok: deep.a })))).toEqual([]);
    expect(issuesOf(() => parseReview(plain({ big: 'x'.repeat(70_000) })))).toEqual([{ path: 'members[0].data', code: 'data-too-large' }]);
    expect(issuesOf(() => parseReview(plain({ n: Number.NaN, d: new Date(0) })))).toEqual([
      { path: 'members[0].data.n', code: 'invalid-data' },
      { path: 'members[0].data.d', code: 'invalid-data' },
    ]);
    expect(issuesOf(() => parseReview(JSON.parse('{"format":"xeploai/review@1","year":2025,"organizations":[],"members":[{"id":"a","name":"A","orgId":"x","status":"chinh-thuc","admittedOn":"2010-01-01","data":{"x":{"__proto__":{}}}}]}')))).toContainEqual({ path: 'members[0].data.x.__proto__', code: 'forbidden-key' });
  });

  it('refuses a data schema that is not a Standard Schema', () => {
    expect(issuesOf(() => extendRuleSet(qd366, { id: 'x', title: 'X', data: { members: {} as never } }))).toEqual([{ path: 'data.members', code: 'invalid-schema' }]);
  });
});

describe('province findings that say how to fix', () => {
  const rule = (code: string, when: ExtraFinding['when']): ExtraFinding => ({ subjects: 'members', code, severity: 'warning', rule: text, when }) as ExtraFinding;

  it('an extension cannot reuse a built-in finding code', () => {
    expect(issuesOf(() => extendRuleSet(qd366, { id: 'x', title: 'X', documents: [HD], extraFindings: [rule('discipline-in-year', () => false)] }))).toEqual([
      { path: 'extraFindings[0].code', code: 'reserved-code' },
    ]);
  });

  it('a when() that throws becomes an XeploaiError naming the finding and the subject', () => {
    const broken = extendRuleSet(qd366, { id: 'x', title: 'X', documents: [HD], extraFindings: [rule('tinh-loi', () => { throw new TypeError('boom'); })] });
    const input = { ...review(undefined), ruleSet: 'x', members: [{ ...review(undefined).members[0], data: { vangSinhHoat: 1 } }] };
    expect(() => evaluateReview(input as ReviewInput, { ruleSets: [broken] })).toThrow(XeploaiError);
    const safe = safeEvaluateReview(input, { ruleSets: [broken] });
    expect(safe.success ? [] : safe.issues).toEqual([
      { path: 'members[0]', code: 'rule-failed', message: 'expected the province finding "tinh-loi" to test members[0] (id "dv-1"), got an error from its when(): boom' },
    ]);
  });
});

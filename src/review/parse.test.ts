import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { getRuleSet } from '../rules/registry.js';
import type { RuleSet } from '../rules/types.js';
import { parseReview, parseReviewJson, safeParseReview, safeParseReviewJson } from '../builtIn.js';
import type { ReviewFile } from '../model/types.js';

/** A small valid review: a đảng bộ xã with two chi bộ, three members. Fresh each call, so tests may mutate it. */
function review(): Record<string, any> {
  return {
    format: 'xeploai/review@1',
    year: 2024,
    organizations: [
      { id: 'xa', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so', criteria: { results: 'tot', building: 'tot' } },
      { id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo', parentId: 'xa', foundedOn: '2019-05-01' },
      { id: 'cb-2', name: 'Chi bộ thôn 2', kind: 'chi-bo', parentId: 'xa' },
    ],
    members: [
      { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02', posts: [{ orgId: 'xa', title: 'Bí thư Đảng ủy xã', head: true }], criteria: { results: 'xuat-sac', politics: 'tot' } },
      { id: 'dv-2', name: 'Trần Thị Bình', orgId: 'cb-1', status: 'du-bi', admittedOn: '2024-03-01', tasks: { assigned: 10, completed: 10, onTime: 9, exceeded: 2 } },
      { id: 'dv-3', name: 'Lê Văn Cường', orgId: 'cb-2', status: 'chinh-thuc', admittedOn: '2001-09-02', disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15', violationYear: 2023, orgIdAtViolation: 'cb-1' }], history: [{ year: 2023, level: 'HTNV' }] },
    ],
  };
}

/** The issues of an invalid input as `[path, code]` pairs. */
function problems(input: unknown, options?: Parameters<typeof safeParseReview>[1]): [string, string][] {
  const r = safeParseReview(input, options);
  if (r.success) return [];
  return r.issues.map((i) => [i.path, i.code]);
}

const withPeriods = (periods: RuleSet['periods']): RuleSet => ({ ...getRuleSet('qd124-2023'), periods });

describe('valid reviews', () => {
  it('parses a minimal review', () => {
    const minimal = { format: 'xeploai/review@1', year: 2024, organizations: [], members: [] };
    expect(parseReview(minimal)).toEqual(minimal);
  });

  it('parses the sample and returns fresh, equal data without defaults filled in', () => {
    const input = review();
    const parsed = parseReview(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(parsed.members[0]).not.toBe(input.members[0]);
    expect('period' in parsed).toBe(false);
    expect('reviewDate' in parsed).toBe(false);
    expect('workInPoliticalSystem' in parsed.members[0]!).toBe(false);
  });

  it('round-trips through JSON', () => {
    const parsed = parseReview(review());
    expect(parseReview(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(parseReviewJson(JSON.stringify(parsed))).toEqual(parsed);
  });

  it('accepts several roots and an empty members list', () => {
    const input = review();
    input.organizations.push({ id: 'tinh-khac', name: 'Đảng bộ khác', kind: 'cap-tren' });
    input.members = [];
    expect(safeParseReview(input).success).toBe(true);
  });

  it('returns NFD text as NFC, trimmed', () => {
    const input = review();
    input.members[0].name = ' Nguye\u0302\u0303n Va\u0306n An ';
    input.organizations[1].id = 'chi-bo-tho\u0302n-1';
    input.members[0].orgId = 'chi-bo-tho\u0302n-1';
    input.members[1].orgId = ' chi-bo-th\u00f4n-1';
    input.members[2].disciplines[0].orgIdAtViolation = 'chi-bo-tho\u0302n-1 ';
    const parsed = parseReview(input);
    expect(parsed.members[0]!.name).toBe('Nguyễn Văn An');
    expect(parsed.members[0]!.name).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(parsed.organizations[1]!.id).toBe('chi-bo-thôn-1'.normalize('NFC'));
    expect(parsed.members[0]!.orgId).toBe(parsed.organizations[1]!.id);
  });

  it('accepts settings of the rule set, a quarter and a term when the rule set has them', () => {
    const input = { ...review(), settings: { quotaScope: 'chi-bo', headCap: 'cap' }, reviewDate: '2024-12-15', ruleSet: 'qd124-2023' };
    expect(safeParseReview(input).success).toBe(true);
    const quarter = { ...review(), period: { kind: 'quarter', quarter: 4 } };
    expect(problems(quarter)).toEqual([['period', 'unsupported-period']]);
    expect(problems(quarter, { ruleSet: withPeriods(['year', 'quarter', 'term']) })).toEqual([]);
    const term = { ...review(), period: { kind: 'term', fromYear: 2020, toYear: 2024 } };
    expect(problems(term, { ruleSet: withPeriods(['term']) })).toEqual([]);
  });
});

describe('the error', () => {
  it('throws one XeploaiError listing every problem, in document order', () => {
    const input = review();
    input.extra = true;
    input.organizations[2].parentId = 'nowhere';
    input.members[0].admittedOn = '2024-02-30';
    input.members[1].tasks.onTime = 11;
    input.members[2].disciplines[0].decidedOn = '2025-01-10';
    input.members.push({ ...input.members[1], tasks: undefined });
    delete input.members[3].tasks;
    let error: unknown;
    try {
      parseReview(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XeploaiError);
    const issues = (error as XeploaiError).issues;
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['organizations[2].parentId', 'unknown-reference'],
      ['members[0].admittedOn', 'invalid-date'],
      ['members[1].tasks.onTime', 'inconsistent-counts'],
      ['members[2].disciplines[0].decidedOn', 'after-review-date'],
      ['members[3].id', 'duplicate-id'],
      ['extra', 'unknown-field'],
    ]);
    expect(issues[1]!.message).toBe('expected a date YYYY-MM-DD, got "2024-02-30"');
    expect((error as XeploaiError).message).toContain('members[0].admittedOn: expected a date YYYY-MM-DD, got "2024-02-30"');
  });

  it('still checks references and ids around entries that failed their schema', () => {
    const input = review();
    input.organizations[1].kind = 'chi-bo-xa';
    input.members[0].name = '';
    input.members[1].orgId = 'ghost';
    expect(problems(input)).toEqual([
      ['organizations[1].kind', 'invalid-value'],
      ['members[0].name', 'invalid-value'],
      ['members[1].orgId', 'unknown-reference'],
    ]);
  });
});

describe('checks across the document', () => {
  it('reports the later of two duplicate ids', () => {
    const input = review();
    input.organizations.push({ id: 'cb-1', name: 'Trùng', kind: 'chi-bo' });
    input.members.push({ ...input.members[2], id: 'dv-1' });
    const r = safeParseReview(input);
    expect(r.success ? [] : r.issues).toEqual([
      { path: 'organizations[3].id', code: 'duplicate-id', message: 'expected a unique id, got "cb-1" (also organizations[1].id)' },
      { path: 'members[3].id', code: 'duplicate-id', message: 'expected a unique id, got "dv-1" (also members[0].id)' },
    ]);
  });

  it('resolves every reference to an organization', () => {
    const input = review();
    input.organizations[1].parentId = 'x1';
    input.members[0].orgId = 'x2';
    input.members[0].posts[0].orgId = 'x3';
    input.members[2].disciplines[0].orgIdAtViolation = 'x4';
    input.organizations[0].disciplines = [{ form: 'canh-cao', decidedOn: '2024-01-01', orgIdAtViolation: 'x5' }];
    expect(problems(input)).toEqual([
      ['organizations[0].disciplines[0].orgIdAtViolation', 'unknown-reference'],
      ['organizations[1].parentId', 'unknown-reference'],
      ['members[0].orgId', 'unknown-reference'],
      ['members[0].posts[0].orgId', 'unknown-reference'],
      ['members[2].disciplines[0].orgIdAtViolation', 'unknown-reference'],
    ]);
    expect(safeParseReview(input)).toMatchObject({ issues: expect.arrayContaining([{ path: 'members[0].orgId', code: 'unknown-reference', message: 'expected the id of an organization in this review, got "x2"; did you mean "xa"?' }]) });
  });

  it('reports each organization on a cycle once', () => {
    const input = review();
    input.organizations[0].parentId = 'cb-2';
    input.organizations.push({ id: 'self', name: 'Tự tham chiếu', kind: 'chi-bo', parentId: 'self' });
    input.organizations.push({ id: 'below', name: 'Dưới vòng', kind: 'chi-bo', parentId: 'xa' });
    const r = safeParseReview(input);
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['organizations[0].parentId', 'cycle', 'expected a parentId that does not lead back to this organization, got "xa" → "cb-2" → "xa"'],
      ['organizations[2].parentId', 'cycle', 'expected a parentId that does not lead back to this organization, got "cb-2" → "xa" → "cb-2"'],
      ['organizations[3].parentId', 'cycle', 'expected a parentId that does not lead back to this organization, got "self" → "self"'],
    ]);
  });

  it('keeps dates on or before the effective review date', () => {
    const input = review();
    input.reviewDate = '2024-12-15';
    input.members[1].admittedOn = '2024-12-16';
    input.members[0].exemption = { kind: 'dinh-chi-sinh-hoat', from: '2024-12-20' };
    input.organizations[2].foundedOn = '2025-01-01';
    input.members[2].disciplines[0].decidedOn = '2024-12-15';
    const r = safeParseReview(input);
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['organizations[2].foundedOn', 'after-review-date'],
      ['members[0].exemption.from', 'after-review-date'],
      ['members[1].admittedOn', 'after-review-date'],
    ]);
    expect(r.success ? undefined : r.issues[2]!.message).toBe('expected a date on or before the review date 2024-12-15, got "2024-12-16"');
  });

  it('defaults the review date to the end of the period', () => {
    const quarterly = withPeriods(['year', 'quarter', 'term']);
    const input: Record<string, any> = { ...review(), period: { kind: 'quarter', quarter: 1 } };
    input.members[1].admittedOn = '2024-04-01';
    expect(problems(input, { ruleSet: quarterly })).toEqual([
      ['members[1].admittedOn', 'after-review-date'],
      ['members[2].disciplines[0].decidedOn', 'after-review-date'],
    ]);
    input.members[1].admittedOn = '2024-03-31';
    input.members[2].disciplines[0].decidedOn = '2024-03-31';
    expect(problems(input, { ruleSet: quarterly })).toEqual([]);
    const term: Record<string, any> = { ...review(), year: 2024, period: { kind: 'term', fromYear: 2020, toYear: 2025 } };
    term.members[1].admittedOn = '2025-06-01';
    expect(problems(term, { ruleSet: quarterly })).toEqual([]);
  });

  it('keeps history before the review year and violations no later than their decision', () => {
    const input = review();
    input.members[2].history = [{ year: 2024, level: 'HTNV' }];
    input.members[2].disciplines[0].violationYear = 2025;
    input.members[2].disciplines[0].decidedOn = '2024-06-15';
    // the discipline fails its schema; the member's other fields are still checked across the document
    expect(problems(input)).toEqual([
      ['members[2].disciplines[0].violationYear', 'violation-after-decision'],
      ['members[2].history[0].year', 'history-not-earlier'],
    ]);
    input.members[2].disciplines[0].violationYear = 2024;
    expect(problems(input)).toEqual([['members[2].history[0].year', 'history-not-earlier']]);
  });

  it('checks criterion ids against the rule set’s catalogue, members and organizations apart', () => {
    const input = review();
    input.members[0].criteria.foo = 'tot';
    input.members[0].criteria.building = 'tot';
    input.organizations[0].criteria.politics = 'tot';
    const r = safeParseReview(input);
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['organizations[0].criteria.politics', 'unknown-criterion'],
      ['members[0].criteria.foo', 'unknown-criterion'],
      ['members[0].criteria.building', 'unknown-criterion'],
    ]);
    expect(r.success ? '' : r.issues[1]!.message).toBe(
      'expected a criterion of rule set qd124-2023 (results, politics, ethics, discipline, workstyle, unity, assignment, remedy), got "foo"',
    );
  });

  it('chooses the rule set: options, then ruleSet, then year', () => {
    const empty = { format: 'xeploai/review@1', year: 1950, organizations: [], members: [] };
    expect(problems({ ...review(), ruleSet: 'qd999' })).toEqual([['ruleSet', 'unknown-rule-set']]);
    expect(problems(empty)).toEqual([['year', 'no-rule-set']]);
    expect(problems({ ...empty, ruleSet: 'qd124-2023' })).toEqual([]);
    expect(problems(empty, { ruleSet: 'qd124-2023' })).toEqual([]);
    expect(problems({ ...review(), ruleSet: 'qd999' }, { ruleSet: getRuleSet('qd124-2023') })).toEqual([]);
    expect(problems(review(), { ruleSet: 'nope' })).toEqual([['ruleSet', 'unknown-rule-set']]);
    const r = safeParseReview({ ...review(), ruleSet: 'qd999' });
    expect(r.success ? '' : r.issues[0]!.message).toMatch(/^expected one of the rule sets (\S+, )*qd124-2023(, \S+)*, got "qd999"\. A province's rule set/);
  });

  it('checks settings against the rule set', () => {
    const input = { ...review(), settings: { headCap: 'maybe', notASetting: 1, quotaPercent: 20 } };
    expect(problems(input)).toEqual([
      ['settings.headCap', 'invalid-setting'],
      ['settings.notASetting', 'unknown-setting'],
    ]);
    expect(problems({ ...review(), settings: { 'two words': true } })).toEqual([['settings["two words"]', 'unknown-setting']]);
    expect(problems({ ...review(), settings: { headCap: ['cap'] } })).toEqual([['settings.headCap', 'invalid-type']]);
  });
});

describe('hostile and odd input', () => {
  it('refuses forbidden keys without touching Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = JSON.stringify(review()).replace('"id":"dv-1",', '"__proto__":{"isAdmin":true},"id":"dv-1",').replace('"results":"tot",', '"results":"tot","constructor":"tot",');
    const r = safeParseReviewJson(text);
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['organizations[0].criteria.constructor', 'forbidden-key'],
      ['members[0].__proto__', 'forbidden-key'],
    ]);
    expect(problems({ ...review(), settings: JSON.parse('{"prototype": "x"}') })).toEqual([['settings.prototype', 'forbidden-key']]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a 200-level deep value with the path where it gets too deep', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i++) deep = { x: deep };
    const r = safeParseReview({ ...review(), extra: deep });
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ['extra', 'unknown-field'],
      [`extra${'.x'.repeat(63)}`, 'too-deep'],
    ]);
  });

  it('gives one issue at "" for anything but a JSON object', () => {
    expect(safeParseReview([])).toEqual({ success: false, issues: [{ path: '', code: 'invalid-type', message: 'expected a JSON object with format "xeploai/review@1", got an array' }] });
    for (const value of [null, undefined, 'text', 42, true, 10n, new Map(), new Date(0), () => 1, Symbol('s')]) {
      const r = safeParseReview(value);
      expect(r.success).toBe(false);
      expect(r.success ? [] : r.issues.map((i) => i.path)).toEqual(['']);
    }
  });

  it('stops at a different format tag', () => {
    expect(safeParseReview({ format: 'xeploai/result@1', members: 3 })).toEqual({
      success: false,
      issues: [{ path: 'format', code: 'wrong-format', message: 'expected "xeploai/review@1", got "xeploai/result@1"' }],
    });
    expect(problems({ year: 2024, organizations: [], members: [] })).toEqual([['format', 'missing-field']]);
  });

  it('never throws from the safe API: getters, proxies, BigInts, cycles', () => {
    const getter = review();
    Object.defineProperty(getter.members[0], 'name', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(problems(getter)).toEqual([['members[0].name', 'unreadable']]);
    const { proxy, revoke } = Proxy.revocable(review(), {});
    revoke();
    expect(problems(proxy)).toEqual([['', 'unreadable']]);
    const trap = new Proxy(review(), { get: (t, k) => (k === 'members' ? (() => { throw new Error('trap'); })() : Reflect.get(t, k)) });
    expect(safeParseReview(trap).success).toBe(false);
    const big = review();
    big.members[1].tasks.assigned = 10n;
    expect(problems(big)).toEqual([['members[1].tasks.assigned', 'invalid-type']]);
    const cyclic = review();
    cyclic.organizations[0].self = cyclic.organizations[0];
    expect(problems(cyclic)).toContainEqual(['organizations[0].self', 'unknown-field']);
    expect(() => parseReview(cyclic)).toThrow(XeploaiError);
  });

  it('never throws from the safe API on arbitrary values (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        const r = safeParseReview(value);
        expect(r.success).toBe(false);
        expect(safeParseReview({ ...review(), members: [value] }).success).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(safeParseReviewJson(text).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads JSON text: empty, truncated and invalid text give invalid-json at ""', () => {
    expect(problems(undefined)).toEqual([['', 'invalid-type']]);
    expect(safeParseReviewJson('')).toMatchObject({ success: false, issues: [{ path: '', code: 'invalid-json' }] });
    expect(safeParseReviewJson('{"format": "xeploai/review@1", "year": 20')).toMatchObject({ success: false, issues: [{ path: '', code: 'invalid-json', message: expect.stringContaining('line 1, column 42') }] });
    expect(safeParseReviewJson('[]')).toMatchObject({ success: false, issues: [{ path: '', code: 'invalid-type' }] });
    expect(safeParseReviewJson(42 as unknown as string)).toMatchObject({ success: false, issues: [{ path: '', code: 'invalid-type' }] });
    expect(() => parseReviewJson('{')).toThrow(XeploaiError);
  });
});

describe('size', () => {
  it('parses a generated 20 000-member review', () => {
    const organizations = [{ id: 'xa', name: 'Đảng bộ xã', kind: 'dang-bo-co-so' }];
    for (let c = 0; c < 200; c++) organizations.push({ id: `cb-${c}`, name: `Chi bộ ${c}`, kind: 'chi-bo', parentId: 'xa' } as (typeof organizations)[number]);
    const members = Array.from({ length: 20_000 }, (_, i) => ({
      id: `dv-${i}`, name: `Đảng viên ${i}`, orgId: `cb-${i % 200}`, status: 'chinh-thuc', admittedOn: '2010-01-01',
      criteria: { results: 'tot', politics: 'tot' }, tasks: { assigned: 10, completed: 9, onTime: 9 },
    }));
    const text = JSON.stringify({ format: 'xeploai/review@1', year: 2024, organizations, members });
    const parsed: ReviewFile = parseReviewJson(text);
    expect(parsed.members).toHaveLength(20_000);
    const broken = JSON.parse(text);
    broken.members[19_999].orgId = 'nowhere';
    broken.members[5].id = 'dv-6';
    expect(problems(broken)).toEqual([['members[6].id', 'duplicate-id'], ['members[19999].orgId', 'unknown-reference']]);
  });
});

describe('long cycles', () => {
  it('reports every organization of a 2 000-long cycle, with a shortened cycle in the message', () => {
    const organizations = Array.from({ length: 2000 }, (_, i) => ({ id: `o${i}`, name: `O ${i}`, kind: 'chi-bo', parentId: `o${(i + 1) % 2000}` }));
    const r = safeParseReview({ format: 'xeploai/review@1', year: 2024, organizations, members: [] });
    const issues = r.success ? [] : r.issues;
    expect(issues).toHaveLength(2000);
    expect(issues[5]).toEqual({
      path: 'organizations[5].parentId', code: 'cycle',
      message: 'expected a parentId that does not lead back to this organization, got "o5" → "o6" → "o7" → … → "o3" → "o4" → "o5" (2000 organizations)',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { ndjsonOf } from '../testing/index.js';
import { generateReview, reviewText } from '../../bench/generate.mjs';
import { evaluateReview } from '../builtIn.js';
import { formatJson } from '../cli/format/json.js';
import { collectResult, evaluateNdjson } from './run.js';
import { JsonResultWriter, ndjsonLine } from './output.js';
import { NdjsonEvaluator, type StreamRecord } from './evaluator.js';
import type { Spool, SpoolFactory } from './spool.js';
import { OrganizationOutline } from './tree.js';
import type { ReviewInput } from '../model/input.js';

describe('streaming equals evaluateReview', () => {
  it.each([
    [2024, {}],
    [2024, { headCap: 'cap', orgLinkageThresholds: true, subordinateDisciplineKhtnv: true, collectiveHtnvRequiresNoDiscipline: true }],
    [2024, { quotaScope: 'chi-bo', quotaBase: 'httnv-and-above', quotaMinimumOne: true, civilServiceCap: 'cap' }],
    [2024, { quotaScope: 'group', disciplineCountsIn: 'decision-year', requireTaskData: true }],
    [2021, {}],
    [2021, { orgLinkageThresholds: false, headCap: 'cap' }],
    [2025, {}],
  ] as const)('year %i, settings %j', (year, settings) => {
    const review = generateReview({ members: 6000, year, seed: 7 });
    const withSettings = { ...review, settings: { ...(review['settings'] as object), ...settings } };
    const expected = evaluateReview(withSettings as unknown as ReviewInput);
    const actual = evaluateNdjson(ndjsonOf(withSettings));
    expect(actual.members).toEqual(expected.members);
    expect(actual.organizations).toEqual(expected.organizations);
    expect(actual.leaders).toEqual(expected.leaders);
    expect(actual.checks).toEqual(expected.checks);
    expect(actual.summary).toEqual(expected.summary);
    expect(actual).toEqual(expected);
  });

  it('gives the same result when the members of a chi bộ are not together, and organizations come last', () => {
    const review = generateReview({ members: 3000, order: 'interleaved', seed: 3 });
    const { organizations, members, ...header } = review;
    const text = [JSON.stringify(header), ...members.map((m) => JSON.stringify({ member: m })), ...organizations.map((o) => JSON.stringify({ organization: o }))].join('\n');
    const reordered = { ...header, organizations, members };
    expect(evaluateNdjson(text)).toEqual(evaluateReview(reordered as unknown as ReviewInput));
  });

  it('writes the json document byte for byte as the json format does', () => {
    const review = generateReview({ members: 2000, seed: 11 });
    let text = '';
    const writer = new JsonResultWriter((s) => {
      text += s;
    });
    const records: StreamRecord[] = [];
    const evaluator = new NdjsonEvaluator({}, (r) => {
      records.push(r);
      writer.write(r);
    });
    ndjsonOf(review).split('\n').forEach((line, i) => evaluator.line(line, i + 1));
    evaluator.end();
    evaluator.finish();
    expect(text).toBe(formatJson(evaluateReview(review as unknown as ReviewInput)));
    expect(collectResult(records)).toEqual(evaluateReview(review as unknown as ReviewInput));
    expect(ndjsonLine(records[0]!).startsWith('{"format":"xeploai/result@1"')).toBe(true);
  });

  it('equals the generator\'s own NDJSON', () => {
    const text = [...reviewText({ members: 1500, format: 'ndjson', year: 2024, seed: 5, order: 'grouped' })].join('');
    const json = JSON.parse([...reviewText({ members: 1500, format: 'json', year: 2024, seed: 5, order: 'grouped' })].join('')) as unknown;
    expect(evaluateNdjson(text)).toEqual(evaluateReview(json as unknown as ReviewInput));
  });
});

const H = '{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}';
const CB = '{"organization":{"id":"cb","name":"Chi bộ thôn 1","kind":"chi-bo-co-so","proposedLevel":"HTTNV"}}';
const member = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ member: { id, name: `Đảng viên ${id}`, orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', proposedLevel: 'HTTNV', ...extra } });

function issuesOf(text: string): string[] {
  try {
    evaluateNdjson(text);
  } catch (error) {
    return (error as { issues: { path: string; message: string }[] }).issues.map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`));
  }
  throw new Error('expected an XeploaiError');
}

describe('invalid NDJSON', () => {
  it('lists every bad line with its number and the path inside it, in line order', () => {
    const text = [H, CB, member('a'), member('b', { disciplines: [{ form: 'khien-trach', decidedOn: '2024-02-30' }] }), member('c', { admittedOn: '2025-01-01' }), '{"member":', member('d', { orgId: 'nowhere' })].join('\n');
    expect(issuesOf(text)).toEqual([
      'line 4: member.disciplines[0].decidedOn: expected a date YYYY-MM-DD, got "2024-02-30"',
      'line 5: member.admittedOn: expected a date on or before the review date 2024-12-15, got "2025-01-01"',
      expect.stringMatching(/^line 6: expected .* at column 11, got the end of the text$/),
      'line 7: member.orgId: expected the id of an organization in this review, got "nowhere"',
    ]);
  });

  it('reports a repeated member id at the later line, naming the earlier one', () => {
    expect(issuesOf([H, CB, member('a'), member('b'), '', member('a')].join('\n'))).toEqual(['line 6: member.id: expected a unique id, got "a" (also line 3)']);
  });

  it('reports organizations: a repeated id, a parent that does not exist, a cycle', () => {
    const org = (id: string, parentId?: string) => JSON.stringify({ organization: { id, name: id, kind: 'chi-bo', ...(parentId ? { parentId } : {}) } });
    const issues = issuesOf([H, CB, org('x', 'y'), org('y', 'x'), org('cb'), org('z', 'gone')].join('\n'));
    expect(issues).toContainEqual('line 5: organization.id: expected a unique id, got "cb" (also line 2)');
    expect(issues).toContainEqual('line 6: organization.parentId: expected the id of an organization in this review, got "gone"');
    expect(issues.filter((i) => i.includes('organization.parentId') && i.includes('does not lead back'))).toHaveLength(2);
  });

  it('needs a header first, and says so for an empty file', () => {
    expect(issuesOf([CB, member('a')].join('\n'))[0]).toMatch(/^line 1: expected a header line/);
    expect(issuesOf('')).toEqual(['line 1: expected a header line with format "xeploai/review@1", got an empty file']);
    expect(issuesOf('\n\n')[0]).toMatch(/^line 2: expected a header line/);
  });

  it('accepts a header alone, blank lines, CRLF and a BOM', () => {
    expect(evaluateNdjson(`\uFEFF${H}\r\n`).summary.members.rated).toBe(0);
    const r = evaluateNdjson(`\uFEFF\r\n${H}\r\n${CB}\r\n\r\n${member('a')}\r\n   \r\n${member('b', { criteria: { results: 'xuat-sac', politics: 'tot' } })}`);
    expect(r.members.map((m) => m.id)).toEqual(['a', 'b']);
    // findings name the member by its ordinal among members, as in a JSON review
    expect(r.members[1]?.findings.map((f) => f.path)).toContain('members[1].tasks');
  });

  it('stops after MAX_LINE_ISSUES problems and says so', () => {
    const bad = Array.from({ length: 1200 }, () => '{"member":1}');
    const issues = issuesOf([H, ...bad].join('\n'));
    expect(issues).toHaveLength(1001);
    expect(issues.at(-1)).toMatch(/^stopped after 1000 problems/);
  });
});

describe('the generated reviews exercise the rules', () => {
  it('has exclusions, caps, heads, failing quotas and other-unit violations', () => {
    const result = evaluateReview(generateReview({ members: 6000, seed: 7 }) as unknown as ReviewInput);
    const codes = new Set(result.members.flatMap((m) => m.findings.map((f) => f.code)));
    for (const code of ['exempt', 'new-member', 'criterion-kem', 'discipline-in-year', 'tasks-not-given', 'no-basis', 'proposed-level']) expect(codes).toContain(code);
    expect(result.leaders.length).toBeGreaterThan(100);
    expect(result.checks.some((c) => !c.ok)).toBe(true);
    expect(result.organizations.some((o) => o.findings.length > 0)).toBe(true);
  });
});

/** Spools that keep JSON text (as the CLI's files do) and have no `at`: records come back as copies. */
const jsonSpools: SpoolFactory = <T>(): Spool<T> => {
  const lines: string[] = [];
  return {
    push: (record) => void lines.push(JSON.stringify(record)),
    read: () => lines.map((l) => JSON.parse(l) as T),
    get size() {
      return lines.length;
    },
  };
};

describe('the end of a stream', () => {
  it.each([
    ['in memory', undefined],
    ['in JSON spools without random access', jsonSpools],
  ] as const)('equals evaluateReview with many pools over the quota, their suggestions and heads capped (spools %s)', (_, spools) => {
    const review = generateReview({ members: 5000, seed: 13 });
    const withSettings = { ...review, settings: { ...(review['settings'] as object), quotaPercent: 5, headCap: 'cap', orgLinkageThresholds: true } };
    const expected = evaluateReview(withSettings as unknown as ReviewInput);
    expect(expected.checks.filter((c) => c.subjects === 'members' && (c.suggest?.length ?? 0) > 1).length).toBeGreaterThan(3);
    expect(evaluateNdjson(ndjsonOf(withSettings), spools !== undefined ? { spools } : {})).toEqual(expected);
  });

  it('reports problems inside organization entries as before (the whole list is checked when one is found)', () => {
    const org = (id: string, extra: Record<string, unknown>) => JSON.stringify({ organization: { id, name: id, kind: 'chi-bo', parentId: 'cb', ...extra } });
    const text = [H, CB, org('a', { history: [{ year: 2024, level: 'HTTNV' }] }), org('b', { criteria: { results: 'tot', nonsense: 'tot' } }), org('c', { foundedOn: '2025-01-01' }), member('m')].join('\n');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/^line 3: organization\.history\[0\]\.year: expected a year before the review year 2024/);
    expect(issues[1]).toMatch(/^line 4: organization\.criteria\.nonsense: expected a criterion of rule set/);
    expect(issues[2]).toMatch(/^line 5: organization\.foundedOn: expected a date on or before the review date 2024-12-15/);
  });
});

describe('OrganizationOutline', () => {
  it('keeps what other organizations\' rules read and refuses the rest rather than answer undefined', () => {
    const o = new OrganizationOutline({ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', parentId: 'xa', tasks: { assigned: 2, completed: 2 }, criteria: { results: 'tot' } }, 'cb');
    expect([o.id, o.name, o.kind, o.parentId, o.tasks?.completed, o.group, o.disciplines]).toEqual(['cb', 'Chi bộ thôn 1', 'chi-bo-co-so', 'xa', 2, undefined, undefined]);
    expect(() => o.criteria).toThrow(/not criteria/);
    expect(() => o.history).toThrow(/streaming/);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../core.js';
import type { ReviewInput } from '../model/input.js';
import { extendRuleSet } from '../rules/extend.js';
import { qd124 } from '../rules/qd124-2023/index.js';
import { parseEntryLine, parseHeaderLine } from './parse.js';
import { evaluateNdjson } from './run.js';

const HEADER = '{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}';

describe('parseHeaderLine', () => {
  it('accepts the review fields and picks the rule set and settings', () => {
    const r = parseHeaderLine(HEADER, 1);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.header.ruleSet.id).toBe('qd124-2023');
    expect(r.header.settings.quotaScope).toBe('tccsd');
    expect(r.header.review).toMatchObject({ year: 2024, reviewDate: '2024-12-15', organizations: [], members: [] });
  });

  it('applies option overrides before checking them, as evaluateReview does', () => {
    const r = parseHeaderLine(HEADER, 1, { settings: { headCap: 'cap' } });
    expect(r.success && r.header.settings.headCap).toBe('cap');
    const bad = parseHeaderLine(HEADER, 1, { ruleSet: 'qd999' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0]).toMatchObject({ line: 1, path: 'ruleSet', code: 'unknown-rule-set' });
  });

  it.each([
    ['{"format":"xeploai/review@1","year":2024,"settings":{"headCap":"maybe"}}', 'settings.headCap', 'invalid-setting'],
    ['{"format":"xeploai/review@1","year":2024,"period":{"kind":"quarter","quarter":2}}', 'period', 'unsupported-period'],
    ['{"format":"xeploai/review@1","year":2024,"members":[]}', 'members', 'unknown-field'],
    ['{"format":"xeploai/result@1","year":2024}', 'format', 'wrong-format'],
    ['{"organization":{"id":"cb","name":"Chi bộ","kind":"chi-bo-co-so"}}', '', 'missing-header'],
    ['[1,2]', '', 'invalid-type'],
    ['{"format":"xeploai/review@1","year":', '', 'invalid-json'],
  ])('reports %s at %j (%s)', (text, path, code) => {
    const r = parseHeaderLine(text, 3);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toContainEqual(expect.objectContaining({ line: 3, path, code }));
  });

  it('gives the column of a syntax error, not a line inside the line', () => {
    const r = parseHeaderLine('{"format": "xeploai/review@1",}', 9);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.message).toMatch(/at column 31, got "}"/);
  });
});

describe('parseEntryLine', () => {
  it('parses an organization and a member, normalised as in a review file', () => {
    const o = parseEntryLine('{"organization":{"id":" cb ","name":"Chi bộ","kind":"chi-bo-co-so"}}', 2);
    expect(o).toEqual({ success: true, entry: { kind: 'organization', value: { id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so' } } });
    const m = parseEntryLine('{"member":{"id":"dv-1","name":"An","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01"}}', 3);
    expect(m.success && m.entry.kind).toBe('member');
  });

  it('reports a bad field with its line number and its path in the line', () => {
    const r = parseEntryLine('{"member":{"id":"dv-1","name":"An","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01","disciplines":[{"form":"khien-trach","decidedOn":"2024-02-30"}]}}', 17);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ line: 17, path: 'member.disciplines[0].decidedOn', code: 'invalid-date', message: 'expected a date YYYY-MM-DD, got "2024-02-30"' }]);
  });

  it.each([
    ['{"member":{},"organization":{}}', 'invalid-entry', ''],
    ['{"format":"xeploai/review@1","year":2024}', 'invalid-entry', ''],
    ['{}', 'invalid-entry', ''],
    ['"text"', 'invalid-type', ''],
    ['{"member":{"__proto__":{"x":1}}}', 'forbidden-key', 'member.__proto__'],
    ['{"organization":{"id":"cb","name":"Chi bộ","kind":"chi-bo-co-so","colour":"red"}}', 'unknown-field', 'organization.colour'],
    ['{"member":', 'invalid-json', ''],
  ])('rejects %s (%s at %j)', (text, code, path) => {
    const r = parseEntryLine(text, 5);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toContainEqual(expect.objectContaining({ line: 5, path, code }));
  });
});

describe('a rule set passed in the options (options.ruleSets)', () => {
  // A province's rule set the library does not know: only the options can name it.
  const tinh = extendRuleSet(qd124, {
    id: 'tinh-vi-du-2024',
    title: 'QĐ 124 với hướng dẫn của Tỉnh ủy (ví dụ)',
    documents: [{ id: '05-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' }],
    settings: { headCap: 'cap' },
  });
  const review: ReviewInput = {
    format: 'xeploai/review@1',
    year: 2024,
    ruleSet: 'tinh-vi-du-2024',
    organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
    members: [{ id: 'dv', name: 'Nguyễn Văn An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02', proposedLevel: 'HTTNV' }],
  };
  const { organizations, members, ...header } = review;
  const lines = [header, ...organizations.map((organization) => ({ organization })), ...members.map((member) => ({ member }))].map((l) => JSON.stringify(l));

  it('is where the header looks its ruleSet id and its year up', () => {
    const byId = parseHeaderLine(lines[0]!, 1, { ruleSets: [tinh] });
    expect(byId.success && byId.header.ruleSet).toBe(tinh);
    expect(byId.success && byId.header.settings.headCap).toBe('cap');
    const byYear = parseHeaderLine('{"format":"xeploai/review@1","year":2024}', 1, { ruleSets: [tinh] });
    expect(byYear.success && byYear.header.ruleSet).toBe(tinh);
    const unknown = parseHeaderLine(lines[0]!, 1);
    expect(unknown.success ? [] : unknown.issues.map((i) => [i.path, i.code])).toEqual([['ruleSet', 'unknown-rule-set']]);
  });

  it('rates the stream as evaluateReview rates the same review with the same options', () => {
    const streamed = evaluateNdjson(lines.join('\n'), { ruleSets: [tinh] });
    expect(streamed.ruleSet.id).toBe('tinh-vi-du-2024');
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(evaluateReview(review, { ruleSets: [tinh] })));
  });
});

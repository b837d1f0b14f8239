import { describe, expect, it } from 'vitest';
import { safeEvaluateReview, safeParseReview, safeParseReviewJson } from '../builtIn.js';
import { countTextKeys, countValueKeys, duplicateKeyIssues, findDuplicateKeys } from './duplicates.js';
import { parseJsonText } from './json.js';

const review = {
  format: 'xeploai/review@1', year: 2024, reviewDate: '2024-12-15',
  organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
  members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', proposedLevel: 'HTTNV' }],
};

describe('duplicate keys in JSON text (issue #21, item 6)', () => {
  it('counts keys in the text and in the value, whatever the strings hold', () => {
    const text = '{"a": "x\\":y", "b\\"": {"c": [{"d": ":"}, "\\\\"]}, "e": {}}';
    expect(countTextKeys(text)).toBe(5);
    expect(countValueKeys(JSON.parse(text))).toBe(5);
    expect(duplicateKeyIssues(text, JSON.parse(text))).toEqual([]);
  });

  it('finds every duplicate at its path, escaped spellings included', () => {
    const text = '{"members": [{"id": "a"}, {"id": "b", "\\u0069d": "c"}], "year": 2024, "year": 2021, "members": []}';
    expect(findDuplicateKeys(text).map((i) => i.path)).toEqual([['members', 1, 'id'], ['year'], ['members']]);
  });

  it('refuses a review whose members are given twice (the second empty) instead of rating nobody', () => {
    const text = JSON.stringify(review).replace(/}$/, ',"members":[]}');
    expect(JSON.parse(text).members).toEqual([]); // what JSON.parse alone does
    const r = safeParseReviewJson(text);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: 'members', code: 'duplicate-key', message: 'expected each field once in an object, got "members" again' }]);
    expect(parseJsonText(text).success).toBe(false);
  });
});

describe('arrays built in code (issue #21, item 4)', () => {
  it('refuses a sparse members array of length 2³²−1 at once, without filling the memory', () => {
    const members: unknown[] = [];
    members.length = 2 ** 32 - 1;
    const r = safeEvaluateReview({ ...review, members });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: 'members', code: 'too-long', message: 'expected an array of at most 16777216 elements, got 4294967295' }]);
  });

  it('refuses a sparse array of a million holes in one issue', () => {
    const members: unknown[] = [];
    members.length = 1_000_000;
    const r = safeParseReview({ ...review, members });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: 'members', code: 'sparse-array', message: 'expected an array of values, got more than 1000 holes or undefined elements' }]);
  });
});

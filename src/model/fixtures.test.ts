/**
 * Runs every file of test/fixtures/bad/ through `safeParseReviewJson` and compares the issues
 * with test/fixtures/bad/cases.json: the same paths and codes in the same order, and the same
 * message where the case gives one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseReviewJson } from '../builtIn.js';

const dir = new URL('../../test/fixtures/bad/', import.meta.url);
const { cases } = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as {
  cases: Record<string, { path: string; code: string; message?: string }[]>;
};

describe('test/fixtures/bad', () => {
  it('has a case for every fixture and a fixture for every case', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'cases.json').sort();
    expect(files).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s', (file, expected) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = safeParseReviewJson(readFileSync(new URL(file, dir), 'utf8'));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues;
    expect(issues.map((i) => ({ path: i.path, code: i.code }))).toEqual(expected.map((e) => ({ path: e.path, code: e.code })));
    expected.forEach((e, k) => {
      if (e.message !== undefined) expect(issues[k]?.message).toBe(e.message);
    });
    for (const issue of issues) expect(issue.message).toMatch(/^expected /);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { formatPath, fromZodIssues, sortInDocumentOrder, type PathedIssue } from './issues.js';

describe('formatPath', () => {
  it('brackets indices and dots keys', () => {
    expect(formatPath(['members', 3, 'disciplines', 0, 'decidedOn'])).toBe('members[3].disciplines[0].decidedOn');
    expect(formatPath(['organizations', 5, 'id'])).toBe('organizations[5].id');
    expect(formatPath(['members', 2, 'criteria', 'self-criticism'])).toBe('members[2].criteria.self-criticism');
    expect(formatPath([])).toBe('');
    expect(formatPath(['settings', 'two words'])).toBe('settings["two words"]');
    expect(formatPath(['settings', ''])).toBe('settings[""]');
    expect(formatPath(['a.b'])).toBe('["a.b"]');
    expect(formatPath([Symbol('s')])).toBe('[Symbol(s)]');
  });
});

describe('fromZodIssues', () => {
  it('splits unknown keys into one issue per field and maps codes', () => {
    const schema = z.strictObject({ n: z.int().min(0) });
    const r = schema.safeParse({ n: -1, x: 1, y: 2 }, { reportInput: true });
    const out: PathedIssue[] = [];
    fromZodIssues(r.error!.issues, ['members', 1], out);
    expect(out.map((i) => [formatPath(i.path), i.code])).toEqual([
      ['members[1].n', 'out-of-range'],
      ['members[1].x', 'unknown-field'],
      ['members[1].y', 'unknown-field'],
    ]);
    // zod's own messages are wrapped so they still read "expected …, got …"
    expect(out[0]!.message).toMatch(/^expected valid input \(.*\), got -1$/);
    expect(out[1]!.message).toBe('expected no field "x" here');
  });
});

describe('sortInDocumentOrder', () => {
  it('orders by array index, then by the position of keys in the document; missing keys after present ones', () => {
    const doc = { year: 1, members: [{ name: 1, id: 2 }, { id: 3 }], format: 'x' };
    const issue = (...path: PropertyKey[]): PathedIssue => ({ path, code: 'c', message: 'm' });
    const sorted = sortInDocumentOrder(
      [issue('format'), issue('members', 1, 'id'), issue('members', 0, 'orgId'), issue('members', 0, 'id'), issue('members', 0, 'name'), issue(), issue('year')],
      doc,
    );
    expect(sorted.map((i) => formatPath(i.path))).toEqual(['', 'year', 'members[0].name', 'members[0].id', 'members[0].orgId', 'members[1].id', 'format']);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { XeploaiError } from '../errors.js';
import { parseResultDocument, safeParseResultDocument } from './resultDocument.js';

const review = {
  format: 'xeploai/review@1', year: 2024, reviewDate: '2024-12-15',
  organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
  members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', proposedLevel: 'HTTNV' }],
} as const;

describe('safeParseResultDocument', () => {
  it('reads back a result written as JSON', () => {
    const result = evaluateReview(review);
    const r = parseResultDocument(JSON.parse(JSON.stringify(result)));
    expect(r.year).toBe(2024);
    expect(r.members[0]?.level).toBe('HTTNV');
  });
  it('lists every problem with its path', () => {
    const r = safeParseResultDocument({
      format: 'xeploai/result@1', year: 2024, period: { kind: 'year' },
      members: [{ id: 'dv-1', orgId: 'cb', rated: true, level: null, findings: [] }, { id: 'dv-2' }],
      organizations: [{ id: 'cb', kind: 'thon', rated: false, level: null, findings: [] }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      'members[0].level', 'members[1].orgId', 'members[1].rated', 'members[1].level', 'members[1].findings', 'organizations[0].kind',
    ]);
    expect(r.issues[0]?.message).toBe('expected a level when rated is true, got null');
  });
  it('checks the name, parentId and type a result copies from its review', () => {
    const r = safeParseResultDocument({
      format: 'xeploai/result@1', year: 2024, period: { kind: 'year' },
      members: [{ id: 'dv-1', name: ' ', orgId: 'cb', rated: false, level: null, findings: [] }],
      organizations: [{ id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so', parentId: 7, type: 'lang', rated: false, level: null, findings: [] }],
    });
    expect(!r.success && r.issues.map((i) => i.path)).toEqual(['members[0].name', 'organizations[0].parentId', 'organizations[0].type']);
  });
  it('names another document by its format, and refuses non-objects', () => {
    const r = safeParseResultDocument({ format: 'xeploai/review@1' });
    expect(!r.success && r.issues).toEqual([{ path: 'format', code: 'wrong-format', message: 'expected "xeploai/result@1", got "xeploai/review@1"' }]);
    expect(safeParseResultDocument([]).success).toBe(false);
    expect(() => parseResultDocument(null)).toThrow(XeploaiError);
  });
});

describe('members of unknown organizations (issue #21, item 9)', () => {
  it('refuses a result whose member orgId is not one of its organizations', () => {
    const result = JSON.parse(JSON.stringify(evaluateReview(review))) as { members: { orgId: string }[] };
    result.members[0]!.orgId = 'khong-co';
    const r = safeParseResultDocument(result);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: 'members[0].orgId', code: 'unknown-reference', message: 'expected the id of an organization in this result, got "khong-co"' }]);
  });
});

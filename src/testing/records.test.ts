import { describe, expect, it } from 'vitest';
import { evaluateReview, parseReview } from '../builtIn.js';
import { allTot, excellent, member, organization, reviewOf } from './records.js';

describe('record factories', () => {
  it('fill the required fields, and the facts given win', () => {
    expect(member('dv-1', 'cb')).toEqual({ id: 'dv-1', name: 'Đảng viên dv-1', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01' });
    expect(member('dv-1', 'cb', { name: 'Vũ Thị Lan', status: 'du-bi', admittedOn: '2024-03-01' })).toMatchObject({ name: 'Vũ Thị Lan', status: 'du-bi', admittedOn: '2024-03-01' });
    expect(organization('xa', 'dang-bo-co-so')).toEqual({ id: 'xa', name: 'Tổ chức xa', kind: 'dang-bo-co-so' });
    expect(organization('cb', 'chi-bo', { parentId: 'xa', name: 'Chi bộ thôn 1' })).toEqual({ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo', parentId: 'xa' });
  });

  it('reviewOf makes a valid review dated 15 December, the header overriding', () => {
    const cb = organization('cb', 'chi-bo-co-so');
    const file = reviewOf(2024, [cb], [member('dv-1', 'cb', { criteria: allTot })]);
    expect(file).toEqual({ format: 'xeploai/review@1', year: 2024, reviewDate: '2024-12-15', organizations: [cb], members: [member('dv-1', 'cb', { criteria: allTot })] });
    expect(parseReview(file)).toEqual(file);
    const q = reviewOf(2025, [cb], [], { period: { kind: 'quarter', quarter: 2 }, reviewDate: '2025-06-20', settings: { headCap: 'cap' } });
    expect(q).toMatchObject({ period: { kind: 'quarter', quarter: 2 }, reviewDate: '2025-06-20', settings: { headCap: 'cap' } });
  });

  it('criteria presets: all tốt, and excellent results', () => {
    const cb = organization('cb', 'chi-bo-co-so');
    const r = evaluateReview(reviewOf(2024, [cb], [member('a', 'cb', { criteria: allTot }), member('b', 'cb', { criteria: excellent, proposedLevel: 'HTXSNV' })]));
    expect(r.members.map((m) => m.level)).toEqual(['HTTNV', 'HTXSNV']);
    expect(Object.values(allTot).every((g) => g === 'tot')).toBe(true);
    expect({ ...allTot, results: 'xuat-sac' }).toEqual(excellent);
  });
});

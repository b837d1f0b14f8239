import { describe, expect, it } from 'vitest';
import { leaderResult, memberResult, organizationResult } from './results.js';

describe('result builders', () => {
  it('rate at the level given, not rated at null, with empty findings', () => {
    expect(memberResult('dv-1', 'cb', 'HTTNV')).toEqual({ id: 'dv-1', orgId: 'cb', rated: true, level: 'HTTNV', findings: [] });
    expect(memberResult('dv-1', 'cb', null)).toEqual({ id: 'dv-1', orgId: 'cb', rated: false, level: null, findings: [] });
    expect(organizationResult('huyen', 'cap-tren', null)).toEqual({ id: 'huyen', kind: 'cap-tren', rated: false, level: null, findings: [] });
    expect(leaderResult('dv-7', 'xa', 'HTXSNV')).toEqual({ memberId: 'dv-7', orgId: 'xa', head: true, rated: true, level: 'HTXSNV', findings: [] });
  });

  it('take extra fields, keeping the key order of engine results', () => {
    const finding = { code: 'x', severity: 'info', cite: { doc: 'TEST', article: 'Điều 1' }, assumption: false, message: { vi: 'x', en: 'x' } } as const;
    const r = memberResult('dv-1', 'cb', 'HTTNV', { score: 82, findings: [finding] });
    expect(Object.keys(r)).toEqual(['id', 'orgId', 'rated', 'level', 'findings', 'score']);
    expect(r.findings).toEqual([finding]);
    expect(organizationResult('cb', 'chi-bo', 'HTNV', { parentId: 'xa', name: 'Chi bộ 1' })).toMatchObject({ parentId: 'xa', name: 'Chi bộ 1', rated: true });
    expect(leaderResult('dv-8', 'xa', 'HTTNV', { head: false, score: 80 })).toMatchObject({ head: false, score: 80 });
  });
});

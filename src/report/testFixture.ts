// A small hand-checked tree for roll-up and programme tests (results built directly, no engine):
//
//   huyen (cap-tren, not rated)
//   ├── xa-a (dang-bo-co-so, HTTNV)
//   │   ├── cb-a1 (chi-bo, HTTNV): m1 HTXSNV, m2 HTTNV, m3 HTNV
//   │   └── cb-a2 (chi-bo, HTNV):  m4 HTTNV, m5 HTTNV, m6 not rated (new-member)
//   └── cb-b (chi-bo-co-so, HTTNV): m7 HTTNV, m8 HTTNV, m9 KHTNV, m10 not rated (exempt)
//
// Members rated 8: HTXSNV 1, HTTNV 5, HTNV 1, KHTNV 1; not rated 2.
import type { Level } from '../levels.js';
import type { OrganizationKind } from '../model/index.js';
import type { Finding, MemberResult, OrganizationResult } from '../rules/types.js';
import type { RatedResult, ReviewTree } from './types.js';

function finding(code: string, severity: Finding['severity']): Finding {
  return { code, severity, cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' }, assumption: false, message: { vi: code, en: code } };
}

export function memberResult(id: string, orgId: string, level: Level | null, reason = 'new-member', findings: Finding[] = []): MemberResult {
  return level === null
    ? { id, orgId, rated: false, level: null, findings: [finding(reason, 'not-rated'), ...findings] }
    : { id, orgId, rated: true, level, findings };
}

export function orgResult(id: string, kind: OrganizationKind, level: Level | null, findings: Finding[] = []): OrganizationResult {
  return level === null
    ? { id, kind, rated: false, level: null, findings: [finding('above-grassroots-not-rated', 'not-rated'), ...findings] }
    : { id, kind, rated: true, level, findings };
}

export function consecutiveFinding(): Finding {
  return finding('consecutive-khtnv', 'warning');
}

export const TREE: ReviewTree = {
  organizations: [
    { id: 'huyen', name: 'Đảng bộ huyện H', kind: 'cap-tren' },
    { id: 'xa-a', name: 'Đảng bộ xã A', kind: 'dang-bo-co-so', parentId: 'huyen' },
    { id: 'cb-a1', name: 'Chi bộ thôn A1', kind: 'chi-bo', parentId: 'xa-a', group: 'thon' },
    { id: 'cb-a2', name: 'Chi bộ Cơ quan xã A', kind: 'chi-bo', parentId: 'xa-a' },
    { id: 'cb-b', name: 'Chi bộ cơ sở B', kind: 'chi-bo-co-so', parentId: 'huyen', group: 'to-dan-pho' },
  ],
};

export function treeResult(year = 2024): RatedResult {
  return {
    year,
    organizations: [
      orgResult('huyen', 'cap-tren', null),
      orgResult('xa-a', 'dang-bo-co-so', 'HTTNV'),
      orgResult('cb-a1', 'chi-bo', 'HTTNV'),
      orgResult('cb-a2', 'chi-bo', 'HTNV'),
      orgResult('cb-b', 'chi-bo-co-so', 'HTTNV'),
    ],
    members: [
      memberResult('m1', 'cb-a1', 'HTXSNV'),
      memberResult('m2', 'cb-a1', 'HTTNV'),
      memberResult('m3', 'cb-a1', 'HTNV'),
      memberResult('m4', 'cb-a2', 'HTTNV'),
      memberResult('m5', 'cb-a2', 'HTTNV'),
      memberResult('m6', 'cb-a2', null, 'new-member'),
      memberResult('m7', 'cb-b', 'HTTNV'),
      memberResult('m8', 'cb-b', 'HTTNV'),
      memberResult('m9', 'cb-b', 'KHTNV'),
      memberResult('m10', 'cb-b', null, 'exempt'),
    ],
  };
}

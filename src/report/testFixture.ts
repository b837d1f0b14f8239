// A small hand-checked tree for roll-up and programme tests (results built directly with
// xeploai/testing, no engine):
//
//   huyen (cap-tren, not rated)
//   ├── xa-a (dang-bo-co-so, HTTNV)
//   │   ├── cb-a1 (chi-bo, HTTNV): m1 HTXSNV, m2 HTTNV, m3 HTNV
//   │   └── cb-a2 (chi-bo, HTNV):  m4 HTTNV, m5 HTTNV, m6 not rated (new-member)
//   └── cb-b (chi-bo-co-so, HTTNV): m7 HTTNV, m8 HTTNV, m9 KHTNV, m10 not rated (exempt)
//
// Members rated 8: HTXSNV 1, HTTNV 5, HTNV 1, KHTNV 1; not rated 2.
import type { Finding } from '../rules/types.js';
import { memberResult, organizationResult } from '../testing/index.js';
import type { RatedResult, ReviewTree } from './types.js';

function finding(code: string, severity: Finding['severity']): Finding {
  return { code, severity, cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' }, assumption: false, message: { vi: code, en: code } };
}

/**
 * The findings of a result not rated for `reason` (one `not-rated` finding, as the engine gives):
 * spread into `memberResult`/`organizationResult` of `xeploai/testing`.
 */
export function notRated(reason: string): { readonly findings: readonly Finding[] } {
  return { findings: [finding(reason, 'not-rated')] };
}

/** An organization above the grassroots, not rated. */
export const ABOVE_GRASSROOTS = notRated('above-grassroots-not-rated');

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
      organizationResult('huyen', 'cap-tren', null, ABOVE_GRASSROOTS),
      organizationResult('xa-a', 'dang-bo-co-so', 'HTTNV'),
      organizationResult('cb-a1', 'chi-bo', 'HTTNV'),
      organizationResult('cb-a2', 'chi-bo', 'HTNV'),
      organizationResult('cb-b', 'chi-bo-co-so', 'HTTNV'),
    ],
    members: [
      memberResult('m1', 'cb-a1', 'HTXSNV'),
      memberResult('m2', 'cb-a1', 'HTTNV'),
      memberResult('m3', 'cb-a1', 'HTNV'),
      memberResult('m4', 'cb-a2', 'HTTNV'),
      memberResult('m5', 'cb-a2', 'HTTNV'),
      memberResult('m6', 'cb-a2', null, notRated('new-member')),
      memberResult('m7', 'cb-b', 'HTTNV'),
      memberResult('m8', 'cb-b', 'HTTNV'),
      memberResult('m9', 'cb-b', 'KHTNV'),
      memberResult('m10', 'cb-b', null, notRated('exempt')),
    ],
  };
}

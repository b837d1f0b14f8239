/**
 * One hand-built review used by the check tests: a province with two đảng bộ xã (group
 * `xa-phuong`), a chi bộ with its own group, a chi bộ cơ sở without a group, and a chi bộ with no
 * TCCSĐ above it.
 *
 * @internal
 * @module
 */
import type { Level } from '../levels.js';
import type { Member, ReviewFile } from '../model/index.js';
import type { LeaderResult, MemberResult, OrganizationResult } from '../rules/types.js';
import { leaderResult, member, memberResult, organization, organizationResult } from '../testing/index.js';

interface Row {
  readonly id: string;
  readonly orgId: string;
  readonly level: Level | null;
  readonly score?: number;
  readonly civil?: Level;
}

//   tinh (cap-tren, not rated)
//   ├─ xa-a (dang-bo-co-so, group xa-phuong)
//   │   ├─ cb-a1 (chi-bo)                    3 HTXSNV, 5 HTTNV, 1 not rated
//   │   └─ cb-a2 (chi-bo, group truong-hoc)  2 HTXSNV, 10 HTTNV
//   ├─ xa-b (dang-bo-co-so, group xa-phuong)
//   │   └─ cb-b1 (chi-bo)                    1 HTXSNV, 2 HTTNV
//   └─ cb-c (chi-bo-co-so, no group)         1 HTXSNV, 4 HTTNV, 1 HTNV
//   lone (chi-bo, no parent)                 1 HTXSNV
const ROWS: Row[] = [
  { id: 'a1-x1', orgId: 'cb-a1', level: 'HTXSNV', score: 95, civil: 'HTXSNV' },
  { id: 'a1-x2', orgId: 'cb-a1', level: 'HTXSNV', score: 91 },
  { id: 'a1-x3', orgId: 'cb-a1', level: 'HTXSNV' },
  ...[1, 2, 3, 4, 5].map((i): Row => ({ id: `a1-t${i}`, orgId: 'cb-a1', level: 'HTTNV', ...(i === 1 ? { civil: 'HTXSNV' as const } : i <= 3 ? { civil: 'HTTNV' as const } : {}) })),
  { id: 'a1-new', orgId: 'cb-a1', level: null },
  { id: 'a2-x1', orgId: 'cb-a2', level: 'HTXSNV' },
  { id: 'a2-x2', orgId: 'cb-a2', level: 'HTXSNV' },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i): Row => ({ id: `a2-t${i}`, orgId: 'cb-a2', level: 'HTTNV' })),
  { id: 'b1-x1', orgId: 'cb-b1', level: 'HTXSNV', score: 80 },
  { id: 'b1-t1', orgId: 'cb-b1', level: 'HTTNV' },
  { id: 'b1-t2', orgId: 'cb-b1', level: 'HTTNV' },
  { id: 'c-x1', orgId: 'cb-c', level: 'HTXSNV' },
  ...[1, 2, 3, 4].map((i): Row => ({ id: `c-t${i}`, orgId: 'cb-c', level: 'HTTNV' })),
  { id: 'c-n1', orgId: 'cb-c', level: 'HTNV' },
  { id: 'lone-x1', orgId: 'lone', level: 'HTXSNV' },
];

/** The review. @example `REVIEW.organizations.length // 8` */
export const REVIEW: ReviewFile = {
  format: 'xeploai/review@1',
  year: 2024,
  organizations: [
    organization('tinh', 'cap-tren'),
    organization('xa-a', 'dang-bo-co-so', { parentId: 'tinh', group: 'xa-phuong' }),
    organization('cb-a1', 'chi-bo', { parentId: 'xa-a' }),
    organization('cb-a2', 'chi-bo', { parentId: 'xa-a', group: 'truong-hoc' }),
    organization('xa-b', 'dang-bo-co-so', { parentId: 'tinh', group: 'xa-phuong' }),
    organization('cb-b1', 'chi-bo', { parentId: 'xa-b' }),
    organization('cb-c', 'chi-bo-co-so', { parentId: 'tinh' }),
    organization('lone', 'chi-bo'),
  ],
  members: ROWS.map((r): Member => {
    const posts =
      r.id === 'a1-x1' ? [{ orgId: 'xa-a', title: 'Bí thư', head: true }] : r.id === 'b1-x1' ? [{ orgId: 'xa-b', title: 'Bí thư', head: true }] : r.id === 'c-x1' ? [{ orgId: 'cb-c', title: 'Bí thư', head: true }] : undefined;
    return member(r.id, r.orgId, { name: r.id, ...(r.civil ? { civilService: { level: r.civil } } : {}), ...(posts ? { posts } : {}), ...(r.level ? { proposedLevel: r.level } : {}) });
  }),
};

/** Final levels of the members, as the engine would give them. @example `MEMBER_RESULTS[0]?.level // 'HTXSNV'` */
export const MEMBER_RESULTS: MemberResult[] = ROWS.map((r) => memberResult(r.id, r.orgId, r.level, r.score === undefined ? {} : { score: r.score }));

/** Final levels of the organizations (`tinh` not rated). @example `ORGANIZATION_RESULTS[1]?.id // 'xa-a'` */
export const ORGANIZATION_RESULTS: OrganizationResult[] = [
  organizationResult('tinh', 'cap-tren', null),
  organizationResult('xa-a', 'dang-bo-co-so', 'HTXSNV'),
  organizationResult('cb-a1', 'chi-bo', 'HTXSNV'),
  organizationResult('cb-a2', 'chi-bo', 'HTTNV'),
  organizationResult('xa-b', 'dang-bo-co-so', 'HTTNV'),
  organizationResult('cb-b1', 'chi-bo', 'HTTNV'),
  organizationResult('cb-c', 'chi-bo-co-so', 'HTTNV'),
  organizationResult('lone', 'chi-bo', 'HTXSNV'),
];

/** Final levels of the three heads. @example `LEADER_RESULTS.length // 3` */
export const LEADER_RESULTS: LeaderResult[] = [
  leaderResult('a1-x1', 'xa-a', 'HTXSNV', { score: 95 }),
  leaderResult('b1-x1', 'xa-b', 'HTXSNV', { score: 80 }),
  leaderResult('c-x1', 'cb-c', 'HTTNV'),
];

/** The three kinds of results together. @example `RESULTS.members.length` */
export const RESULTS = { members: MEMBER_RESULTS, organizations: ORGANIZATION_RESULTS, leaders: LEADER_RESULTS };

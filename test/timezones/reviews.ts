// Fixed reviews whose results hang on calendar-date boundaries, one per rule set and period kind:
// admission exactly 6 months before the review date and a day later, month-end and leap-day
// arithmetic (31 August + 6 months, 29 February + 6 months), decisions on the first and last day
// of the period and just outside it, an earlier year's violation decided on 1 January, exemptions
// from the review date, organizations founded on the boundary. A time zone that moved any date by
// a day would change a level or a finding.

import type { Discipline, Member, MemberDisciplineForm, Organization, ReviewFile } from '../../src/model/index.js';
import { member, organization } from '../../src/testing/index.js';

type MemberDiscipline = Discipline<MemberDisciplineForm>;

/** Members are admitted long ago and proposed for HTXSNV unless the case says otherwise. */
const LONG_STANDING = { admittedOn: '2005-05-05', proposedLevel: 'HTXSNV' } as const;

/** The organizations every review shares: a TCCSĐ with two chi bộ, one founded on a boundary. */
function organizations(foundedOnBoundary: string, foundedDayAfter: string): Organization[] {
  return [
    organization('xa', 'dang-bo-co-so', { name: 'Đảng bộ xã', proposedLevel: 'HTTNV' }),
    organization('cb-a', 'chi-bo', { name: 'Chi bộ A', parentId: 'xa', proposedLevel: 'HTXSNV', foundedOn: foundedOnBoundary }),
    organization('cb-b', 'chi-bo', { name: 'Chi bộ B', parentId: 'xa', proposedLevel: 'HTTNV', foundedOn: foundedDayAfter }),
  ];
}

/**
 * Members around the boundaries of a period [`start`, `end`] rated on `reviewDate`, where
 * `sixMonthsBefore` is `reviewDate` − 6 calendar months.
 */
function members(b: { readonly start: string; readonly beforeStart: string; readonly reviewDate: string; readonly sixMonthsBefore: string; readonly dayAfterSix: string; readonly year: number }): Member[] {
  const discipline = (decidedOn: string, extra: Partial<MemberDiscipline> = {}): MemberDiscipline[] => [{ form: 'khien-trach', decidedOn, ...extra }];
  return [
    member('dv-six-months', 'cb-a', { ...LONG_STANDING, admittedOn: b.sixMonthsBefore, criteria: { results: 'xuat-sac', politics: 'tot' } }),
    member('dv-day-short', 'cb-a', { ...LONG_STANDING, admittedOn: b.dayAfterSix }),
    member('dv-leap', 'cb-a', { ...LONG_STANDING, admittedOn: '2020-02-29', history: [{ year: b.year - 1, level: 'KHTNV' }] }),
    member('dv-first-day', 'cb-a', { ...LONG_STANDING, disciplines: discipline(b.start) }),
    member('dv-day-before', 'cb-a', { ...LONG_STANDING, disciplines: discipline(b.beforeStart) }),
    member('dv-review-day', 'cb-b', { ...LONG_STANDING, disciplines: discipline(b.reviewDate), posts: [{ orgId: 'cb-b', title: 'Bí thư', head: true }] }),
    member('dv-earlier-violation', 'cb-b', { ...LONG_STANDING, disciplines: discipline(b.start, { violationYear: Number(b.start.slice(0, 4)) - 1 }) }),
    member('dv-exempt-today', 'cb-b', { ...LONG_STANDING, exemption: { kind: 'mien-cong-tac-sinh-hoat', from: b.reviewDate } }),
    member('dv-suspended-today', 'cb-b', { ...LONG_STANDING, exemption: { kind: 'dinh-chi-sinh-hoat', from: b.reviewDate } }),
    member('dv-plain', 'cb-b', { ...LONG_STANDING, proposedLevel: 'HTTNV', posts: [{ orgId: 'xa', title: 'Bí thư Đảng ủy', head: true }] }),
  ];
}

/** Name → review: QĐ 132 (2020), QĐ 124 (2024, review date 15 December), QĐ 366 (2025: year, quarter 1, a term). */
export const REVIEWS: Readonly<Record<string, ReviewFile>> = {
  'qd132-2020-year': {
    format: 'xeploai/review@1',
    year: 2020,
    organizations: organizations('2020-06-30', '2020-07-01'),
    // 31 December: 30 June + 6 months = 30 December (rated); 1 July + 6 months = 1 January (not)
    members: members({ year: 2020, start: '2020-01-01', beforeStart: '2019-12-31', reviewDate: '2020-12-31', sixMonthsBefore: '2020-06-30', dayAfterSix: '2020-07-01' }),
  },
  'qd124-2024-year': {
    format: 'xeploai/review@1',
    year: 2024,
    reviewDate: '2024-12-15',
    organizations: organizations('2024-06-15', '2024-06-16'),
    members: members({ year: 2024, start: '2024-01-01', beforeStart: '2023-12-31', reviewDate: '2024-12-15', sixMonthsBefore: '2024-06-15', dayAfterSix: '2024-06-16' }),
  },
  'qd124-2024-leap': {
    format: 'xeploai/review@1',
    year: 2024,
    reviewDate: '2024-08-29',
    // 29 February + 6 months = 29 August; 31 August 2023 + 6 months = 29 February 2024 (clamped)
    organizations: organizations('2024-02-29', '2024-03-01'),
    members: members({ year: 2024, start: '2024-01-01', beforeStart: '2023-12-31', reviewDate: '2024-08-29', sixMonthsBefore: '2024-02-29', dayAfterSix: '2024-03-01' }),
  },
  'qd366-2025-year': {
    format: 'xeploai/review@1',
    year: 2025,
    reviewDate: '2025-12-20',
    organizations: organizations('2025-06-20', '2025-06-21'),
    members: members({ year: 2025, start: '2025-01-01', beforeStart: '2024-12-31', reviewDate: '2025-12-20', sixMonthsBefore: '2025-06-20', dayAfterSix: '2025-06-21' }),
  },
  'qd366-2025-quarter-1': {
    format: 'xeploai/review@1',
    year: 2025,
    period: { kind: 'quarter', quarter: 1 },
    // the review date defaults to 31 March; 30 September + 6 months = 30 March
    organizations: organizations('2024-09-30', '2024-10-01'),
    members: members({ year: 2025, start: '2025-01-01', beforeStart: '2024-12-31', reviewDate: '2025-03-31', sixMonthsBefore: '2024-09-30', dayAfterSix: '2024-10-01' }),
  },
  'qd366-2025-term': {
    format: 'xeploai/review@1',
    year: 2025,
    period: { kind: 'term', fromYear: 2021, toYear: 2025 },
    organizations: organizations('2025-06-30', '2025-07-01'),
    members: members({ year: 2025, start: '2021-01-01', beforeStart: '2020-12-31', reviewDate: '2025-12-31', sixMonthsBefore: '2025-06-30', dayAfterSix: '2025-07-01' }),
  },
};

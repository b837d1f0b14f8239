/**
 * Plain records for hand-written tests: one member, one organization, a review object from
 * records, and criteria presets. Each fills the required fields with defaults and takes the
 * facts the test is about; nothing is validated (use `parseReview` or the `review(year)` builder
 * for that).
 *
 * @module
 */
import type { Member, Organization, OrganizationKind } from '../model/index.js';
import { REVIEW_FORMAT } from '../model/schema.js';
import type { DraftReview, MemberFields, OrganizationFields } from './builder.js';

/**
 * A member record: name `Đảng viên <id>`, status `chinh-thuc` and `admittedOn` `2010-01-01`
 * unless `facts` say otherwise.
 *
 * @example
 * ```ts
 * import { member } from 'xeploai/testing';
 * const m = member('dv-1', 'cb-1', { proposedLevel: 'HTTNV' });
 * m.name; // 'Đảng viên dv-1'
 * m.admittedOn; // '2010-01-01'
 * ```
 */
export function member(id: string, orgId: string, facts: MemberFields = {}): Member {
  return { id, name: `Đảng viên ${id}`, orgId, status: 'chinh-thuc', admittedOn: '2010-01-01', ...facts };
}

/**
 * An organization record: name `Tổ chức <id>` unless `facts` say otherwise.
 *
 * @example
 * ```ts
 * import { organization } from 'xeploai/testing';
 * const cb = organization('cb-1', 'chi-bo', { parentId: 'xa', proposedLevel: 'HTTNV' });
 * cb.name; // 'Tổ chức cb-1'
 * ```
 */
export function organization(id: string, kind: OrganizationKind, facts: OrganizationFields = {}): Organization {
  return { id, name: `Tổ chức ${id}`, kind, ...facts };
}

/**
 * The header fields of a review object made by `reviewOf` (period, rule set, review date,
 * settings, quota decisions).
 *
 * @example
 * ```ts
 * import type { ReviewHeaderFields } from 'xeploai/testing';
 * const header: ReviewHeaderFields = { period: { kind: 'quarter', quarter: 2 }, settings: { headCap: 'cap' } };
 * ```
 */
export type ReviewHeaderFields = Partial<Omit<DraftReview, 'format' | 'year' | 'organizations' | 'members'>>;

/**
 * A review object (not validated) from records: rating meetings on 15 December of `year` (a date
 * inside the year, so the six-month rules are not tested on the 31 December default by accident)
 * unless `header` gives another `reviewDate`.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { member, organization, reviewOf } from 'xeploai/testing';
 * const file = reviewOf(2024, [organization('cb', 'chi-bo-co-so')], [member('dv-1', 'cb', { proposedLevel: 'HTTNV' })]);
 * file.reviewDate; // '2024-12-15'
 * evaluateReview(file).members[0]?.level; // 'HTTNV'
 * ```
 */
export function reviewOf(year: number, organizations: readonly Organization[], members: readonly Member[], header: ReviewHeaderFields = {}): DraftReview {
  return { format: REVIEW_FORMAT, year, reviewDate: `${year}-12-15`, organizations, members, ...header };
}

/**
 * The five individual criteria of QĐ 132 and QĐ 124 (`results`, `politics`, `ethics`,
 * `discipline`, `workstyle`) all graded `tot` (Tốt, good).
 *
 * @example
 * ```ts
 * import { allTot, member } from 'xeploai/testing';
 * const m = member('dv-1', 'cb', { criteria: allTot });
 * m.criteria?.results; // 'tot'
 * ```
 */
export const allTot = { results: 'tot', politics: 'tot', ethics: 'tot', discipline: 'tot', workstyle: 'tot' } as const;

/**
 * `allTot` with `results` graded `xuat-sac` (Xuất sắc, excellent): the criteria of a member
 * proposed for HTXSNV.
 *
 * @example
 * ```ts
 * import { excellent, member } from 'xeploai/testing';
 * const m = member('dv-1', 'cb', { criteria: excellent, proposedLevel: 'HTXSNV' });
 * m.criteria?.results; // 'xuat-sac'
 * ```
 */
export const excellent = { results: 'xuat-sac', politics: 'tot', ethics: 'tot', discipline: 'tot', workstyle: 'tot' } as const;

/**
 * A review object as NDJSON text (the streaming format, `xeploai/stream`): the header line (the
 * review's own fields), then one `{"organization": …}` line per organization and one
 * `{"member": …}` line per member, in the order given — to check a rule set in both engines.
 *
 * @example
 * ```ts
 * import { member, ndjsonOf, organization, reviewOf } from 'xeploai/testing';
 * const text = ndjsonOf(reviewOf(2024, [organization('cb', 'chi-bo-co-so')], [member('dv-1', 'cb')]));
 * text.split('\n').length; // 3
 * ```
 */
export function ndjsonOf(review: { readonly organizations: readonly unknown[]; readonly members: readonly unknown[] }): string {
  const { organizations, members, ...header } = review;
  return [JSON.stringify(header), ...organizations.map((o) => JSON.stringify({ organization: o })), ...members.map((m) => JSON.stringify({ member: m }))].join('\n');
}

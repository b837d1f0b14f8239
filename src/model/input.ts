/**
 * The JSON shape of a review file `xeploai/review@1` as an app writes it (`ReviewInput`), derived
 * from the zod schema's input type so that editors suggest and check every field, kind and level.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { MemberSchema, OrganizationSchema, ReviewFileSchema } from './schema.js';

/** Readonly at every level, so the library's own `ReviewFile` (and readonly app data) fits; `data` (JSON, already readonly) is kept as is. */
type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: K extends 'data' ? T[K] : DeepReadonly<T[K]> } : T;

/**
 * A review file `xeploai/review@1` as JSON data: what `evaluateReview`, `parseAndEvaluateReview`
 * and `checkReview` take. A typo in a field, a kind or a level is a type error; data of unknown
 * shape goes through `parseReview` (or `safeParseReview`) first.
 *
 * @example
 * ```ts
 * import type { ReviewInput } from 'xeploai';
 * const review = {
 *   format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02', proposedLevel: 'HTTNV' }],
 * } satisfies ReviewInput;
 * ```
 */
export type ReviewInput = DeepReadonly<z.input<typeof ReviewFileSchema>>;

/**
 * One organization of a `ReviewInput`.
 *
 * @example
 * ```ts
 * import type { OrganizationInput } from 'xeploai';
 * const org: OrganizationInput = { id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' };
 * ```
 */
export type OrganizationInput = DeepReadonly<z.input<typeof OrganizationSchema>>;

/**
 * One member of a `ReviewInput`.
 *
 * @example
 * ```ts
 * import type { MemberInput } from 'xeploai';
 * const m: MemberInput = { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb', status: 'du-bi', admittedOn: '2024-03-02' };
 * ```
 */
export type MemberInput = DeepReadonly<z.input<typeof MemberSchema>>;

/**
 * Returns its argument, typed as a `ReviewInput`: editors suggest and check the fields of a review
 * written in code, and the literal types (`'chi-bo-co-so'`, `'HTTNV'`) are kept.
 *
 * @example
 * ```ts
 * import { defineReview, evaluateReview } from 'xeploai';
 * const review = defineReview({
 *   format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2015-03-02', proposedLevel: 'HTTNV' }],
 * });
 * evaluateReview(review).members[0]?.level; // 'HTTNV'
 * ```
 */
export function defineReview<const T extends ReviewInput>(review: T): T {
  return review;
}

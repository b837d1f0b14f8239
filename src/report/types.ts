/**
 * The shapes of a roll-up: what goes in (results, with their reviews for names and the tree) and
 * what comes out (rows of counts and percentages per level, as the official report forms print them).
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Organization, OrganizationKind, Period, ReviewFile } from '../model/index.js';
import type { Message, ReviewResult } from '../rules/types.js';
import type { Rounding } from './percent.js';

/**
 * The parts of a result (`xeploai/result@1`) a roll-up reads: the year, and each member's and
 * organization's final level and findings. A whole `ReviewResult` is one.
 *
 * @example
 * ```ts
 * import type { RatedResult } from 'xeploai/report';
 * const r: RatedResult = { year: 2024, members: [], organizations: [] };
 * ```
 */
export interface RatedResult {
  readonly year: number;
  readonly period?: Period;
  readonly members: ReviewResult['members'];
  readonly organizations: ReviewResult['organizations'];
}

/**
 * The parts of a review a roll-up reads: names and the tree (`parentId`) of organizations, and,
 * for the programme metrics, the `group` of organizations and members' admission and discipline dates.
 *
 * @example
 * ```ts
 * import type { ReviewTree } from 'xeploai/report';
 * const tree: ReviewTree = { organizations: [{ id: 'xa', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so' }] };
 * ```
 */
export interface ReviewTree {
  readonly organizations: readonly Pick<Organization, 'id' | 'name' | 'kind' | 'parentId' | 'group'>[];
  readonly members?: ReviewFile['members'];
}

/**
 * One input of a roll-up: a result alone (organizations are then listed flat, without names), or
 * a result with the review it was computed from (names and the tree of organizations).
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { type RollUpInput } from 'xeploai/report';
 * import type { ReviewFile } from 'xeploai';
 * declare const review: ReviewFile;
 * const input: RollUpInput = { result: evaluateReview(review), review };
 * ```
 */
export type RollUpInput = RatedResult | { readonly result: RatedResult; readonly review?: ReviewTree };

/**
 * What the rows of a roll-up are: `parent` — each organization and every level of the tree above
 * it (commune, district, province), counting its whole subtree; `kind` — each organization kind.
 *
 * @example
 * ```ts
 * import type { RollUpBy } from 'xeploai/report';
 * const by: RollUpBy = 'kind';
 * ```
 */
export type RollUpBy = 'parent' | 'kind';

/** The row groupings. @example `ROLL_UP_BY // ['parent', 'kind']` */
export const ROLL_UP_BY = ['parent', 'kind'] as const satisfies readonly RollUpBy[];

/**
 * Options of `rollUp`: rows by parent (default) or by kind; rounding `half-up` (default) or
 * `largest-remainder`; `decimals` of each percentage (default 2).
 *
 * @example
 * ```ts
 * import type { RollUpOptions } from 'xeploai/report';
 * const options: RollUpOptions = { by: 'kind', rounding: 'largest-remainder', decimals: 1 };
 * ```
 */
export interface RollUpOptions {
  readonly by?: RollUpBy;
  readonly rounding?: Rounding;
  readonly decimals?: number;
}

/**
 * Which subjects a tally counts: `members` (đảng viên), TCCSĐ (`tccsd`: đảng bộ cơ sở and chi bộ
 * cơ sở), or organizations of one other kind (`dang-bo-bo-phan`, `chi-bo` — chi bộ trực thuộc —,
 * `cap-tren`); a roll-up by kind also has one tally per TCCSĐ kind.
 *
 * @example
 * ```ts
 * import type { TallySubjects } from 'xeploai/report';
 * const s: TallySubjects = 'tccsd';
 * ```
 */
export type TallySubjects = 'members' | 'tccsd' | OrganizationKind;

/**
 * A count and its percentage (`null` when the base is 0).
 *
 * @example
 * ```ts
 * import type { CountShare } from 'xeploai/report';
 * const c: CountShare = { count: 17, percent: 14.66 };
 * ```
 */
export interface CountShare {
  readonly count: number;
  readonly percent: number | null;
}

/**
 * A share over a named base: `count / base` in percent (rounded half-up), with a label that says
 * which base, since provincial reports print the HTXSNV share over different bases.
 *
 * @example
 * ```ts
 * import type { LabelledShare } from 'xeploai/report';
 * const s: LabelledShare = { base: 'httnv', count: 17, of: 84, percent: 20.24,
 *   label: { vi: 'HTXSNV trên số HTTNV', en: 'HTXSNV over those HTTNV' } };
 * ```
 */
export interface LabelledShare {
  readonly base: 'httnv' | 'httnv-or-better' | 'rated';
  readonly count: number;
  readonly of: number;
  readonly percent: number | null;
  readonly label: Message;
}

/**
 * Subjects not rated for one reason: the code of the `not-rated` finding (else of the `error`
 * finding, such as `no-basis`) that took them out of the rating.
 *
 * @example
 * ```ts
 * import type { NotRatedReason } from 'xeploai/report';
 * const r: NotRatedReason = { code: 'new-member', count: 2 };
 * ```
 */
export interface NotRatedReason {
  readonly code: string;
  readonly count: number;
}

/**
 * The counts of one kind of subject in one row: total, rated, not rated (with reasons), each
 * level with its percentage over those rated, HTTNV-or-better, and the HTXSNV share over each base.
 *
 * @example
 * ```ts
 * import { rollUp } from 'xeploai/report';
 * import type { ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * const tally: Tally = rollUp(result).years[0]!.rows[0]!.tallies[0]!;
 * tally.levels.HTTNV.percent;
 * ```
 */
export interface Tally {
  readonly subjects: TallySubjects;
  readonly total: number;
  readonly rated: number;
  readonly notRated: number;
  readonly notRatedReasons: readonly NotRatedReason[];
  readonly levels: Readonly<Record<Level, CountShare>>;
  /** HTXSNV and HTTNV together ("từ hoàn thành tốt nhiệm vụ trở lên"), over those rated, rounded half-up. */
  readonly httnvOrBetter: CountShare;
  /** The HTXSNV share over exactly-HTTNV (the quota base), over HTTNV-and-above, and over all rated. */
  readonly htxsnvShare: readonly [LabelledShare, LabelledShare, LabelledShare];
}

/**
 * One row of a roll-up: an organization (its whole subtree), a kind, or the total of several trees.
 *
 * @example
 * ```ts
 * import type { RollUpRow } from 'xeploai/report';
 * declare const row: RollUpRow;
 * row.tallies.find((t) => t.subjects === 'members')?.rated;
 * ```
 */
export interface RollUpRow {
  /** Organization id, kind slug (`tccsd` for both TCCSĐ kinds), or `tong-cong` for the total. */
  readonly id: string;
  readonly name: string;
  readonly row: 'organization' | 'kind' | 'total';
  /** The organization's kind (rows by parent). */
  readonly kind?: OrganizationKind;
  readonly parentId?: string;
  /** 0 for roots and kinds; 1 more for each level down the tree. */
  readonly depth: number;
  /** The organization's own level (rows by parent; `null` when not rated). */
  readonly level?: Level | null;
  /** Members first, then each group of organizations present, in a fixed order. */
  readonly tallies: readonly Tally[];
}

/**
 * The rows of one year.
 *
 * @example
 * ```ts
 * import type { YearRollUp } from 'xeploai/report';
 * declare const y: YearRollUp;
 * y.rows.length;
 * ```
 */
export interface YearRollUp {
  readonly year: number;
  /** Whether the organizations' tree was known (a review was given for every input of the year). */
  readonly tree: boolean;
  readonly rows: readonly RollUpRow[];
}

/**
 * A roll-up: the summary tables of one or more results, one entry per year, oldest first.
 *
 * @example
 * ```ts
 * import { rollUp } from 'xeploai/report';
 * import type { ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * const r: RollUp = rollUp(result, { by: 'kind' });
 * r.years[0]?.rows[0]?.id; // 'tccsd'
 * ```
 */
export interface RollUp {
  readonly by: RollUpBy;
  readonly rounding: Rounding;
  readonly decimals: number;
  readonly years: readonly YearRollUp[];
}

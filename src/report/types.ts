/**
 * The shapes of a roll-up: what goes in (results, with their reviews for names and the tree) and
 * what comes out (rows of counts and percentages per level, as the official report forms print them).
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Organization, OrganizationKind, OrganizationType, Period, ReviewFile } from '../model/index.js';
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
  readonly organizations: readonly Pick<Organization, 'id' | 'name' | 'kind' | 'parentId' | 'group' | 'type'>[];
  readonly members?: ReviewFile['members'];
}

/**
 * One input of a roll-up: a result alone (a result@1 written by this library carries the names,
 * tree and types it needs; an older one without them lists organizations flat, by id), or a
 * result with the review it was computed from.
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
 * it (commune, district, province), counting its whole subtree; `kind` — each organization kind;
 * `type` — each loại hình of TCCSĐ (organization `type`: xã, phường, cơ quan, doanh nghiệp…).
 *
 * @example
 * ```ts
 * import type { RollUpBy } from 'xeploai/report';
 * const by: RollUpBy = 'type';
 * ```
 */
export type RollUpBy = 'parent' | 'kind' | 'type';

/** The row groupings. @example `ROLL_UP_BY // ['parent', 'kind', 'type']` */
export const ROLL_UP_BY = ['parent', 'kind', 'type'] as const satisfies readonly RollUpBy[];

/**
 * Options of `rollUp`: rows by parent (default), by kind or by type; rounding `half-up`
 * (default), `truncate` or `largest-remainder`; `decimals` of each percentage (default 2), and
 * per table (`tableDecimals`: e.g. TCCSĐ with 2, members with 1); `depth`: the rows nested at
 * most that many levels below the top (deeper units still count in the rows above them).
 *
 * @example
 * ```ts
 * import type { RollUpOptions } from 'xeploai/report';
 * const options: RollUpOptions = { by: 'type', rounding: 'truncate', decimals: 2, tableDecimals: { members: 1 }, depth: 1 };
 * ```
 */
export interface RollUpOptions {
  readonly by?: RollUpBy;
  readonly rounding?: Rounding;
  readonly decimals?: number;
  readonly tableDecimals?: Readonly<Partial<Record<TallySubjects, number>>>;
  readonly depth?: number;
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
 * A share over a named base: `count / base` in percent (under the roll-up's rounding), with a
 * label that says which base, since provincial reports print the HTXSNV share over different
 * bases: exactly-HTTNV (the quota base), HTTNV-and-above, or all rated.
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
  /** Decimals of this tally's percentages (its table's precision). */
  readonly decimals: number;
  readonly total: number;
  readonly rated: number;
  readonly notRated: number;
  /**
   * Shares of all the subjects (`total`, exempt and not reviewed included), as reports print
   * "được đánh giá, xếp loại" and "miễn đánh giá": rated; exempt (outside the rating by a rule of
   * the texts: miễn công tác, đình chỉ, mới kết nạp, mới thành lập…); not reviewed though they
   * should have been (review@1 `notReviewed`); and without a basis (`no-basis`).
   */
  readonly ofTotal: { readonly rated: CountShare; readonly exempt: CountShare; readonly notReviewed: CountShare; readonly noBasis: CountShare };
  readonly notRatedReasons: readonly NotRatedReason[];
  readonly levels: Readonly<Record<Level, CountShare>>;
  /** HTXSNV and HTTNV together ("từ hoàn thành tốt nhiệm vụ trở lên"), over those rated (never a second value for a count a level cell already shows over the same base). */
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
  /** Organization id, kind slug (`tccsd` for both TCCSĐ kinds), type slug (`chua-phan-loai` for TCCSĐ without a type), or `tong-cong` for the total. */
  readonly id: string;
  readonly name: string;
  readonly row: 'organization' | 'kind' | 'type' | 'total';
  /** The organization's kind (rows by parent). */
  readonly kind?: OrganizationKind;
  /** The organization's type (rows by parent, when given). */
  readonly type?: OrganizationType;
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
  /**
   * The unit the year's figures are about, when the tree is known: the one root organization, or,
   * below a superior that is not rated, its one child (a đảng bộ xã filed under its huyện).
   */
  readonly unit?: { readonly id: string; readonly name: string };
  /** Members who should have been reviewed but were not, in input order, with the reason. */
  readonly notReviewed: readonly NotReviewedMember[];
}

/**
 * A member who should have been reviewed but was not (review@1 `notReviewed`), for the list
 * under a roll-up: the reason as the review gives it (else the finding's message).
 *
 * @example
 * ```ts
 * import type { NotReviewedMember } from 'xeploai/report';
 * const m: NotReviewedMember = { id: 'dv-7', name: 'Lê Văn Bình', orgId: 'cb', orgName: 'Chi bộ thôn 1',
 *   reason: { vi: 'Đi lao động ở nước ngoài', en: 'Đi lao động ở nước ngoài' } };
 * ```
 */
export interface NotReviewedMember {
  readonly id: string;
  readonly name: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly reason: Message;
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
  /** The default precision; each tally says its own (`Tally.decimals`). */
  readonly decimals: number;
  readonly years: readonly YearRollUp[];
}

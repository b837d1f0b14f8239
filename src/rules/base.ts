/**
 * The shapes below the rule set, which import nothing: citations and rule texts, level counts,
 * the member aggregates an organization's rules read (`OrganizationFacts`), parameters by review
 * year and the unit checks' parameters. `RuleSet` (types.ts), the shared mechanisms and the
 * unit checks all build on them, so none of those imports another in a loop.
 *
 * @module
 */

/**
 * Where a rule comes from: a document and an article (điều, khoản, điểm; or mục, tiết for guidance).
 *
 * @example
 * ```ts
 * const cite: Citation = { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' };
 * ```
 */
export interface Citation {
  readonly doc: string;
  readonly article: string;
  /** Why the citation is partial, a reused number's year, or how a gap was read. */
  readonly note?: string;
}

/** A message in Vietnamese and English. @example `const m: Message = { vi: 'Xin chào', en: 'Hello' };` */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/**
 * A rule as data: its citation, message and whether it rests on an assumption.
 * Rule sets keep these in `rules.ts`/`params.ts` tables; findings are built from them.
 *
 * @example
 * ```ts
 * const rule: RuleText = {
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' }, assumption: false,
 *   message: { vi: 'Đảng viên được miễn công tác và sinh hoạt đảng', en: 'Member exempt from party work' },
 * };
 * ```
 */
export interface RuleText {
  readonly cite: Citation;
  readonly assumption: boolean;
  readonly message: Message;
}

/** Counts of one kind of subject in a result summary. @example `const c: LevelCounts = { rated: 2, notRated: 1, HTXSNV: 0, HTTNV: 2, HTNV: 0, KHTNV: 0 };` */
export interface LevelCounts {
  rated: number;
  notRated: number;
  HTXSNV: number;
  HTTNV: number;
  HTNV: number;
  KHTNV: number;
}

/**
 * Whether a group of subjects has a discipline decision counting in the period: any at all,
 * any not self-detected and remedied, any from cảnh cáo up.
 *
 * @example
 * ```ts
 * const flags: DisciplineFlags = { any: true, notSelfDetected: false, fromCanhCao: false };
 * ```
 */
export interface DisciplineFlags {
  readonly any: boolean;
  readonly notSelfDetected: boolean;
  readonly fromCanhCao: boolean;
  /** A duty-related violation (`dutyRelated` not false), not self-detected (QĐ 366 khoản 4, c2). */
  readonly duty?: boolean;
  /** A duty-related violation self-detected and remedied: left to the competent level. */
  readonly dutySelfDetected?: boolean;
  /** A violation the record says is not duty-related (`dutyRelated: false`). */
  readonly notDuty?: boolean;
  /** Tham nhũng, lãng phí, tiêu cực (`corruption`), not detected by the leader (QĐ 366 l5). */
  readonly corruption?: boolean;
  /** The same, detected and handled by the leader (`detectedByLeader`): left to the competent level. */
  readonly corruptionDetected?: boolean;
  /** A conclusion of degradation (`suy-thoai`) on a member (QĐ 366 c3). */
  readonly degradation?: boolean;
}

/**
 * Aggregates about one organization's members.
 *
 * @example
 * ```ts
 * declare const facts: OrganizationFacts;
 * facts.members.HTTNV; // rated members of this organization at HTTNV
 * ```
 */
export interface OrganizationFacts {
  /** Members whose `orgId` is this organization: rated, not rated, count per level. */
  readonly members: LevelCounts;
  /** Discipline flags of those members. */
  readonly memberCases: DisciplineFlags;
  /** Discipline flags of its leadership collective (the members holding a post here). */
  readonly leadership: DisciplineFlags;
  /**
   * The same flags with each discipline counted for the unit where its violation happened
   * (`orgIdAtViolation`; absent: the member's unit): the cases of this organization's members
   * committed here, plus those of members of other organizations committed here; the leadership
   * collective's cases committed at its members' current unit only (review@1 records no former
   * posts). Rules that attribute a violation to the old unit (QĐ 124 Điều 12 k4 4.6–4.7) read
   * these through `casesOf`.
   */
  readonly atViolationUnit: { readonly memberCases: DisciplineFlags; readonly leadership: DisciplineFlags };
}

/**
 * One variant of a rule set's parameters, in force from `fromYear` until the next variant.
 *
 * @example
 * ```ts
 * const v: YearParams<{ months: number }> = { fromYear: 2019, params: { months: 6 } };
 * ```
 */
export interface YearParams<P> {
  readonly fromYear: number;
  readonly params: P;
}

/**
 * The variants of some parameters by review year, oldest first (a table, not scattered `if`s).
 *
 * @example
 * ```ts
 * const table: ParamsByYear<string> = [{ fromYear: 2018, params: 'HD 16' }, { fromYear: 2019, params: 'HD 21' }];
 * ```
 */
export type ParamsByYear<P> = readonly YearParams<P>[];

/**
 * What a rule set says about the unit checks: the quota text it cites for each kind of subject,
 * and the texts behind the cross-regime checks.
 *
 * `assumption` on a quota `RuleText` says whether the *pool* that text is applied to is assumed
 * (e.g. QĐ 124 names no pool for collectives or leaders); the quota settings' own assumptions come
 * from the rule set's `settings` specs.
 *
 * @example
 * ```ts
 * import { qd124Checks } from 'xeploai/rules/qd124-2023';
 * const params: UnitCheckParams = qd124Checks;
 * params.quota.members.cite.article; // 'Điều 12, khoản 1'
 * ```
 */
export interface UnitCheckParams {
  readonly quota: {
    readonly members: RuleText;
    readonly organizations: RuleText;
    readonly leaders: RuleText;
    /** The highest `quotaPercent` the rule set allows with a decision of the competent level. */
    readonly maxPercent: number;
    /**
     * The highest rule-set-wide `quotaPercent` (setting), where the texts allow more only for the
     * pools a recorded decision names (QĐ 366: 20, and 25 by `quotaDecisions`). Absent: `maxPercent`.
     */
    readonly settingMaxPercent?: number;
  };
  /**
   * The CBCCVC HTXSNV share against the party HTXSNV share (NĐ 90/2020 Điều 2 as amended by
   * NĐ 48/2023). Absent: the library's default text `CIVIL_SERVICE_SHARE_TEXT` is used.
   */
  readonly civilServiceShare?: RuleText;
  /**
   * Variants by review year, oldest first (QĐ 132: HD 16 for 2018), each a whole set of these
   * params; the checks use the one in force for the review's year (`checkParamsForYear`). Absent:
   * these params for every year.
   */
  readonly byYear?: ParamsByYear<UnitCheckParams>;
}

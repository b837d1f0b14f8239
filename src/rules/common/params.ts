/**
 * The shapes of the cited data a rule set supplies to the shared mechanisms. Two rule sets
 * differ by the values of these objects, not by code.
 *
 * @module
 */
import type { Level } from '../../levels.js';
import type { Grade, MemberConclusion, OrganizationKind } from '../../model/index.js';
import type { RuleText } from '../types.js';

/**
 * One row of a criteria → level table: the level holds when the results criteria reach
 * `results` and every other criterion reaches `others`.
 *
 * @example
 * ```ts
 * const row: GradeRow = { level: 'HTTNV', results: 'tot', others: 'trung-binh', rule: {
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 2' }, assumption: false,
 *   message: { vi: 'Các tiêu chí từ Trung bình trở lên, kết quả từ Tốt trở lên', en: 'All criteria Average or better; results Good or better' } } };
 * ```
 */
export interface GradeRow {
  readonly level: Exclude<Level, 'KHTNV'>;
  readonly results: Grade;
  readonly others: Grade;
  readonly rule: RuleText;
}

/**
 * A criteria → level table (Điều 12 for QĐ 124; tiết 1.3/2.3 of HD 21 for QĐ 132).
 *
 * @example
 * ```ts
 * declare const table: GradingTable;
 * table.resultsIds; // ['results']
 * ```
 */
export interface GradingTable {
  /** The criteria that count as "results" criteria (graded against `results` of each row). */
  readonly resultsIds: readonly string[];
  /** Best first; a subject meeting no row is KHTNV. */
  readonly rows: readonly GradeRow[];
  /** Any criterion graded Kém ⇒ KHTNV. */
  readonly kem: RuleText;
  /** Criteria that meet no row (but none is Kém). */
  readonly belowAll: RuleText;
}

/**
 * A condition on tasks that a level needs (shares over `assigned`, compared in integers).
 *
 * @example
 * ```ts
 * const c: TaskCondition = { level: 'HTXSNV', onTimePercent: 100, exceededPercent: 50, rule: {
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 1' }, assumption: false,
 *   message: { vi: '100% chỉ tiêu đúng tiến độ, ít nhất 50% vượt mức', en: '100% on time, at least 50% exceeded' } } };
 * ```
 */
export interface TaskCondition {
  readonly level: Exclude<Level, 'KHTNV'>;
  /** completed ≥ p % of assigned. */
  readonly completedPercent?: number;
  /** onTime ≥ p % of assigned. */
  readonly onTimePercent?: number;
  /** exceeded ≥ p % of assigned. */
  readonly exceededPercent?: number;
  /** (assigned − onTime) ≤ p % of assigned. */
  readonly maxLatePercent?: number;
  readonly rule: RuleText;
}

/**
 * How discipline decisions count for the subject who was disciplined.
 *
 * @example
 * ```ts
 * declare const d: DisciplineParams;
 * d.selfDetectedException; // true under QĐ 124 (điểm 4.3 d)
 * ```
 */
export interface DisciplineParams {
  /** Disciplined in the review period ⇒ KHTNV. */
  readonly inPeriod: RuleText;
  /** Whether "tự phát hiện và khắc phục xong hậu quả" exempts the subject. */
  readonly selfDetectedException: boolean;
  /**
   * The finding for a self-detected and remedied discipline: with the exception, why it does not
   * count (`discipline-self-detected`); without it, why it still counts (`discipline-self-detected-counted`).
   */
  readonly selfDetected: RuleText;
  /** Earlier-year violation decided (or made heavier) in the period: the superior re-rates that year. Absent where the texts have no re-rating. */
  readonly reRate?: RuleText;
  /** A violation at another unit counts against that unit's result. */
  readonly otherUnit?: RuleText;
  /** «một vi phạm … chỉ tính một lần»: a violation whose year was already rated KHTNV does not count again. */
  readonly countedOnce?: RuleText;
}

/**
 * The rules a rule set applies to members, as cited data.
 *
 * @example
 * ```ts
 * declare const p: MemberParams;
 * p.newMember.months; // 6
 * ```
 */
export interface MemberParams {
  readonly exempt: RuleText;
  /** Absent when suspended members are still rated (HD 16, 2018). */
  readonly suspended?: RuleText;
  /** Where `suspended` is absent: the `info` finding saying a suspended member is still rated. */
  readonly suspendedRated?: RuleText;
  /**
   * Members admitted less than `months` before the review date are not rated. `reviewed: true`
   * when they still take part in the review (kiểm điểm) though not rated (HD 21 tiểu mục 6);
   * absent or false when they are neither reviewed nor rated.
   */
  readonly newMember: { readonly months: number; readonly reviewed?: boolean; readonly rule: RuleText };
  readonly grading: GradingTable;
  readonly taskConditions: readonly TaskCondition[];
  readonly tasksNotGiven: RuleText;
  /** A conclusion of a competent authority ⇒ KHTNV (every kind, unless `conclusionKinds` narrows it). */
  readonly conclusions: RuleText;
  /**
   * The conclusion kinds the texts list as KHTNV triggers; any other kind given is a `warning`
   * (`conclusion-not-listed`, rule `other`). Absent: every kind is a trigger.
   */
  readonly conclusionKinds?: { readonly kinds: readonly MemberConclusion[]; readonly other: RuleText };
  readonly discipline: DisciplineParams;
  /**
   * «chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ»: `cap` ⇒ KHTNV; `warning` where the text is not
   * verified. `forceMajeureException: false` where the text states no force-majeure exception
   * (absent: `tasks.forceMajeure` exempts, as for organizations).
   */
  readonly targetsBelowHalf: { readonly effect: 'cap' | 'warning'; readonly forceMajeureException?: boolean; readonly rule: RuleText };
  readonly sickLeave: { readonly minDays: number; readonly cap: Level; readonly rule: RuleText };
  readonly maternity: RuleText;
  readonly civilService: CivilServiceParams;
  readonly proposed: RuleText;
  readonly noBasis: RuleText;
  readonly consecutiveKhtnv: RuleText;
  /** For members holding a post: two KHTNV years are a ground for dismissal. */
  readonly consecutiveKhtnvCadre: RuleText;
}

/**
 * How the member's CBCCVC level bounds the party level (`civilServiceCap`).
 *
 * @example
 * ```ts
 * declare const c: CivilServiceParams;
 * c.ties.HTXSNV; // the text that requires CBCCVC HTXSNV for party HTXSNV (QĐ 132)
 * ```
 */
export interface CivilServiceParams {
  /** With `civilServiceCap: 'cap'`: for each party level, the text requiring the CBCCVC level to reach it. */
  readonly ties: Partial<Record<Level, RuleText>>;
  /** CBCCVC KHTNV ⇒ party KHTNV, where the texts say so. */
  readonly khtnv?: RuleText;
  /** The warning when the party level is above the CBCCVC level and no tie is applied. */
  readonly mismatch: RuleText;
}

/**
 * The rules a rule set applies to party organizations, as cited data.
 *
 * @example
 * ```ts
 * declare const p: OrganizationParams;
 * p.disciplinedUnitsShare.percent; // 20 — "trên 20%"
 * ```
 */
export interface OrganizationParams {
  readonly newOrganization: { readonly months: number; readonly rule: RuleText };
  readonly aboveGrassrootsWithoutBasis: RuleText;
  readonly grading: GradingTable;
  readonly taskConditions: readonly TaskCondition[];
  readonly tasksNotGiven: RuleText;
  /** No HTXSNV when a subordinate unit or a leadership member was disciplined (no exception). Absent where the texts have no such bar. */
  readonly barHtxsnv?: RuleText;
  /** No HTTNV when one was disciplined, except self-detected and remedied. Absent where the texts have no such bar. */
  readonly barHttnv?: RuleText;
  /** `collectiveHtnvRequiresNoDiscipline`: the HTNV row repeats the bar. */
  readonly barHtnv?: RuleText;
  /** «Có đơn vị trực thuộc xảy ra vụ việc … bị xử lý kỷ luật» (`subordinateDisciplineKhtnv`). */
  readonly subordinateCase: RuleText;
  /** The organization itself (its leadership collective) disciplined in the period ⇒ KHTNV. */
  readonly selfDisciplined: RuleText;
  /** «có trên 20% số đơn vị trực thuộc bị kỷ luật» ⇒ KHTNV (strict). */
  readonly disciplinedUnitsShare: { readonly percent: number; readonly rule: RuleText };
  /** «dưới 50% chỉ tiêu … và chỉ tiêu chủ yếu không đạt (trừ bất khả kháng)» ⇒ KHTNV. */
  readonly targetsBelowHalf: RuleText;
  readonly conclusions: RuleText;
  /** A rule on the leadership collective's own rating, reported as info (docs/guides/formats.md §1). */
  readonly leadershipCollective?: { readonly minForm: 'khien-trach' | 'canh-cao'; readonly rule: RuleText };
  /** A member's violation committed here and disciplined elsewhere counts here. Absent where the texts say nothing. */
  readonly otherUnitViolation?: RuleText;
  readonly linkage: LinkageParams;
  readonly proposed: RuleText;
  readonly noBasis: RuleText;
  readonly consecutiveKhtnv: RuleText;
  /** What follows from KHTNV (e.g. củng cố, kiện toàn): an `info` finding `khtnv-consequence` on a KHTNV organization. */
  readonly khtnvConsequence?: RuleText;
}

/**
 * Thresholds tying an organization's level to its members' (chi bộ) or subordinate
 * organizations' (đảng bộ) levels, and to same-level bodies (HD 21 tiết 1.3).
 *
 * @example
 * ```ts
 * declare const l: LinkageParams;
 * l.rows[0]?.atLeastHttnvPercent; // 80 for HTXSNV
 * ```
 */
export interface LinkageParams {
  readonly rows: readonly {
    readonly level: Exclude<Level, 'KHTNV'>;
    /** Share of rated members / subordinate organizations at HTNV or above. */
    readonly atLeastHtnvPercent: number;
    /** Share at HTTNV or above. */
    readonly atLeastHttnvPercent: number;
    /** Every same-level body must be at this level or above. */
    readonly sameLevelBodiesAtLeast: Level;
    readonly rule: RuleText;
  }[];
  readonly sameLevelBodiesNotGiven: RuleText;
  /** The organization kinds the thresholds apply to (HD 21 tiết 1.3: TCCSĐ, chi bộ trực thuộc, đảng bộ bộ phận); absent: every kind. */
  readonly kinds?: readonly OrganizationKind[];
  /**
   * Shares are taken over the rated members / organizations only: when some linked subjects are
   * not rated, an `info` finding `linkage-rated-only` says so (with this rule's assumption flag).
   */
  readonly ratedOnly?: RuleText;
}

/**
 * The rules a rule set applies to heads (cá nhân giữ chức vụ lãnh đạo, quản lý) for the unit they lead.
 *
 * @example
 * ```ts
 * declare const p: LeaderParams;
 * p.headAboveUnit.cite.doc;
 * ```
 */
export interface LeaderParams {
  /** «Địa phương, tổ chức … do mình trực tiếp lãnh đạo … dưới 50% số chỉ tiêu» ⇒ KHTNV. Absent where the texts put it on the collective only. */
  readonly unitBelowHalf?: RuleText;
  /** Conditions on the unit led, per level (QĐ 89 for HTTNV). */
  readonly unitConditions: readonly (TaskCondition & { readonly subordinatesAtLeast?: Level })[];
  readonly unitTasksNotGiven: RuleText;
  readonly headAboveUnit: RuleText;
  readonly unitNotRated: RuleText;
}

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
 * «hoàn thành dưới X% số chỉ tiêu, nhiệm vụ …» as data: QĐ 124 (under 50 % **and** main targets
 * missed, force majeure lifts it) and QĐ 366 (under 70 %, or the 5 basic indicators missed; force
 * majeure leaves it to the competent level). Compared in integers: `100·completed < belowPercent·assigned`.
 *
 * @example
 * ```ts
 * const s: TaskShortfall = { code: 'targets-below-half', belowPercent: 50, withMainTargetsMissed: true, forceMajeure: 'lifts', rule: {
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.1 b' }, assumption: false,
 *   message: { vi: 'Dưới 50% chỉ tiêu và chỉ tiêu chủ yếu không đạt', en: 'Under 50% of targets and main targets missed' } } };
 * ```
 */
export interface TaskShortfall {
  /** The finding's code, e.g. `targets-below-half`. */
  readonly code: string;
  /** KHTNV when completed is under this share of assigned («dưới»: strict). */
  readonly belowPercent: number;
  /** Only together with `tasks.mainTargetsMissed` («và có các chỉ tiêu chủ yếu không đạt»). */
  readonly withMainTargetsMissed: boolean;
  /** `tasks.basicIndicatorsMissed` is a case on its own (QĐ 366: «không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản»); absent: not a case. */
  readonly basicIndicators?: RuleText;
  /** `tasks.forceMajeure`: `'lifts'` — the case does not apply; `{ decision }` — the competent level decides (`decision-required`). */
  readonly forceMajeure: 'lifts' | { readonly decision: RuleText };
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
  /**
   * A violation at another unit (`orgIdAtViolation`) counts for that unit and never for the new
   * one: a `counts-for-other-unit` warning on the member (the organization side is
   * `OrganizationParams.otherUnitViolation`).
   */
  readonly otherUnit?: RuleText;
  /** Violations at both units, each counted for its own unit: replaces `otherUnit` when the member's records in the period name two or more units. */
  readonly bothUnits?: RuleText;
  /** «một vi phạm … chỉ tính một lần»: a violation whose year was already rated KHTNV does not count again. */
  readonly countedOnce?: RuleText;
  /**
   * Where the texts leave a self-detected and remedied violation to the competent level (QĐ 366):
   * no cap, a `decision-required` finding citing this text. Absent: `selfDetectedException` decides.
   */
  readonly selfDetectedDecision?: RuleText;
  /**
   * Only violations related to the person's duties count (QĐ 366: «vi phạm liên quan đến chức
   * trách, nhiệm vụ …»): a record with `dutyRelated: false` does not cap, with an `info` finding
   * citing this text. Absent: every discipline counts.
   */
  readonly dutyRelatedOnly?: RuleText;
  /** An earlier violation decided in the period: the cadre-work consequence, as an `info` finding. Absent: none. */
  readonly cadreWork?: RuleText;
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
  /** A member who should have been reviewed but was not (`notReviewed`): the text saying who must be reviewed and rated. */
  readonly notReviewed: RuleText;
  /** Criteria → level; absent where criteria are not a basis (QĐ 366 rates on a score). */
  readonly grading?: GradingTable;
  /** The 100-point score → level (QĐ 366); absent where the rule set grades criteria. */
  readonly score?: ScoreParams;
  /** The review form of each subject group (HD 43: Mẫu 2A, 2B, 2C), as an `info` finding; absent: none. */
  readonly reviewForms?: { readonly leader: RuleText; readonly nonLeader: RuleText; readonly outsideSystem: RuleText };
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
  /** `notCapped`: the `info` finding when the setting `sickLeaveCap` is off (QĐ 366: rated on the work actually done). */
  readonly sickLeave: { readonly minDays: number; readonly cap: Level; readonly rule: RuleText; readonly notCapped?: RuleText };
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
 * p.disciplinedUnitsShare?.percent; // 20 — "trên 20%"
 * ```
 */
export interface OrganizationParams {
  /** Absent where no text excludes new organizations (QĐ 366: a `new-organization` info finding, `newOrganizationNote`). */
  readonly newOrganization?: { readonly months: number; readonly rule: RuleText };
  /** An `info` finding for an organization founded less than `months` before the review, rated as usual. */
  readonly newOrganizationNote?: { readonly months: number; readonly rule: RuleText };
  readonly aboveGrassrootsWithoutBasis: RuleText;
  /** Criteria → level; absent where criteria are not a basis (QĐ 366). */
  readonly grading?: GradingTable;
  /** The 100-point score → level (QĐ 366); absent where the rule set grades criteria. */
  readonly score?: ScoreParams;
  /** The collective's review form (HD 43 Mẫu 01), as an `info` finding; absent: none. */
  readonly reviewForm?: RuleText;
  readonly taskConditions: readonly TaskCondition[];
  readonly tasksNotGiven: RuleText;
  /** No HTXSNV when a subordinate unit or a leadership member was disciplined (no exception). Absent where the texts have no such bar. */
  readonly barHtxsnv?: RuleText;
  /** No HTTNV when one was disciplined, except self-detected and remedied. Absent where the texts have no such bar. */
  readonly barHttnv?: RuleText;
  /** `collectiveHtnvRequiresNoDiscipline`: the HTNV row repeats the bar. */
  readonly barHtnv?: RuleText;
  /** «Có đơn vị trực thuộc xảy ra vụ việc … bị xử lý kỷ luật» (`subordinateDisciplineKhtnv`); absent where no text has it (QĐ 366). */
  readonly subordinateCase?: RuleText;
  /** The organization itself disciplined in the period: `cap` ⇒ KHTNV (QĐ 124 4.1 c); `warning` where the text names no such case (QĐ 366). */
  readonly selfDisciplined: { readonly effect: 'cap' | 'warning'; readonly rule: RuleText };
  /** «có trên 20% số đơn vị trực thuộc bị kỷ luật» ⇒ KHTNV (strict); absent where no text has it (QĐ 366). */
  readonly disciplinedUnitsShare?: { readonly percent: number; readonly rule: RuleText };
  /** «dưới X% chỉ tiêu, nhiệm vụ …» ⇒ KHTNV (QĐ 124 4.1 b; QĐ 366 khoản 4, c4). */
  readonly taskShortfall: TaskShortfall;
  /** A conclusion of a competent authority on the organization ⇒ KHTNV. */
  readonly conclusions: RuleText;
  /**
   * The KHTNV cases of the leadership collective applied to the organization (QĐ 366 khoản 4, c2–c3):
   * a post holder disciplined for a duty-related violation (`discipline`; self-detected → `decision`;
   * `dutyRelated: false` read as outside the collective's remit → `notDutyRelated`, an assumption),
   * or concluded to show degradation (`degradation`). Absent: not applied (QĐ 132, 124).
   */
  readonly leadershipCases?: {
    readonly discipline: RuleText;
    readonly decision: RuleText;
    readonly notDutyRelated: RuleText;
    readonly degradation: RuleText;
  };
  /** A rule on the leadership collective's own rating, reported as info (docs/guides/formats.md §1). */
  readonly leadershipCollective?: {
    readonly minForm: 'khien-trach' | 'canh-cao';
    /** «(trừ trường hợp tự phát hiện và khắc phục xong hậu quả)»: a self-detected and remedied case does not count (QĐ 124). */
    readonly exceptSelfDetected?: boolean;
    readonly rule: RuleText;
  };
  /**
   * A member's violation committed here and disciplined elsewhere counts here, as a case of one of
   * this organization's members, and never at the member's new unit (every collective rule reads
   * `OrganizationFacts.atViolationUnit`); a `counts-for-other-unit` warning names it. Absent where
   * the texts say nothing: a discipline then counts at the member's current unit.
   */
  readonly otherUnitViolation?: RuleText;
  /** As `otherUnitViolation`, cited instead when the member's violations are at several units. */
  readonly bothUnitsViolation?: RuleText;
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
  /**
   * Which posts are rated and how: `'heads'` — one `leaders[]` entry per head post, starting from
   * the member's result (QĐ 132, 124); `'post-holders'` — every leadership post (head or deputy)
   * gets an entry, and a post holder's `members[]` entry is rated as a leader on the primary post,
   * after the units (QĐ 366 Điều 11 k1.2, Mẫu 2A).
   */
  readonly posts: 'heads' | 'post-holders';
  /** «Địa phương, tổ chức … do mình trực tiếp lãnh đạo … hoàn thành dưới X% …» ⇒ KHTNV. Absent where the texts put it on the collective only. */
  readonly unitShortfall?: TaskShortfall;
  /** «có trên X% tổng số … đơn vị … phụ trách … bị xếp loại KHTNV» (strict; over every organization directly under the unit led). Absent: not a case. */
  readonly subordinatesKhtnv?: { readonly percent: number; readonly rule: RuleText };
  /** «Có trên X% số phiếu tín nhiệm thấp» (strict). Absent: not a case. */
  readonly lowConfidence?: { readonly percent: number; readonly rule: RuleText };
  /** A case of corruption disciplined in the scope led ⇒ KHTNV; `decision` when `detectedByLeader`. Absent: not a case. */
  readonly corruptionInScope?: { readonly rule: RuleText; readonly decision: RuleText };
  /** The conclusion kinds that are KHTNV for a leader (QĐ 366 l4: suy thoái only); absent: the member's own list. */
  readonly conclusionKinds?: { readonly kinds: readonly MemberConclusion[]; readonly other: RuleText };
  /** A deputy's field rated on the organization's tasks because the post gives none (an assumption). */
  readonly unitTasksFromOrganization?: RuleText;
  /** Conditions on the unit led, per level (QĐ 89 for HTTNV). */
  readonly unitConditions: readonly (TaskCondition & { readonly subordinatesAtLeast?: Level })[];
  readonly unitTasksNotGiven: RuleText;
  readonly headAboveUnit: RuleText;
  readonly unitNotRated: RuleText;
}

/**
 * A score band: the level a score indicates when it is at least `minTenths` tenths of a point.
 *
 * @example
 * ```ts
 * import { qd366ScoreBands, type ScoreBand } from 'xeploai/rules/qd366-2025';
 * const htxsnv: ScoreBand = qd366ScoreBands[0]!;
 * htxsnv.minTenths; // 900
 * ```
 */
export interface ScoreBand {
  readonly level: Level;
  /** Lowest score of the band in integer tenths (90 points = 900). */
  readonly minTenths: number;
  readonly rule: RuleText;
}

/**
 * The non-score conditions a level needs: tasks, and for HTXSNV the shortcomings remedied and,
 * for a collective, no discipline below it.
 *
 * @example
 * ```ts
 * import { qd366IndividualConditions, type LevelConditions } from 'xeploai/rules/qd366-2025';
 * const httnv: LevelConditions = qd366IndividualConditions[1]!;
 * httnv.tasks.onTimePercent; // 100
 * ```
 */
export interface LevelConditions {
  readonly level: Exclude<Level, 'KHTNV'>;
  readonly tasks: TaskCondition;
  /** «Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)». */
  readonly shortcomings?: RuleText;
  /** No subordinate unit or leadership-collective member disciplined in the period. */
  readonly noDiscipline?: RuleText;
}

/**
 * A rule set's 100-point basis as cited data.
 *
 * @example
 * ```ts
 * import { qd366MemberParams } from 'xeploai/rules/qd366-2025';
 * qd366MemberParams.score?.bands.map((b) => b.minTenths); // [900, 700, 500, 0]
 * ```
 */
export interface ScoreParams {
  /** Best first; the last band catches every lower score. */
  readonly bands: readonly ScoreBand[];
  /** The conditions of each level besides the score, on the subject's own tasks (best first). */
  readonly conditions: readonly LevelConditions[];
  /** `over90FailingConditions`: a score in a band whose other conditions fail. */
  readonly bandConditionsNotMet: RuleText;
  /** Criterion grades given though they are not a basis under this rule set. */
  readonly criteriaNotBasis: RuleText;
}

/**
 * The programme document `xeploai/programme@1` (docs/guides/formats.md §3) and the shapes of its evaluation.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { OrganizationKind, ReviewFile } from '../model/index.js';
import type { Citation, Message } from '../rules/types.js';
import type { RatedResult, ReviewTree } from '../report/types.js';
import type { IndicatorUnit, MetricId } from './metrics.js';

export type { IndicatorUnit } from './metrics.js';

/** Whether higher is better (`at-least`) or lower is (`at-most`). @example `const d: IndicatorDirection = 'at-most';` */
export type IndicatorDirection = 'at-least' | 'at-most';

/** Values by year, keyed by the year written as a string (`"2024"`), as in JSON. @example `const t: YearValues = { '2024': 88, '2025': 90 };` */
export type YearValues = Readonly<Record<string, number>>;

/**
 * One indicator (chỉ tiêu) of a programme: yearly targets, and actuals computed by a `metric` from
 * the results or entered as `actuals` (entered values win for the years they give).
 *
 * `strict: true` reads the target as strict ("trên 90%": 90.0 % is not enough; "dưới" for
 * `at-most`). `denominators` gives, per year, the whole a percentage is taken of when the results
 * cannot give it (the number of thôn, tổ dân phố for the `thon.*` metrics).
 *
 * @example
 * ```ts
 * const i: Indicator = {
 *   id: 'dv-httnv-tro-len', title: 'Tỷ lệ đảng viên xếp loại HTTNV trở lên', unit: 'percent',
 *   direction: 'at-least', strict: true, targets: { '2024': 90, '2025': 90 },
 *   metric: 'members.httnv-or-better.percent',
 *   cite: { doc: '21-NQ/TW', article: 'Mục tiêu' },
 * };
 * ```
 */
export interface Indicator {
  readonly id: string;
  readonly title: string;
  readonly unit: IndicatorUnit;
  readonly direction: IndicatorDirection;
  readonly strict?: boolean;
  readonly targets: YearValues;
  readonly metric?: MetricId;
  readonly actuals?: YearValues;
  readonly denominators?: YearValues;
  readonly cite?: Citation;
}

/**
 * A programme (Đề án, Nghị quyết) with its indicators: `xeploai/programme@1`.
 *
 * @example
 * ```ts
 * const p: Programme = { format: 'xeploai/programme@1', id: 'de-an-03', title: 'Đề án 03-ĐA/TU', fromYear: 2024, toYear: 2026, indicators: [] };
 * ```
 */
export interface Programme {
  readonly format: 'xeploai/programme@1';
  readonly id: string;
  readonly title: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly indicators: readonly Indicator[];
}

/**
 * One year of evidence for a programme: a result (or the parts of it that count) and, for the
 * metrics that need it and for names, the review it was computed from. Several inputs of one year
 * (one per commune) are added together.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * declare const review: ReviewFile;
 * const input: ProgrammeInput = { year: 2024, result: evaluateReview(review), review };
 * ```
 */
export interface ProgrammeInput {
  /** Defaults to `result.year`; when given it must equal it. */
  readonly year?: number;
  readonly result: RatedResult;
  readonly review?: ReviewTree | ReviewFile;
}

/**
 * The verdict of one indicator in one year: `dat` met, `vuot` exceeded, `chua-dat` not met,
 * `chua-co-so-lieu` no data yet.
 *
 * @example
 * ```ts
 * const s: IndicatorStatus = 'chua-dat';
 * ```
 */
export type IndicatorStatus = 'dat' | 'vuot' | 'chua-dat' | 'chua-co-so-lieu';

/**
 * One indicator in one year: target, actual, where the actual came from, the verdict, and the
 * straight line from the baseline to the final target (with whether the actual is on its right side).
 *
 * @example
 * ```ts
 * const y: IndicatorYear = { year: 2025, target: 90, actual: 91.2, source: 'metric', status: 'dat', line: 89.5, onTrack: true };
 * ```
 */
export interface IndicatorYear {
  readonly year: number;
  /** `null` when the programme sets no target for the year (the status is then `null` too, unless there is no data). */
  readonly target: number | null;
  /** Rounded half-up to the evaluation's `decimals` (verdicts compare the exact value). */
  readonly actual: number | null;
  /** For a computed percentage: the count and the base (e.g. 101 of 116 members). */
  readonly count?: { readonly numerator: number; readonly denominator: number };
  readonly source: 'metric' | 'actuals' | null;
  readonly status: IndicatorStatus | null;
  /** Value of the straight line from the baseline to the final target in this year (rounded). */
  readonly line: number | null;
  /** At or beyond the line in the good direction; `null` for the baseline year itself or without data. */
  readonly onTrack: boolean | null;
}

/**
 * One indicator evaluated over the programme's years (and the baseline year before it, when data exist).
 *
 * @example
 * ```ts
 * declare const e: IndicatorEvaluation;
 * e.years.find((y) => y.year === 2025)?.status;
 * ```
 */
export interface IndicatorEvaluation {
  readonly indicator: Indicator;
  /** The final target (the target of `toYear`, else of the latest year that has one). */
  readonly finalTarget: { readonly year: number; readonly value: number } | null;
  /** The start of the on-track line: the earliest year with an actual. */
  readonly baseline: { readonly year: number; readonly value: number } | null;
  readonly years: readonly IndicatorYear[];
}

/**
 * An organization in the sơ kết lists (KHTNV two years running, weakest units).
 *
 * @example
 * ```ts
 * const u: UnitSummary = { id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', level: 'HTNV',
 *   members: { rated: 12, httnvOrBetter: 9, percent: 75, khtnv: 1 } };
 * ```
 */
export interface UnitSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly level: Level | null;
  readonly members: { readonly rated: number; readonly httnvOrBetter: number; readonly percent: number | null; readonly khtnv: number };
}

/**
 * A subject rated KHTNV in two consecutive years (from both years' results, or a
 * `consecutive-khtnv` finding in the later one).
 *
 * @example
 * ```ts
 * const k: ConsecutiveKhtnv = { id: 'dv-0031', name: 'Trần Văn Hòa', years: [2024, 2025], orgId: 'cb-ap' };
 * ```
 */
export interface ConsecutiveKhtnv {
  readonly id: string;
  readonly name: string;
  readonly years: readonly [number, number];
  /** For a member: the chi bộ. */
  readonly orgId?: string;
  readonly kind?: OrganizationKind;
}

/**
 * The sơ kết (interim review) at `asOf`: which indicators are met (`dat`, `vuot`), behind
 * (`chua-dat`), off the straight line to the final target, without data or without a target that
 * year; subjects KHTNV two years running; and the weakest units.
 *
 * @example
 * ```ts
 * declare const s: ProgrammeSummary;
 * s.behind.length;
 * ```
 */
export interface ProgrammeSummary {
  readonly asOf: number;
  readonly met: readonly string[];
  readonly behind: readonly string[];
  /** On the wrong side of the straight line from the baseline to the final target (met or not). */
  readonly offTrack: readonly string[];
  readonly noData: readonly string[];
  /** Indicators with no target in `asOf`. */
  readonly noTarget: readonly string[];
  readonly consecutiveKhtnv: { readonly organizations: readonly ConsecutiveKhtnv[]; readonly members: readonly ConsecutiveKhtnv[] };
  readonly weakestUnits: readonly UnitSummary[];
}

/**
 * A note on the evaluation that is not an error: inputs outside the programme's years, entered
 * actuals that replace computed ones.
 *
 * @example
 * ```ts
 * const n: ProgrammeNote = { code: 'year-outside-programme', message: { vi: '…', en: '…' } };
 * ```
 */
export interface ProgrammeNote {
  readonly code: string;
  readonly message: Message;
  readonly indicatorId?: string;
  readonly year?: number;
}

/**
 * The evaluation of a programme: each indicator per year, and the sơ kết summary.
 *
 * @example
 * ```ts
 * declare const e: ProgrammeEvaluation;
 * e.summary.met;
 * ```
 */
export interface ProgrammeEvaluation {
  readonly programme: { readonly id: string; readonly title: string; readonly fromYear: number; readonly toYear: number };
  /** Years with results, oldest first. */
  readonly yearsWithResults: readonly number[];
  readonly decimals: number;
  readonly indicators: readonly IndicatorEvaluation[];
  readonly summary: ProgrammeSummary;
  readonly notes: readonly ProgrammeNote[];
}

/**
 * Options of `evaluateProgramme`: the year of the sơ kết (default the latest year with results,
 * else with any actual), how many weakest units to list (default 5), and the decimals of the
 * rounded actuals (default 2).
 *
 * @example
 * ```ts
 * const o: EvaluateProgrammeOptions = { asOf: 2025, weakest: 3 };
 * ```
 */
export interface EvaluateProgrammeOptions {
  readonly asOf?: number;
  readonly weakest?: number;
  readonly decimals?: number;
}

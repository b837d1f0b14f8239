/**
 * When a discipline decision counts, and for which year (discipline timing, §5 of each digest):
 * «bị thi hành kỷ luật trong năm» (21-HD/BTCTW Mục II, điểm B, tiết 2) under `decision-year`, and
 * re-rating the violation year (124-QĐ/TW Điều 12, khoản 4, điểm 4.5) under `violation-year`;
 * each rule set's `DisciplineParams` carries the cite of its own text.
 *
 * @module
 */
import type { Discipline } from '../../model/index.js';
import type { EvaluationContext } from '../types.js';

/**
 * How one discipline decision relates to the period being rated:
 * `counts` — it counts in this period; `earlier-violation` — decided (or made heavier) in the
 * period for a violation of an earlier year; `outside` — decided outside the period.
 *
 * @example
 * ```ts
 * const t: DisciplineTiming = 'earlier-violation';
 * ```
 */
export type DisciplineTiming = 'counts' | 'earlier-violation' | 'outside';

/**
 * The year of the violation: `violationYear`, else the year of `decidedOn`.
 *
 * @example
 * ```ts
 * import { violationYearOf } from 'xeploai/rules';
 * violationYearOf({ form: 'khien-trach', decidedOn: '2024-03-01' }); // 2024
 * ```
 */
export function violationYearOf(d: Discipline): number {
  return d.violationYear ?? Number(d.decidedOn.slice(0, 4));
}

/**
 * Whether a date falls in the period window (inclusive; ISO dates compare as strings).
 *
 * @example
 * ```ts
 * import { inPeriod } from 'xeploai/rules';
 * inPeriod('2024-06-15', { periodStart: '2024-01-01', periodEnd: '2024-12-31' }); // true
 * ```
 */
export function inPeriod(date: string, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd'>): boolean {
  return date >= ctx.periodStart && date <= ctx.periodEnd;
}

/**
 * Classifies a decision under the `disciplineCountsIn` setting:
 * `decision-year` (QĐ 132: «bị thi hành kỷ luật trong năm») counts every decision in the period;
 * `violation-year` (QĐ 124 khoản 4.5) counts it only when the violation is of the period's years,
 * and sends earlier violations back to their own year.
 *
 * @example
 * ```ts
 * import { disciplineTiming } from 'xeploai/rules';
 * const ctx = { periodStart: '2024-01-01', periodEnd: '2024-12-31', settings: { disciplineCountsIn: 'violation-year' } } as const;
 * disciplineTiming({ form: 'canh-cao', decidedOn: '2024-05-02', violationYear: 2023 }, ctx as never); // 'earlier-violation'
 * ```
 */
export function disciplineTiming(d: Discipline, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>): DisciplineTiming {
  if (!inPeriod(d.decidedOn, ctx)) return 'outside';
  const firstYear = Number(ctx.periodStart.slice(0, 4));
  const earlier = violationYearOf(d) < firstYear;
  if (!earlier) return 'counts';
  return ctx.settings.disciplineCountsIn === 'decision-year' ? 'counts' : 'earlier-violation';
}

/**
 * Whether a subject has a decision that counts in the period, optionally ignoring those
 * self-detected and remedied.
 *
 * @example
 * ```ts
 * import { hasCountingDiscipline } from 'xeploai/rules';
 * // hasCountingDiscipline(member.disciplines, ctx, { exceptSelfDetected: true })
 * ```
 */
export function hasCountingDiscipline(
  disciplines: readonly Discipline[] | undefined,
  ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>,
  options: { readonly exceptSelfDetected?: boolean; readonly minForm?: 'khien-trach' | 'canh-cao' } = {},
): boolean {
  if (disciplines === undefined) return false;
  for (const d of disciplines) {
    if (options.exceptSelfDetected === true && d.selfDetectedAndRemedied === true) continue;
    if (options.minForm === 'canh-cao' && d.form === 'khien-trach') continue;
    if (disciplineTiming(d, ctx) === 'counts') return true;
  }
  return false;
}

/**
 * Criteria → level: the highest row of a grading table whose thresholds the grades meet. The
 * tables are rule-set data with their cite (124-QĐ/TW Điều 12 khoản 1–3; 21-HD/BTCTW tiết 1.3, 2.3).
 *
 * @module
 */
import type { Level } from '../../levels.js';
import type { Criteria, Grade } from '../../model/index.js';
import type { GradingTable } from './params.js';

const GRADE_RANK: Readonly<Record<Grade, number>> = { 'xuat-sac': 0, tot: 1, 'trung-binh': 2, kem: 3 };

/**
 * Whether grade `a` is `b` or better.
 *
 * @example
 * ```ts
 * import { gradeAtLeast } from 'xeploai/rules';
 * gradeAtLeast('tot', 'trung-binh'); // true
 * ```
 */
export function gradeAtLeast(a: Grade, b: Grade): boolean {
  return GRADE_RANK[a] <= GRADE_RANK[b];
}

/** What the criteria indicate: the level, and whether a criterion was Kém. @example `const g: GradeOutcome = { level: 'KHTNV', kem: 'ethics' };` */
export interface GradeOutcome {
  readonly level: Level;
  /** The first criterion graded Kém, if any. */
  readonly kem?: string;
}

/**
 * The level the criteria indicate under a grading table. Only the criteria given are used.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { gradeCriteria } from 'xeploai/rules';
 * // QĐ 124 Điều 12: all ≥ Tốt and results Xuất sắc ⇒ HTXSNV (before task conditions)
 * ```
 */
export function gradeCriteria(criteria: Criteria, table: GradingTable): GradeOutcome {
  let worstResults = 0;
  let worstOthers = 0;
  for (const id in criteria) {
    if (!Object.prototype.hasOwnProperty.call(criteria, id)) continue;
    const grade = criteria[id] as Grade;
    const rank = GRADE_RANK[grade];
    if (rank === 3) return { level: 'KHTNV', kem: id };
    if (table.resultsIds.includes(id)) {
      if (rank > worstResults) worstResults = rank;
    } else if (rank > worstOthers) worstOthers = rank;
  }
  for (const row of table.rows) {
    if (worstResults <= GRADE_RANK[row.results] && worstOthers <= GRADE_RANK[row.others]) return { level: row.level };
  }
  return { level: 'KHTNV' };
}

/**
 * Points in integer tenths: every score is rounded to tenths once, then only integers are
 * added and compared, so `27 + 63` is exactly 90 and never `89.99999…`.
 *
 * @module
 */
import type { Score } from '../model/index.js';

/**
 * Points (at most one decimal place) as an integer number of tenths.
 *
 * @example
 * ```ts
 * import { toTenths } from 'xeploai/score';
 * toTenths(64.5); // 645
 * toTenths(0.1 + 0.2); // 3
 * ```
 */
export function toTenths(points: number): number {
  return Math.round(points * 10);
}

/**
 * Integer tenths back to points for display (`645` → `64.5`).
 *
 * @example
 * ```ts
 * import { fromTenths } from 'xeploai/score';
 * fromTenths(915); // 91.5
 * ```
 */
export function fromTenths(tenths: number): number {
  return tenths / 10;
}

/**
 * The total of a 100-point score in integer tenths: `general + results`, or `total`.
 *
 * @example
 * ```ts
 * import { scoreTenths } from 'xeploai/score';
 * scoreTenths({ general: 27, results: 64.5 }); // 915
 * scoreTenths({ total: 89.9 }); // 899
 * ```
 */
export function scoreTenths(score: Score): number {
  return score.total !== undefined ? toTenths(score.total) : toTenths(score.general) + toTenths(score.results);
}

/**
 * Formats points the Vietnamese way, with a decimal comma (`91,5`), for finding messages.
 *
 * @example
 * ```ts
 * import { formatPointsVi } from 'xeploai/score';
 * formatPointsVi(915); // '91,5'
 * formatPointsVi(900); // '90'
 * ```
 */
export function formatPointsVi(tenths: number): string {
  return String(fromTenths(tenths)).replace('.', ',');
}

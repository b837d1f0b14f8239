/**
 * Quality levels (mức xếp loại chất lượng), best first.
 *
 * @module
 */

/**
 * A quality level, written with its official abbreviation:
 * `HTXSNV` Hoàn thành xuất sắc nhiệm vụ, `HTTNV` Hoàn thành tốt nhiệm vụ,
 * `HTNV` Hoàn thành nhiệm vụ, `KHTNV` Không hoàn thành nhiệm vụ.
 *
 * @example
 * ```ts
 * import type { Level } from 'xeploai';
 * const best: Level = 'HTXSNV';
 * ```
 */
export type Level = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

/**
 * The four levels, best first (HTXSNV > HTTNV > HTNV > KHTNV).
 *
 * @example
 * ```ts
 * import { LEVELS } from 'xeploai';
 * LEVELS[0]; // 'HTXSNV'
 * ```
 */
export const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const satisfies readonly Level[];

const RANK: Readonly<Record<Level, number>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

/**
 * Whether a value is one of the four level codes.
 *
 * @example
 * ```ts
 * import { isLevel } from 'xeploai';
 * isLevel('HTTNV'); // true
 * isLevel('tot'); // false
 * ```
 */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANK, value);
}

/**
 * Rank of a level: 0 for HTXSNV (best) up to 3 for KHTNV (worst).
 *
 * @example
 * ```ts
 * import { levelRank } from 'xeploai';
 * levelRank('HTNV'); // 2
 * ```
 */
export function levelRank(level: Level): number {
  return RANK[level];
}

/**
 * Compares two levels for sorting best first: negative when `a` is better than `b`.
 *
 * @example
 * ```ts
 * import { compareLevels } from 'xeploai';
 * ['HTNV', 'HTXSNV'].sort(compareLevels); // ['HTXSNV', 'HTNV']
 * ```
 */
export function compareLevels(a: Level, b: Level): number {
  return RANK[a] - RANK[b];
}

/**
 * The lower (worse) of two levels: ceilings compose by `minLevel`.
 *
 * @example
 * ```ts
 * import { minLevel } from 'xeploai';
 * minLevel('HTXSNV', 'HTNV'); // 'HTNV'
 * ```
 */
export function minLevel(a: Level, b: Level): Level {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Whether level `a` is strictly above (better than) level `b`.
 *
 * @example
 * ```ts
 * import { isAbove } from 'xeploai';
 * isAbove('HTTNV', 'HTNV'); // true
 * ```
 */
export function isAbove(a: Level, b: Level): boolean {
  return RANK[a] < RANK[b];
}

/**
 * Whether level `a` is `b` or better ("`b` trở lên").
 *
 * @example
 * ```ts
 * import { isAtLeast } from 'xeploai';
 * isAtLeast('HTXSNV', 'HTTNV'); // true — HTTNV trở lên
 * ```
 */
export function isAtLeast(a: Level, b: Level): boolean {
  return RANK[a] <= RANK[b];
}

/**
 * The level one step below, or `undefined` for KHTNV.
 *
 * @example
 * ```ts
 * import { levelBelow } from 'xeploai';
 * levelBelow('HTXSNV'); // 'HTTNV'
 * ```
 */
export function levelBelow(level: Level): Level | undefined {
  return LEVELS[RANK[level] + 1];
}

/**
 * Vietnamese and English names of each level.
 *
 * @example
 * ```ts
 * import { LEVEL_LABELS } from 'xeploai';
 * LEVEL_LABELS.HTTNV.vi; // 'Hoàn thành tốt nhiệm vụ'
 * ```
 */
export const LEVEL_LABELS: Readonly<Record<Level, { readonly vi: string; readonly en: string }>> = {
  HTXSNV: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently fulfilled duties' },
  HTTNV: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well fulfilled duties' },
  HTNV: { vi: 'Hoàn thành nhiệm vụ', en: 'Fulfilled duties' },
  KHTNV: { vi: 'Không hoàn thành nhiệm vụ', en: 'Failed to fulfil duties' },
};

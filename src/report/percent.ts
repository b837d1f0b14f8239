/**
 * Percentages in integer arithmetic: a share `count / base` becomes a whole number of
 * hundredths (or of any `10^-decimals` of a percent) by exact integer division, rounded half-up,
 * or distributed by largest remainder so a row adds to exactly 100. Floats appear only at the end,
 * as `scaled / 10^decimals`, which prints as the decimal it stands for.
 *
 * @module
 */

/**
 * How percentages are rounded: `half-up` rounds each cell on its own (most official reports print
 * this); `truncate` rounds each cell down to its precision (as some reports do);
 * `largest-remainder` (Hamilton) rounds the cells of one row so they add to 100 — with equal
 * counts always getting equal percentages.
 *
 * @example
 * ```ts
 * import type { Rounding } from 'xeploai/report';
 * const r: Rounding = 'truncate';
 * ```
 */
export type Rounding = 'half-up' | 'largest-remainder' | 'truncate';

/** The rounding modes. @example `ROUNDINGS.includes('truncate') // true` */
export const ROUNDINGS = ['half-up', 'largest-remainder', 'truncate'] as const satisfies readonly Rounding[];

/** The most decimals a percentage may be given with (counts stay exact in doubles up to this). @example `MAX_DECIMALS // 6` */
export const MAX_DECIMALS = 6;

function checkArguments(values: readonly number[], base: number, decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals: expected a whole number from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`);
  }
  for (const v of [...values, base]) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`expected whole counts ≥ 0, got ${String(v)}`);
  }
}

function toPercent(scaled: bigint | number, decimals: number): number {
  return Number(scaled) / 10 ** decimals;
}

/**
 * `⌊a / b⌋` of whole numbers below 2^53 in doubles: the division is corrected by one where it
 * rounded across an integer, so the result is exact — and far cheaper than BigInt, which a
 * roll-up of many thousand rows would otherwise spend its time in.
 */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

/** Whether `factor · count` (and the sums beside it) stay exact in doubles. */
function small(factor: number, count: number, base: number): boolean {
  return factor * (count + base) < Number.MAX_SAFE_INTEGER;
}

/**
 * `count / base` as a percentage rounded half-up to `decimals` places, or `null` when `base` is 0.
 * Exact: `⌊(200·10^d·count + base) / (2·base)⌋ / 10^d`.
 *
 * @example
 * ```ts
 * import { percentHalfUp } from 'xeploai/report';
 * percentHalfUp(101, 116); // 87.07
 * percentHalfUp(1, 8, 1); // 12.5
 * percentHalfUp(1, 0); // null
 * ```
 */
export function percentHalfUp(count: number, base: number, decimals = 2): number | null {
  checkArguments([count], base, decimals);
  if (base === 0) return null;
  if (small(200 * 10 ** decimals, count, base)) return toPercent(floorDiv(200 * 10 ** decimals * count + base, 2 * base), decimals);
  const scale = 10n ** BigInt(decimals);
  const b = BigInt(base);
  return toPercent((200n * scale * BigInt(count) + b) / (2n * b), decimals);
}

/**
 * `count / base` as a percentage rounded down (truncated) to `decimals` places, or `null` when
 * `base` is 0. Exact: `⌊100·10^d·count / base⌋ / 10^d`.
 *
 * @example
 * ```ts
 * import { percentTruncate } from 'xeploai/report';
 * percentTruncate(2, 3, 1); // 66.6 — half-up gives 66.7
 * percentTruncate(1, 0); // null
 * ```
 */
export function percentTruncate(count: number, base: number, decimals = 2): number | null {
  checkArguments([count], base, decimals);
  if (base === 0) return null;
  if (small(100 * 10 ** decimals, count, base)) return toPercent(floorDiv(100 * 10 ** decimals * count, base), decimals);
  return toPercent((100n * 10n ** BigInt(decimals) * BigInt(count)) / BigInt(base), decimals);
}

/**
 * One share `count / base` under a rounding mode: `truncate` rounds down, the others half-up
 * (largest remainder needs the whole row; see `percentsOf`).
 *
 * @example
 * ```ts
 * import { percentOf } from 'xeploai/report';
 * percentOf(2, 3, 'truncate', 0); // 66
 * percentOf(2, 3, 'half-up', 0); // 67
 * ```
 */
export function percentOf(count: number, base: number, rounding: Rounding, decimals = 2): number | null {
  return rounding === 'truncate' ? percentTruncate(count, base, decimals) : percentHalfUp(count, base, decimals);
}

/**
 * Percentages of `counts` over their sum by largest remainder, in units of `10^-decimals`: each
 * cell gets its floor, then the units still missing go to the largest remainders. Equal counts
 * are one share, so they always get the same percentage: they take a unit together or not at
 * all, and when a tie needs more units than remain, the row stops there and adds to a little
 * under 100 (never more). All `null` when the sum is 0.
 *
 * @example
 * ```ts
 * import { percentsLargestRemainder } from 'xeploai/report';
 * percentsLargestRemainder([17, 84, 12, 3]); // [14.66, 72.41, 10.34, 2.59]
 * percentsLargestRemainder([1, 1, 2], 0); // [25, 25, 50]
 * percentsLargestRemainder([1, 1, 1], 0); // [33, 33, 33] — one value per count
 * ```
 */
export function percentsLargestRemainder(counts: readonly number[], decimals = 2): (number | null)[] {
  const base = counts.reduce((s, c) => s + c, 0);
  checkArguments(counts, base, decimals);
  if (base === 0) return counts.map(() => null);
  const units = 100n * 10n ** BigInt(decimals);
  const b = BigInt(base);
  const floors = counts.map((c) => (units * BigInt(c)) / b);
  let missing = units - floors.reduce((s, f) => s + f, 0n);
  // One group per distinct count (equal counts have equal remainders), largest remainder first.
  const groups = new Map<number, number[]>();
  counts.forEach((c, i) => groups.set(c, [...(groups.get(c) ?? []), i]));
  const order = [...groups].map(([count, cells]) => ({ count, cells, remainder: (units * BigInt(count)) % b }));
  order.sort((x, y) => (x.remainder === y.remainder ? y.count - x.count : x.remainder > y.remainder ? -1 : 1));
  for (const group of order) {
    const size = BigInt(group.cells.length);
    if (missing === 0n || group.remainder === 0n || size > missing) break;
    for (const i of group.cells) floors[i] = floors[i]! + 1n;
    missing -= size;
  }
  return floors.map((f) => toPercent(f, decimals));
}

/**
 * Percentages of `counts` over their sum under a rounding mode.
 *
 * @example
 * ```ts
 * import { percentsOf } from 'xeploai/report';
 * percentsOf([1, 2], 'half-up', 0); // [33, 67]
 * percentsOf([1, 2], 'truncate', 0); // [33, 66] — adds to 99
 * percentsOf([1, 1, 2, 2], 'largest-remainder', 1); // [16.7, 16.7, 33.3, 33.3]
 * ```
 */
export function percentsOf(counts: readonly number[], rounding: Rounding, decimals = 2): (number | null)[] {
  if (rounding === 'largest-remainder') return percentsLargestRemainder(counts, decimals);
  const base = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => percentOf(c, base, rounding, decimals));
}

/**
 * A non-negative rational number `n / d` (d > 0) in BigInts, for exact comparisons.
 *
 * @example
 * ```ts
 * import type { Rational } from 'xeploai/report';
 * const ninety: Rational = { n: 90n, d: 1n };
 * ```
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/**
 * The exact value of a finite number as written in its shortest decimal form (`87.5` → 875/10,
 * `1e-7` → 1/10^7), so targets typed as decimals compare exactly.
 *
 * @example
 * ```ts
 * import { rationalOf } from 'xeploai/report';
 * rationalOf(87.5); // { n: 875n, d: 10n }
 * ```
 */
export function rationalOf(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`expected a finite number, got ${String(value)}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${String(value)} as a decimal`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let n = BigInt(`${sign}${whole}${fraction}`);
  let d = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  return { n, d };
}

/**
 * Compares two rationals: negative when `a < b`, 0 when equal, positive when `a > b`.
 *
 * @example
 * ```ts
 * import { compareRational } from 'xeploai/report';
 * compareRational({ n: 101n, d: 116n }, { n: 9n, d: 10n }) < 0; // true: 87.07% < 90%
 * ```
 */
export function compareRational(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * A rational rounded half-up to `decimals` places, as a number.
 *
 * @example
 * ```ts
 * import { roundRational } from 'xeploai/report';
 * roundRational({ n: 10100n, d: 116n }, 2); // 87.07
 * ```
 */
export function roundRational(value: Rational, decimals = 2): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals: expected a whole number from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`);
  }
  const scale = 10n ** BigInt(decimals);
  const negative = value.n < 0n;
  const n = negative ? -value.n : value.n;
  const scaled = (2n * scale * n + value.d) / (2n * value.d);
  return toPercent(negative ? -scaled : scaled, decimals);
}

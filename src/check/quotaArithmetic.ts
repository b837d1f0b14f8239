/**
 * Quota arithmetic of the "20 %" rule: HTXSNV ≤ p % of a base, in integers only.
 *
 * The texts (QĐ 124 Điều 12 k1, QĐ 366 Điều 11 k1.5, HD 21 Mục II B 2.3) say the HTXSNV count
 * «không vượt quá» p % of those rated HTTNV: equality is allowed and nothing is rounded, so the
 * test is `100·X ≤ p·base` by cross-multiplication, never a floating-point share.
 *
 * @module
 */

/**
 * What the percentage is taken of: `httnv` = those rated exactly HTTNV (every text);
 * `httnv-and-above` = HTXSNV + HTTNV (local software only).
 *
 * @example
 * ```ts
 * import type { QuotaBaseKind } from 'xeploai/rules';
 * const base: QuotaBaseKind = 'httnv';
 * ```
 */
export type QuotaBaseKind = 'httnv' | 'httnv-and-above';

/**
 * The counts and reading of one quota pool.
 *
 * @example
 * ```ts
 * import type { QuotaInput } from 'xeploai/rules';
 * const input: QuotaInput = { htxsnv: 5, httnv: 14, percent: 20, base: 'httnv', minimumOne: false };
 * ```
 */
export interface QuotaInput {
  /** X: subjects rated HTXSNV in the pool. */
  readonly htxsnv: number;
  /** T: subjects rated exactly HTTNV in the pool. */
  readonly httnv: number;
  /** p: the `quotaPercent` setting, a whole number. */
  readonly percent: number;
  /** The `quotaBase` setting. */
  readonly base: QuotaBaseKind;
  /** The `quotaMinimumOne` setting: cap = max(1, ⌊p·base/100⌋), read literally even when base = 0. */
  readonly minimumOne?: boolean;
}

/**
 * The verdict on one quota pool.
 *
 * @example
 * ```ts
 * import { evaluateQuota, type QuotaOutcome } from 'xeploai/rules';
 * const o: QuotaOutcome = evaluateQuota({ htxsnv: 5, httnv: 14, percent: 20, base: 'httnv' });
 * o.demote; // 2
 * ```
 */
export interface QuotaOutcome {
  /** `100·X ≤ p·base` (or X ≤ 1 with `minimumOne`). */
  readonly ok: boolean;
  /** The base count on the current proposals: T, or X + T. */
  readonly baseCount: number;
  /** The cap on the current proposals: ⌊p·base/100⌋, or max(1, …) with `minimumOne`. */
  readonly cap: number;
  /**
   * The largest HTXSNV count the rule allows given the others: the cap when the pool complies;
   * otherwise X − demote, the count left after the least correction (each move having raised the
   * HTTNV count, so with base `httnv` this can differ from `cap`).
   */
  readonly allowed: number;
  /** The least number of HTXSNV → HTTNV moves that makes the pool comply (0 when it does). */
  readonly demote: number;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`);
}

function assertInput(input: QuotaInput): void {
  assertCount('htxsnv', input.htxsnv);
  assertCount('httnv', input.httnv);
  assertCount('percent', input.percent);
  if (input.base !== 'httnv' && input.base !== 'httnv-and-above') throw new RangeError(`base must be 'httnv' or 'httnv-and-above', got ${String(input.base)}`);
}

/** ⌊n/d⌋ for n ≥ 0, d > 0, in exact integer steps. */
function floorDiv(n: number, d: number): number {
  return (n - (n % d)) / d;
}

/** ⌈n/d⌉ for n ≥ 0, d > 0, in exact integer steps. */
function ceilDiv(n: number, d: number): number {
  const q = floorDiv(n, d);
  return n % d === 0 ? q : q + 1;
}

/**
 * The quota cap: ⌊p·base/100⌋, or max(1, ⌊p·base/100⌋) with `minimumOne` (literal, even for base 0).
 *
 * @example
 * ```ts
 * import { quotaCap } from 'xeploai/rules';
 * quotaCap(20, 18); // 3
 * quotaCap(20, 0, true); // 1
 * ```
 */
export function quotaCap(percent: number, baseCount: number, minimumOne = false): number {
  assertCount('percent', percent);
  assertCount('baseCount', baseCount);
  const cap = floorDiv(percent * baseCount, 100);
  return minimumOne && cap < 1 ? 1 : cap;
}

/**
 * Whether X HTXSNV comply with the cap on `baseCount`: `100·X ≤ p·base` (X ≤ 1 also passes with
 * `minimumOne`). Equivalent to X ≤ `quotaCap(...)` because X is a whole number.
 *
 * @example
 * ```ts
 * import { quotaHolds } from 'xeploai/rules';
 * quotaHolds(2, 20, 10); // true — 200 ≤ 200, «không vượt quá» allows equality
 * quotaHolds(3, 20, 14); // false
 * ```
 */
export function quotaHolds(htxsnv: number, percent: number, baseCount: number, minimumOne = false): boolean {
  return 100 * htxsnv <= percent * baseCount || (minimumOne && htxsnv <= 1);
}

/**
 * The least number k of HTXSNV → HTTNV moves that makes the pool comply.
 *
 * Base `httnv`: after k moves X' = X − k and T' = T + k, so `100(X − k) ≤ p(T + k)` gives
 * `k = max(0, ⌈(100·X − p·T)/(100 + p)⌉)` (p = 20: ⌈(5X − T)/6⌉). With `minimumOne`, X − k ≤ 1 also
 * complies, so k = min(that, max(0, X − 1)). Base `httnv-and-above`: the base X + T does not change,
 * so k = max(0, X − cap). Both conditions are monotone in k, so the least k is the first that holds.
 *
 * @example
 * ```ts
 * import { minimalDemotions } from 'xeploai/rules';
 * minimalDemotions({ htxsnv: 5, httnv: 14, percent: 20, base: 'httnv' }); // 2
 * minimalDemotions({ htxsnv: 2, httnv: 1, percent: 20, base: 'httnv' }); // 2
 * minimalDemotions({ htxsnv: 5, httnv: 18, percent: 20, base: 'httnv-and-above' }); // 1
 * ```
 */
export function minimalDemotions(input: QuotaInput): number {
  assertInput(input);
  const { htxsnv: x, httnv: t, percent: p } = input;
  const minimumOne = input.minimumOne === true;
  if (input.base === 'httnv-and-above') return Math.max(0, x - quotaCap(p, x + t, minimumOne));
  const excess = 100 * x - p * t;
  const k = excess <= 0 ? 0 : ceilDiv(excess, 100 + p);
  return minimumOne ? Math.min(k, Math.max(0, x - 1)) : k;
}

/**
 * Everything about one quota pool: `ok`, `baseCount`, `cap`, `allowed` and `demote`.
 *
 * @example
 * ```ts
 * import { evaluateQuota } from 'xeploai/rules';
 * evaluateQuota({ htxsnv: 5, httnv: 18, percent: 20, base: 'httnv' });
 * // { ok: false, baseCount: 18, cap: 3, allowed: 3, demote: 2 }
 * ```
 */
export function evaluateQuota(input: QuotaInput): QuotaOutcome {
  assertInput(input);
  const minimumOne = input.minimumOne === true;
  const baseCount = input.base === 'httnv' ? input.httnv : input.htxsnv + input.httnv;
  const cap = quotaCap(input.percent, baseCount, minimumOne);
  const ok = input.htxsnv <= cap;
  const demote = ok ? 0 : minimalDemotions(input);
  return { ok, baseCount, cap, allowed: ok ? cap : input.htxsnv - demote, demote };
}

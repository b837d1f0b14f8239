// How many cases each property runs. The default is sized for CI (the whole property suite in a
// few seconds on 2 cores). `XEPLOAI_PROPS_RUNS=N` (npm run test:props) scales every property:
//   trivial   — junk input rejected early (totality on arbitrary values): N / 4 cases each
//   cheap     — a few parses or one evaluation of a generated review: N / 20 each
//   expensive — two or more evaluations of a generated review: N / 40 each
// so N = 100 000 runs 4 × 25 000 + 10 × 5 000 + 5 × 2 500 ≈ 160 000 cases in all.
// `XEPLOAI_PROPS_SEED=S` replays a reported failure (fast-check prints the seed and path).
import fc from 'fast-check';

/** Cost class of a property (see the header). */
export type Cost = 'trivial' | 'cheap' | 'expensive';

const DEFAULT_RUNS: Readonly<Record<Cost, number>> = { trivial: 500, cheap: 150, expensive: 60 };
const SHARE: Readonly<Record<Cost, number>> = { trivial: 4, cheap: 20, expensive: 40 };
/** Rough cost of one case on a slow 2-core CI machine, for the timeout of a long run (ms). */
const MS_PER_CASE: Readonly<Record<Cost, number>> = { trivial: 1, cheap: 10, expensive: 25 };

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

const requested = envNumber('XEPLOAI_PROPS_RUNS');
const seed = envNumber('XEPLOAI_PROPS_SEED');

/** Whether `XEPLOAI_PROPS_RUNS` asked for a long run. */
export const LONG_RUN = requested !== undefined;

/** Number of runs of a property of this cost. */
export function runs(cost: Cost): number {
  if (requested === undefined) return DEFAULT_RUNS[cost];
  return Math.max(DEFAULT_RUNS[cost], Math.ceil(requested / SHARE[cost]));
}

/** fast-check parameters of a property of this cost. */
export function params<T>(cost: Cost): fc.Parameters<T> {
  return { numRuns: runs(cost), ...(seed !== undefined ? { seed } : {}) };
}

/** Test timeout (ms) of a property of this cost: the vitest default (5 s) is too short for a long run. */
export function timeout(cost: Cost): number {
  return Math.max(60_000, 3 * runs(cost) * MS_PER_CASE[cost]);
}

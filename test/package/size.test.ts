// Size budgets of the library entries (the CLI is a separate bundle): minified + gzip, with their
// dependencies, as an app's bundler would ship them (bundle.ts: esbuild, tsup's bundler).
//
// Issue 11's budget is 25 kB for the core entry `xeploai/core` (src/core.ts: the model and its
// parsing, evaluation and unit checks, without the rule sets). What an app ships in practice is the
// core plus the rule set it uses, and what is in the root `xeploai` (core + xeploai/rules + the
// three built-in rule sets); both are ratchets: their measured size plus a small margin. Lower a
// budget as the code shrinks; never raise one without a reason written here.
// (Why not size-limit: its 14.x needs Node ≥ 22.19 and the project runs on Node 20; this test also
// prints the parts and runs in `npm test` on every Node of CI.)
import { describe, expect, it } from 'vitest';
import { bundle, kB } from './bundle.js';

/** The budget for `xeploai/core` (src/core.ts), in bytes (min + gzip). */
export const TARGET_BYTES = 25 * 1024;

/**
 * Budgets in bytes (min + gzip) by entry source (a `+` joins entries an app imports together).
 * Raised by issue 20 (developer experience), +1 kB each: errors that say how to fix — "did you
 * mean" hints (fastest-levenshtein, 0.4 kB, and the matching of Vietnamese to slugs), the import
 * line `xeploai/core` prints when no rule set is passed, every problem of an entry at once — and
 * the checks of `data` (identifier keys, JSON values, 8 levels, 64 KB, the rule set's schemas):
 * core 23.7 → 25.7 kB. The core is now over issue 11's 25 kB target: lowering it back is open work.
 */
export const BUDGETS: Readonly<Record<string, number>> = {
  'src/core.ts': TARGET_BYTES + 1024,
  'src/core.ts + src/rules/qd366-2025/index.ts': 40 * 1024,
  'src/index.ts': 48 * 1024,
};

async function measure(entry: string) {
  const b = await bundle(entry);
  const parts = b.parts.filter(([, v]) => v >= 100).map(([k, v]) => `  ${k}: ${kB(v)}`).join('\n');
  return { bytes: b.gzipBytes, report: `${entry}: ${kB(b.gzipBytes)} min+gz (${kB(b.minBytes)} min)\n${parts}` };
}

describe('size budget (min + gzip, dependencies included)', () => {
  it.each(Object.entries(BUDGETS))('%s ≤ its budget', async (entry, budget) => {
    const { bytes, report } = await measure(entry);
    expect(bytes, `${report}\nbudget ${kB(budget)}`).toBeLessThanOrEqual(budget);
  }, 60_000);
});

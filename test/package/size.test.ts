// Size budgets of the library entries (the CLI is a separate bundle): minified + gzip, with their
// dependencies, as an app's bundler would ship them (bundle.ts: esbuild, tsup's bundler).
//
// The target of issue 11 is 25 kB for `xeploai/core` (src/core.ts: the engine, the model,
// rules/common and extendRuleSet, without the built-in rule sets), and it is NOT met yet: the
// core measures ~30.8 kB — zod/mini ~9 kB, src/model ~6 kB, src/rules/common ~5.4 kB,
// src/check ~4 kB, extendRuleSet ~2.5 kB, src/evaluate ~1.7 kB (the test prints the parts).
// Until it is, the core's budget is a ratchet (its measured size plus a small margin), and the
// `it.fails` below turns red the day the core fits TARGET_BYTES, to make that its budget.
// The root `xeploai` (core + the three built-in rule sets, ~45 kB) is a ratchet too. Lower a
// budget as the work lands; never raise one without a reason written here.
// (Why not size-limit: its 14.x needs Node ≥ 22.19 and the project runs on Node 20; this test also
// prints the parts and runs in `npm test` on every Node of CI.)
import { describe, expect, it } from 'vitest';
import { bundle, kB } from './bundle.js';

/** The budget for `xeploai/core` (src/core.ts), in bytes (min + gzip). */
export const TARGET_BYTES = 25 * 1024;

/** Budgets in bytes (min + gzip) by entry source. */
export const BUDGETS: Readonly<Record<string, number>> = {
  'src/core.ts': 32 * 1024,
  'src/index.ts': 47 * 1024,
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

  it.fails(`xeploai/core ≤ ${kB(TARGET_BYTES)} (not met yet: when this fails, set the core's budget to TARGET_BYTES and drop .fails)`, async () => {
    const { bytes, report } = await measure('src/core.ts');
    expect(bytes, `${report}\ntarget ${kB(TARGET_BYTES)}`).toBeLessThanOrEqual(TARGET_BYTES);
  }, 60_000);
});

// Size budget of the core entry (`xeploai`, src/index.ts → dist/index.js; the CLI is a separate
// bundle): minified + gzip, with its dependencies, as an app's bundler would ship it.
//
// The target is 25 kB (issue 11) and it is NOT met yet: the root entry is ~84 kB (zod classic
// ~27 kB, the three built-in rule sets' cited texts ~20 kB, programme/report/score/compare ~18 kB).
// Reaching it needs zod/mini in src/model and an engine-only root entry (rule sets, reports and
// programmes as subpaths) — see the issue note. Until then this is a ratchet: the budget below is
// the measured size plus a small margin, so the core can only shrink. Lower it as the work lands;
// never raise it without a reason written here.
import { describe, expect, it } from 'vitest';
import { bundle, kB } from './bundle.js';

export const TARGET_BYTES = 25 * 1024;

/** Budgets in bytes (min + gzip) by entry source: a ratchet towards TARGET_BYTES. */
export const BUDGETS: Readonly<Record<string, number>> = {
  'src/index.ts': 88 * 1024,
};

describe('size budget (min + gzip, dependencies included)', () => {
  it.each(Object.entries(BUDGETS))('%s ≤ its budget', async (entry, budget) => {
    const b = await bundle(entry);
    const parts = b.parts.filter(([, v]) => v >= 100).map(([k, v]) => `  ${k}: ${kB(v)}`).join('\n');
    const report = `${entry}: ${kB(b.gzipBytes)} min+gz (${kB(b.minBytes)} min), budget ${kB(budget)}\n${parts}`;
    expect(b.gzipBytes, report).toBeLessThanOrEqual(budget);
  }, 60_000);
});

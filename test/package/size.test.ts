// Size budget of the core entry (`xeploai`, src/index.ts → dist/index.js; the CLI is a separate
// bundle): minified + gzip, with its dependencies, as an app's bundler would ship it. The budget is
// the (≤ 25 kB); when it is exceeded the message lists what dominates. Do not raise the
// budget to make this pass: change what the core entry pulls in, or change the budget with the lead.
import { describe, expect, it } from 'vitest';
import { bundle, kB } from './bundle.js';

/** Budgets in bytes (min + gzip) by entry source. */
export const BUDGETS: Readonly<Record<string, number>> = {
  'src/index.ts': 25 * 1024,
};

describe('size budget (min + gzip, dependencies included)', () => {
  it.each(Object.entries(BUDGETS))('%s ≤ its budget', async (entry, budget) => {
    const b = await bundle(entry);
    const parts = b.parts.filter(([, v]) => v >= 100).map(([k, v]) => `  ${k}: ${kB(v)}`).join('\n');
    const report = `${entry}: ${kB(b.gzipBytes)} min+gz (${kB(b.minBytes)} min), budget ${kB(budget)}\n${parts}`;
    expect(b.gzipBytes, report).toBeLessThanOrEqual(budget);
  }, 60_000);
});

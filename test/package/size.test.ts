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
 * Raised in the round of issues 15–21, with the reasons: the QĐ 366 input fields, quota decisions
 * and open decisions (issue 15), errors that say how to fix ("did you mean", fastest-levenshtein)
 * and the checks of `data` (issue 20), organization `type`, `notReviewed` and names in results
 * (issue 18), the duplicate-key check (issue 21). The core is over issue 11's 25 kB target:
 * lowering it back is open work (issue 17, a smaller public API).
 */
export const BUDGETS: Readonly<Record<string, number>> = {
  'src/core.ts': 30.5 * 1024,
  'src/core.ts + src/rules/qd366-2025/index.ts': 46 * 1024,
  'src/index.ts': 59 * 1024,
};

async function measure(entry: string) {
  const b = await bundle(entry);
  const parts = b.parts.filter(([, v]) => v >= 100).map(([k, v]) => `  ${k}: ${kB(v)}`).join('\n');
  return { bytes: b.gzipBytes, report: `${entry}: ${kB(b.gzipBytes)} min+gz (${kB(b.minBytes)} min)\n${parts}` };
}

/** What only `xeploai/xlsx` and `xeploai/docx` may load (issue 19): exceljs, docx and their modules. */
const OFFICE = /^(exceljs|docx|src\/(xlsx|docx|office))$/;

describe('Excel and Word stay out of the root and the core', () => {
  it.each(['src/core.ts', 'src/index.ts'])('%s does not load exceljs or docx', async (entry) => {
    const b = await bundle(entry);
    expect(b.parts.map(([part]) => part).filter((part) => OFFICE.test(part))).toEqual([]);
  }, 60_000);

  it('the check sees them in xeploai/xlsx and xeploai/docx', async () => {
    const b = await bundle('src/xlsx/index.ts + src/docx/index.ts', { browser: true });
    expect(b.parts.map(([part]) => part).filter((part) => OFFICE.test(part)).sort()).toEqual(['docx', 'exceljs', 'src/docx', 'src/office', 'src/xlsx']);
  }, 120_000);
});

describe('size budget (min + gzip, dependencies included)', () => {
  it.each(Object.entries(BUDGETS))('%s ≤ its budget', async (entry, budget) => {
    const { bytes, report } = await measure(entry);
    expect(bytes, `${report}\nbudget ${kB(budget)}`).toBeLessThanOrEqual(budget);
  }, 60_000);
});

// Writing a generated example review, or checking the committed copy (`--check`): shared by the
// example generators so they stay byte-for-byte reproducible the same way.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `review` as pretty JSON to `out` and prints a one-line summary, or with `--check` exits 1
 * when the committed file differs. Returns whether it wrote.
 */
export function writeOrCheck(out, review, script) {
  const text = `${JSON.stringify(review, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error(`${out} is out of date: run node ${script}`);
      process.exit(1);
    }
    console.log(`${out} is up to date`);
    return false;
  }
  writeFileSync(out, text);
  const proposed = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  for (const m of review.members) if (m.proposedLevel) proposed[m.proposedLevel] += 1;
  console.log(`wrote ${out}: ${review.organizations.length} organizations, ${review.members.length} members; proposals ${JSON.stringify(proposed)}`);
  return true;
}

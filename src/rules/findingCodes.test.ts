// BUILT_IN_FINDING_CODES holds every finding code the built-in rule sets report: read from the
// sources (codes passed to makeFinding, LevelAccumulator.cap/note and `code:` fields of rule data)
// and from evaluations of the examples, the time-zone reviews and generated reviews. A failure
// names the code to add.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { reviewArb } from '../../test/properties/arbitraries.js';
import { REVIEWS } from '../../test/timezones/reviews.js';
import { BUILT_IN_FINDING_CODES } from './findingCodes.js';
import type { ReviewInput } from '../model/input.js';

const root = path.resolve(import.meta.dirname, '../..');
const reserved = new Set(BUILT_IN_FINDING_CODES);
/** Codes in these sources are input-issue codes (of extensions, settings, parsing), not findings. */
const NOT_FINDINGS = /^(tinh-|invalid-|missing-|duplicate-|no-base-params$|above-maximum$|unknown-|internal-error$|no-rule-set$|reserved-code$|rule-failed$)/;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : [],
  );
}

function codesOf(result: ReturnType<typeof evaluateReview>): string[] {
  return [...result.members, ...result.leaders, ...result.organizations].flatMap((s) => s.findings.map((f) => f.code)).concat(result.checks.map((c) => c.code));
}

describe('BUILT_IN_FINDING_CODES', () => {
  it('holds every finding code written in the rule sets, the engine and the unit checks', () => {
    const found = new Set<string>();
    for (const file of ['src/rules', 'src/evaluate', 'src/check'].flatMap(sources)) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const m of text.matchAll(/(?:\.cap\([^,]+, |\.note\(|makeFinding\(|code: )'([a-z0-9-]+)'/g)) if (!NOT_FINDINGS.test(m[1]!)) found.add(m[1]!);
    }
    const missing = [...found].filter((c) => !reserved.has(c)).sort();
    expect(missing, `finding codes missing from BUILT_IN_FINDING_CODES (src/rules/findingCodes.ts): ${missing.join(', ')}`).toEqual([]);
  });

  it('holds every finding code of evaluations (examples, time-zone reviews, generated reviews)', () => {
    const seen = new Set<string>();
    for (const file of ['examples/xa-an-binh-2024.json', 'examples/xa-an-binh-2025.json']) {
      for (const code of codesOf(evaluateReview(JSON.parse(readFileSync(path.join(root, file), 'utf8'))))) seen.add(code);
    }
    for (const review of Object.values(REVIEWS)) for (const code of codesOf(evaluateReview(review as ReviewInput))) seen.add(code);
    fc.assert(
      fc.property(reviewArb(), (review) => {
        for (const code of codesOf(evaluateReview(review))) seen.add(code);
      }),
      { numRuns: 150, seed: 20 },
    );
    const missing = [...seen].filter((c) => !reserved.has(c)).sort();
    expect(missing, `finding codes missing from BUILT_IN_FINDING_CODES (src/rules/findingCodes.ts): ${missing.join(', ')}`).toEqual([]);
  });

  it('are kebab-case and listed once', () => {
    expect(BUILT_IN_FINDING_CODES.filter((c) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c))).toEqual([]);
    expect(new Set(BUILT_IN_FINDING_CODES).size).toBe(BUILT_IN_FINDING_CODES.length);
  });
});

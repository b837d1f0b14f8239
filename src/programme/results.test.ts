// A programme on result files alone (result@1 carries names, parentId and type): the same names,
// tree and figures as with the reviews, but for the metrics that need the reviews' members.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateReview, parseReview } from '../builtIn.js';
import type { RatedResult } from '../report/types.js';
import { evaluateProgramme } from './evaluate.js';
import { parseProgramme } from './parse.js';

const load = (f: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/${f}`, import.meta.url)), 'utf8'));

describe('evaluateProgramme on results alone', () => {
  const reviews = ['xa-an-binh-2024.json', 'xa-an-binh-2025.json'].map((f) => parseReview(load(f)));
  const programme = parseProgramme(load('de-an-03.json'));
  const withReviews = evaluateProgramme(programme, reviews.map((review) => ({ result: evaluateReview(review), review })));
  const alone = evaluateProgramme(programme, reviews.map((review) => ({ result: JSON.parse(JSON.stringify(evaluateReview(review))) as RatedResult })));

  it('names the members and units as with the reviews', () => {
    expect(alone.summary.consecutiveKhtnv).toEqual(withReviews.summary.consecutiveKhtnv);
    expect(alone.summary.consecutiveKhtnv.members.length).toBeGreaterThan(0);
    expect(alone.summary.weakestUnits).toEqual(withReviews.summary.weakestUnits);
    expect(alone.summary.weakestUnits[0]?.name).not.toMatch(/^cb-/);
  });

  it('computes the metrics that need only the results, the tree included', () => {
    const metric = (e: typeof alone, id: string) => e.indicators.find((i) => i.indicator.id === id)?.years.map((y) => y.actual);
    for (const e of withReviews.indicators) {
      if (e.indicator.metric?.startsWith('organizations.') || e.indicator.metric?.startsWith('members.httnv')) expect(metric(alone, e.indicator.id)).toEqual(metric(withReviews, e.indicator.id));
    }
  });
});

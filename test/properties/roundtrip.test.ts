// Properties of parsing valid reviews: a JSON round trip changes nothing, parsing is idempotent
// (the parsed review is itself a valid review that parses to itself), the JSON-text entry point
// agrees with the object one, and text comes back NFC and trimmed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview, parseReview, parseReviewJson } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { params, timeout } from './config.js';

/** Every string in a JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('round trip', () => {
  it(
    'parseReview(JSON.parse(JSON.stringify(review))) deep-equals parseReview(review), and parseReviewJson agrees',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          const direct = parseReview(review);
          const text = JSON.stringify(review);
          expect(parseReview(JSON.parse(text))).toStrictEqual(direct);
          expect(parseReviewJson(text)).toStrictEqual(direct);
          expect(parseReviewJson(JSON.stringify(review, null, 2))).toStrictEqual(direct);
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'parsing is idempotent and does not mutate its input',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          const text = JSON.stringify(review);
          const once = parseReview(review);
          expect(JSON.stringify(review)).toBe(text);
          expect(parseReview(once)).toStrictEqual(once);
          expect(parseReview(JSON.parse(JSON.stringify(once)))).toStrictEqual(once);
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'parsed text is NFC and trimmed',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          for (const s of strings(parseReview(review))) {
            expect(s, JSON.stringify(s)).toBe(s.normalize('NFC'));
            expect(s, JSON.stringify(s)).toBe(s.trim());
          }
        }),
        params('cheap'),
      );
    },
    timeout('cheap'),
  );

  it(
    'evaluating the parsed review or the raw one gives the same result',
    () => {
      fc.assert(
        fc.property(reviewArb(), (review) => {
          expect(evaluateReview(parseReview(review))).toStrictEqual(evaluateReview(review));
        }),
        params('expensive'),
      );
    },
    timeout('expensive'),
  );
});

// Property: the safe entry points are total. `safeParseReview`, `safeParseReviewJson` and
// `safeEvaluateReview` return (never throw) for any JSON value, any JS value, JSON with
// `__proto__`/`constructor`/`prototype` keys, values that throw when read, and near misses of valid
// reviews; a failure lists at least one issue with a path, a code and a message, never an
// internal error; parsing and evaluating agree on what is valid; and afterwards
// `Object.prototype` has no new keys.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeEvaluateReview, safeParseReview, safeParseReviewJson, type SafeResult } from '../../src/index.js';
import { params, timeout } from './config.js';
import { anyValueArb, HOSTILE_MAKERS, nastyJsonArb, nearMissArb } from './junk.js';

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
let before: string[][] = [];
const snapshot = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort());

beforeAll(() => {
  before = snapshot();
});

afterAll(() => {
  expect(snapshot()).toEqual(before);
});

function expectWellFormed(r: SafeResult<unknown>, internalErrors: 'refused' | 'tolerated' = 'refused'): void {
  if (r.success) return;
  expect(r.issues.length).toBeGreaterThan(0);
  for (const issue of r.issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.code).toBe('string');
    expect(typeof issue.message).toBe('string');
    if (internalErrors === 'refused') expect(issue.code, issue.message).not.toBe('internal-error');
  }
}

function unpolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** The overrides `xeploai evaluate --set headCap=warn` passes (they make `evaluateReview` copy the input first). */
const OVERRIDES = { settings: { headCap: 'warn' } } as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the overrides should mean: the file with `settings.headCap` replaced (an invalid `settings` stays invalid). */
function withOverride(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
  if (input['settings'] === undefined) return { ...input, settings: { ...OVERRIDES.settings } };
  return isPlainObject(input['settings']) ? { ...input, settings: { ...input['settings'], ...OVERRIDES.settings } } : input;
}

/**
 * Both safe functions on one input (evaluation with and without option overrides): none throws,
 * every result is well formed, and they agree on whether the input is valid.
 */
function total(input: unknown, internalErrors: 'refused' | 'tolerated' = 'refused'): void {
  let parsed: SafeResult<unknown> | undefined;
  let evaluated: SafeResult<unknown> | undefined;
  let overridden: SafeResult<unknown> | undefined;
  expect(() => {
    parsed = safeParseReview(input);
  }).not.toThrow();
  expect(() => {
    evaluated = safeEvaluateReview(input);
  }).not.toThrow();
  expect(() => {
    overridden = safeEvaluateReview(input, OVERRIDES);
  }).not.toThrow();
  for (const r of [parsed!, evaluated!, overridden!]) expectWellFormed(r, internalErrors);
  if (internalErrors === 'refused') {
    expect(evaluated!.success, 'safeParseReview and safeEvaluateReview agree on validity').toBe(parsed!.success);
    let expected = parsed!.success;
    try {
      expected = safeParseReview(withOverride(input)).success;
    } catch {
      // Unreadable input: the overrides cannot be merged, and the input stays invalid.
    }
    expect(overridden!.success, 'overrides change only the setting they name').toBe(expected);
  }
  unpolluted();
}

describe('totality of the safe API', () => {
  it('any JSON value (fc.jsonValue)', () => fc.assert(fc.property(fc.jsonValue(), (v) => total(v)), params('trivial')), timeout('trivial'));

  it('any JS value (fc.anything, every option)', () => fc.assert(fc.property(anyValueArb, (v) => total(v)), params('trivial')), timeout('trivial'));

  it('JSON objects with __proto__, constructor and prototype keys (made by JSON.parse)', () => fc.assert(fc.property(nastyJsonArb, (v) => total(v)), params('trivial')), timeout('trivial'));

  it('any value as a review file’s member, organization or field', () =>
    fc.assert(
      fc.property(anyValueArb, nastyJsonArb, (a, b) => {
        total({ format: 'xeploai/review@1', year: 2024, organizations: [a], members: [b] });
        total({ format: 'xeploai/review@1', year: a, reviewDate: b, organizations: [], members: [] });
        total({ format: 'xeploai/review@1', year: 2024, settings: b, organizations: [], members: a });
      }),
      params('cheap'),
    ), timeout('cheap'));

  it.each(HOSTILE_MAKERS)('%s: no exception escapes', (_name, make) => total(make(), 'tolerated'));

  // Regression: `evaluateReview` once read the input before validating it (overrides merged with
  // `{ ...input }`), so unreadable input gave `internal-error` instead of `unreadable`.
  it('safeEvaluateReview reports unreadable input as an input issue, not an internal error', () => {
    for (const [, make] of HOSTILE_MAKERS) total(make());
  });

  // Regression: with `options.settings` (the CLI's --set), a `settings` that is not an object was
  // once replaced by the overrides, so an invalid file was accepted.
  it('overrides do not hide an invalid `settings` of the file', () => {
    for (const settings of ['', null, [], 'tccsd', 42]) {
      const input = { format: 'xeploai/review@1', year: 2024, settings, organizations: [], members: [] };
      expect(safeParseReview(input).success).toBe(false);
      expect(safeEvaluateReview(input, OVERRIDES).success, JSON.stringify(settings)).toBe(false);
    }
  });

  it('near misses of valid reviews (one value replaced, removed or added)', () => fc.assert(fc.property(nearMissArb, (v) => total(v)), params('cheap')), timeout('cheap'));

  it('safeParseReviewJson on any text and on the JSON text of any JSON value', () =>
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), nastyJsonArb.map((v) => JSON.stringify(v))), (text) => {
        let r: SafeResult<unknown> | undefined;
        expect(() => {
          r = safeParseReviewJson(text);
        }).not.toThrow();
        expectWellFormed(r!);
        unpolluted();
      }),
      params('trivial'),
    ), timeout('trivial'));
});

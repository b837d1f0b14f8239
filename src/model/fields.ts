/**
 * The field-level zod schemas of the review file: texts, dates, counts, years, scores,
 * enumerations. Every issue they raise reads `expected …, got …`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { describeValue } from '../errors.js';
import { LEVELS } from '../levels.js';
import { isIsoDate } from './dates.js';
import { didYouMean } from './suggest.js';
import { GRADES } from './types.js';

/**
 * The error parameter of a schema whose every issue reads `expected WHAT, got VALUE`.
 *
 * @internal
 * @example
 * ```ts
 * z.string(expecting('a name')).safeParse(1).error?.issues[0]?.message; // 'expected a name, got 1'
 * ```
 */
export function expecting(what: string): { error: (issue: { readonly input?: unknown }) => string } {
  return { error: (issue) => `expected ${what}, got ${describeValue(issue.input)}` };
}

/**
 * The allowed values of an enumeration, for an error message.
 *
 * @internal
 * @example
 * ```ts
 * oneOf(['du-bi', 'chinh-thuc']); // 'one of "du-bi", "chinh-thuc"'
 * ```
 */
export function oneOf(values: readonly (string | number)[]): string {
  return `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

/**
 * The params of a refinement that reports with an issue code of its own (read back by `fromZodIssues`).
 *
 * @internal
 * @example
 * ```ts
 * z.string().check(z.refine(isIsoDate, refinement('a date YYYY-MM-DD', 'invalid-date')));
 * ```
 */
export function refinement(what: string, code: string): ReturnType<typeof expecting> & { params: { code: string } } {
  return { ...expecting(what), params: { code } };
}

/**
 * A strict object: an unknown field is an issue at its own path (docs/guides/formats.md §1).
 * `noun` names the object in the message when the value is not an object at all.
 *
 * @internal
 * @example
 * ```ts
 * strictObject('a post', { title: TextSchema }).safeParse({ title: 'x', extra: 1 }).error?.issues[0]?.message;
 * // 'expected one of the fields title'
 * ```
 */
export function strictObject<S extends z.core.$ZodLooseShape>(noun: string, shape: S) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `${FIELDS_PREFIX}${fields}` : `expected ${noun}, got ${describeValue(issue.input)}`,
  });
}

/**
 * How a strict object's message on unknown fields starts; the field names follow, comma-separated
 * (read back by `fromZodIssues` to say which field was meant).
 *
 * @internal
 * @example
 * ```ts
 * FIELDS_PREFIX; // 'expected one of the fields '
 * ```
 */
export const FIELDS_PREFIX = 'expected one of the fields ';

/**
 * A text field: NFC-normalised, trimmed, non-empty (ids, names, titles).
 *
 * @example
 * ```ts
 * import { TextSchema } from 'xeploai/schema';
 * TextSchema.parse('  Nguye\u0302\u0303n Va\u0306n An '); // 'Nguyễn Văn An' (NFC, trimmed)
 * ```
 */
export const TextSchema = z.string(expecting('a non-empty string')).check(z.normalize('NFC'), z.trim(), z.minLength(1, expecting('a non-empty string')));

const DATE = 'a date YYYY-MM-DD';

/**
 * A calendar date written exactly `YYYY-MM-DD` that exists (no time, no zone, no Excel serial),
 * from 1930-01-01 to 2100-12-31 (the years of `YearSchema`).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'xeploai/schema';
 * IsoDateSchema.safeParse('2024-02-29').success; // true
 * IsoDateSchema.safeParse('2024-02-30').error?.issues[0]?.message; // 'expected a date YYYY-MM-DD, got "2024-02-30"'
 * IsoDateSchema.safeParse('0001-01-01').error?.issues[0]?.message; // 'expected a date from 1930-01-01 to 2100-12-31, got "0001-01-01"'
 * ```
 */
export const IsoDateSchema = z
  .string(expecting(DATE))
  .check(
    z.refine(isIsoDate, { ...refinement(DATE, 'invalid-date'), abort: true }),
    // The years a review may have (see YearSchema): a date outside them is a typing error.
    z.refine((d) => d >= '1930-01-01' && d <= '2100-12-31', refinement('a date from 1930-01-01 to 2100-12-31', 'out-of-range')),
    z.meta({ format: 'date', description: 'A calendar date YYYY-MM-DD' }),
  );

const COUNT = 'a whole number ≥ 0';

/**
 * A count: a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { CountSchema } from 'xeploai/schema';
 * CountSchema.safeParse(2.5).success; // false
 * ```
 */
export const CountSchema = z.int(expecting(COUNT)).check(z.gte(0, { ...expecting(COUNT), abort: true }));

const YEAR = 'a year from 1930 to 2100';

/**
 * A year: an integer from 1930 (the Party's founding) to 2100.
 *
 * @example
 * ```ts
 * import { YearSchema } from 'xeploai/schema';
 * YearSchema.safeParse(2024).success; // true
 * ```
 */
export const YearSchema = z.int(expecting(YEAR)).check(z.gte(1930, { ...expecting(YEAR), abort: true }), z.lte(2100, { ...expecting(YEAR), abort: true }));

/**
 * Whether a number has at most one decimal place, compared in integer tenths
 * (so 64.3, stored as 64.29999…, passes and 27.25 does not).
 *
 * @internal
 * @example
 * ```ts
 * hasAtMostOneDecimal(64.3); // true
 * hasAtMostOneDecimal(27.25); // false
 * ```
 */
export function hasAtMostOneDecimal(value: number): boolean {
  const tenths = value * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-6;
}

/**
 * A score from 0 to `max` points with at most one decimal place (the parts of a 100-point score sheet).
 *
 * @internal
 * @example
 * ```ts
 * scorePointsSchema(30).safeParse(27.5).success; // true
 * scorePointsSchema(30).safeParse(30.5).success; // false
 * ```
 */
export function scorePointsSchema(max: number) {
  const what = `a score from 0 to ${max} with at most one decimal place`;
  return z
    .number(expecting(what))
    .check(z.gte(0, { ...expecting(what), abort: true }), z.lte(max, { ...expecting(what), abort: true }), z.refine(hasAtMostOneDecimal, refinement(what, 'invalid-number')));
}

/**
 * A boolean flag.
 *
 * @internal
 * @example
 * ```ts
 * FlagSchema.safeParse('true').success; // false
 * ```
 */
export const FlagSchema = z.boolean(expecting('true or false'));

/**
 * An enumeration whose error lists the allowed values and, for a slip (a Vietnamese word with
 * diacritics, another case, a typo), the value meant.
 *
 * @internal
 * @example
 * ```ts
 * enumSchema(['chinh-thuc', 'du-bi'] as const).safeParse('x').error?.issues[0]?.message;
 * // 'expected one of "chinh-thuc", "du-bi", got "x"'
 * enumSchema(['chinh-thuc', 'du-bi'] as const).safeParse('chính thức').error?.issues[0]?.message;
 * // 'expected one of "chinh-thuc", "du-bi", got "chính thức"; did you mean "chinh-thuc"?'
 * ```
 */
export function enumSchema<const T extends readonly [string, ...string[]]>(values: T) {
  const expected = expecting(oneOf(values));
  return z.enum(values, { error: (issue) => `${expected.error(issue)}${didYouMean(issue.input, values)}` });
}

/**
 * A quality level: `HTXSNV`, `HTTNV`, `HTNV` or `KHTNV`.
 *
 * @example
 * ```ts
 * import { LevelSchema } from 'xeploai/schema';
 * LevelSchema.parse('HTTNV'); // 'HTTNV'
 * ```
 */
export const LevelSchema = enumSchema(LEVELS);

/**
 * A criterion grade: `xuat-sac`, `tot`, `trung-binh` or `kem`.
 *
 * @example
 * ```ts
 * import { GradeSchema } from 'xeploai/schema';
 * GradeSchema.safeParse('good').success; // false
 * ```
 */
export const GradeSchema = enumSchema(GRADES);

/**
 * zod schemas of the programme document `xeploai/programme@1` (docs/guides/formats.md §3): strict objects,
 * NFC text, years, values by year. The checks across fields (years inside the programme, the
 * metric's unit, actuals or a metric, duplicate ids) are in `parse.ts`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { enumSchema, expecting, FlagSchema, strictObject, TextSchema, YearSchema } from '../model/fields.js';
import { METRIC_IDS } from './metrics.js';
import type { IndicatorDirection, IndicatorUnit } from './types.js';

/** The format tag of a programme document. @example `PROGRAMME_FORMAT // 'xeploai/programme@1'` */
export const PROGRAMME_FORMAT = 'xeploai/programme@1';

/** Indicator units. @example `INDICATOR_UNITS // ['percent', 'count']` */
export const INDICATOR_UNITS = ['percent', 'count'] as const satisfies readonly IndicatorUnit[];

/** Indicator directions. @example `INDICATOR_DIRECTIONS // ['at-least', 'at-most']` */
export const INDICATOR_DIRECTIONS = ['at-least', 'at-most'] as const satisfies readonly IndicatorDirection[];

const VALUE = 'a number ≥ 0';

/**
 * Values by year: an object whose keys are years (`"2024"`) and whose values are numbers ≥ 0.
 * Which years are allowed depends on the programme and is checked by `parseProgramme`.
 *
 * @example
 * ```ts
 * import { YearValuesSchema } from 'xeploai/programme';
 * YearValuesSchema.safeParse({ '2024': 90, '2025': 92.5 }).success; // true
 * YearValuesSchema.safeParse({ '2024': -1 }).success; // false
 * ```
 */
export const YearValuesSchema = z.record(
  z.string(),
  z.number(expecting(VALUE)).check(z.gte(0, { ...expecting(VALUE), abort: true })),
  expecting('an object of values by year, e.g. { "2024": 90 }'),
);

/**
 * A citation `{ doc, article, note? }`.
 *
 * @example
 * ```ts
 * import { CitationSchema } from 'xeploai/programme';
 * CitationSchema.parse({ doc: '21-NQ/TW', article: 'Mục tiêu' });
 * ```
 */
export const CitationSchema = strictObject('a citation { doc, article, note }', { doc: TextSchema, article: TextSchema, note: z.exactOptional(TextSchema) });

/**
 * One indicator of a programme.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from 'xeploai/programme';
 * IndicatorSchema.safeParse({ id: 'x', title: 'X', unit: 'percent', direction: 'up', targets: {} }).success; // false
 * ```
 */
export const IndicatorSchema = strictObject('an indicator object', {
  id: TextSchema,
  title: TextSchema,
  unit: enumSchema(INDICATOR_UNITS),
  direction: enumSchema(INDICATOR_DIRECTIONS),
  strict: z.exactOptional(FlagSchema),
  targets: YearValuesSchema,
  metric: z.exactOptional(enumSchema(METRIC_IDS as unknown as readonly [string, ...string[]])),
  actuals: z.exactOptional(YearValuesSchema),
  denominators: z.exactOptional(YearValuesSchema),
  cite: z.exactOptional(CitationSchema),
});

const HEADER_SHAPE = {
  format: z.literal(PROGRAMME_FORMAT, expecting(JSON.stringify(PROGRAMME_FORMAT))),
  id: TextSchema,
  title: TextSchema,
  fromYear: YearSchema,
  toYear: YearSchema,
};

/**
 * A whole programme document, field by field. Use `parseProgramme` to also check years, units and ids.
 *
 * @example
 * ```ts
 * import { ProgrammeSchema } from 'xeploai/programme';
 * ProgrammeSchema.safeParse({ format: 'xeploai/programme@1', id: 'p', title: 'P', fromYear: 2024, toYear: 2026, indicators: [] }).success; // false: no indicator
 * ```
 */
export const ProgrammeSchema = strictObject('a programme object', {
  ...HEADER_SHAPE,
  indicators: z.array(IndicatorSchema, expecting('an array of indicators')).check(z.minLength(1, expecting('at least one indicator'))),
});

/**
 * The programme with `indicators` left raw, so each indicator is parsed and reported on its own.
 *
 * @internal
 * @example
 * ```ts
 * ProgrammeShellSchema.safeParse({ format: 'xeploai/programme@1', id: 'p', title: 'P', fromYear: 2024, toYear: 2026, indicators: [1] }).success; // true
 * ```
 */
export const ProgrammeShellSchema = strictObject('a programme object', {
  ...HEADER_SHAPE,
  indicators: z.array(z.unknown(), expecting('an array of indicators')).check(z.minLength(1, expecting('at least one indicator'))),
});

/**
 * JSON Schema (draft 2020-12) of the three documents, generated from their zod schemas with
 * `z.toJSONSchema`, then tightened where JSON Schema can say what the zod refinements check:
 * calendar dates (a pattern that knows month lengths and leap years), non-blank texts, the score's
 * two shapes, the named settings and their values, refused keys, `rated` ⇔ `level`.
 *
 * What it cannot say — and `parseReview` still checks — is anything that compares two values or
 * looks across the document: dates against the review date, `violationYear` against `decidedOn`,
 * task and shortcoming counts against each other, unique ids, references and cycles, the rule
 * set's years, periods, criteria and settings, one decimal place in scores.
 *
 * @module
 */
import * as z from 'zod/mini';
import { FORBIDDEN_KEYS } from '../model/guard.js';
import { DATA_KEY_PATTERN, RecordDataSchema } from '../model/data.js';
import { TextSchema } from '../model/fields.js';
import { ScoreSchema, CriteriaSchema } from '../model/parts.js';
import { ReviewFileSchema, ReviewSettingsSchema } from '../model/schema.js';
import { ProgrammeSchema, YearValuesSchema } from '../programme/schema.js';
import { ResultFileSchema, SettingValuesSchema } from './result.js';

/**
 * A JSON Schema document (draft 2020-12), as a plain JSON object.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from 'xeploai/schema';
 * const s: JsonSchema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };
 * ```
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * A calendar date `YYYY-MM-DD` that exists (Gregorian: 30-day months, February 28, or 29 in leap
 * years), as a regular expression: the same dates `isIsoDate` accepts.
 *
 * @example
 * ```ts
 * import { CALENDAR_DATE_PATTERN } from 'xeploai/schema';
 * const date = new RegExp(CALENDAR_DATE_PATTERN);
 * date.test('2024-02-29'); // true
 * date.test('2023-02-29'); // false
 * date.test('2024-04-31'); // false
 * ```
 */
export const CALENDAR_DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

type Mutable = Record<string, unknown>;

const NOT_FORBIDDEN = { not: { enum: [...FORBIDDEN_KEYS] } };

const SCORE_SHAPES = [
  { required: ['general', 'results'], properties: { general: true, results: true, total: false } },
  { required: ['total'], properties: { total: true, general: false, results: false } },
];

function settingsJson(): Mutable {
  const s = z.toJSONSchema(SettingValuesSchema, { target: 'draft-2020-12' }) as Mutable;
  delete s['$schema'];
  return s;
}

/** Tightens one generated node where the zod schema's refinements have a JSON Schema equivalent. */
function tighten(zodSchema: unknown, json: Mutable): void {
  if (json['format'] === 'date' && json['type'] === 'string') json['pattern'] = CALENDAR_DATE_PATTERN;
  if (zodSchema === TextSchema) {
    // zod trims before `min(1)`: a text of spaces only is empty
    json['pattern'] = '\\S';
  }
  if (zodSchema === ScoreSchema) {
    json['oneOf'] = SCORE_SHAPES;
    json['description'] = 'Either "general" (≤ 30) and "results" (≤ 70), or "total" (≤ 100) alone; at most one decimal place (checked by parseReview).';
  }
  if (zodSchema === CriteriaSchema) json['propertyNames'] = NOT_FORBIDDEN;
  // zod checks the keys of `data` with a refinement (no regex check in the core bundle)
  if (zodSchema === RecordDataSchema) json['propertyNames'] = { type: 'string', pattern: DATA_KEY_PATTERN };
  if (zodSchema === ReviewSettingsSchema) {
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, settingsJson());
  }
  if (zodSchema === YearValuesSchema) json['propertyNames'] = { pattern: '^\\d{4}$' };
}

/** `rated: true` goes with a level, `rated: false` with `level: null`. */
function ratedImpliesLevel(entry: Mutable): void {
  entry['if'] = { properties: { rated: { const: true } } };
  entry['then'] = { properties: { level: { type: 'string' } } };
  entry['else'] = { properties: { level: { type: 'null' } } };
}

function generate(schema: z.core.$ZodType, io: 'input' | 'output', meta: { title: string; description: string }): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    override: (ctx) => tighten(ctx.zodSchema, ctx.jsonSchema as Mutable),
  }) as Mutable;
  const { $schema, ...rest } = json;
  return { $schema, title: meta.title, description: meta.description, ...rest };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Builds the JSON Schema of the review file `xeploai/review@1` from its zod schema.
 *
 * @example
 * ```ts
 * import { buildReviewJsonSchema } from 'xeploai/schema';
 * buildReviewJsonSchema().required; // ['format', 'year', 'organizations', 'members']
 * ```
 */
export function buildReviewJsonSchema(): JsonSchema {
  return generate(ReviewFileSchema, 'input', {
    title: 'xeploai/review@1',
    description:
      'A review file of xeploai (kiểm điểm, đánh giá, xếp loại chất lượng). Passing this schema is necessary, not sufficient: parseReview also checks dates against the review date, counts against each other, unique ids, references, cycles, and the rule set’s years, periods, criteria and settings.',
  });
}

/**
 * Builds the JSON Schema of the result document `xeploai/result@1` from its zod schema.
 *
 * @example
 * ```ts
 * import { buildResultJsonSchema } from 'xeploai/schema';
 * (buildResultJsonSchema().properties as { format: unknown }).format; // { type: 'string', const: 'xeploai/result@1' }
 * ```
 */
export function buildResultJsonSchema(): JsonSchema {
  const json = generate(ResultFileSchema, 'output', {
    title: 'xeploai/result@1',
    description: 'The result of evaluating a review with xeploai: a level, a basis and cited findings for every member, head and organization, the unit checks and a summary.',
  }) as Mutable;
  const properties = json['properties'] as Record<string, Mutable>;
  for (const list of ['members', 'leaders', 'organizations']) ratedImpliesLevel(properties[list]!['items'] as Mutable);
  return json;
}

/**
 * Builds the JSON Schema of the programme document `xeploai/programme@1` from its zod schema.
 *
 * @example
 * ```ts
 * import { buildProgrammeJsonSchema } from 'xeploai/schema';
 * buildProgrammeJsonSchema().title; // 'xeploai/programme@1'
 * ```
 */
export function buildProgrammeJsonSchema(): JsonSchema {
  return generate(ProgrammeSchema, 'input', {
    title: 'xeploai/programme@1',
    description: 'A programme (Đề án) with indicators, yearly targets and actuals. parseProgramme also checks the years against the programme, the metric’s unit and duplicate ids.',
  });
}

/**
 * JSON Schema of the review file `xeploai/review@1` (frozen; also shipped as `schema/review-1.schema.json`).
 *
 * @example
 * ```ts
 * import { reviewJsonSchema } from 'xeploai/schema';
 * reviewJsonSchema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export const reviewJsonSchema: JsonSchema = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ buildReviewJsonSchema());

/**
 * JSON Schema of the result document `xeploai/result@1` (frozen; also `schema/result-1.schema.json`).
 *
 * @example
 * ```ts
 * import { resultJsonSchema } from 'xeploai/schema';
 * resultJsonSchema.title; // 'xeploai/result@1'
 * ```
 */
export const resultJsonSchema: JsonSchema = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ buildResultJsonSchema());

/**
 * JSON Schema of the programme document `xeploai/programme@1` (frozen; also `schema/programme-1.schema.json`).
 *
 * @example
 * ```ts
 * import { programmeJsonSchema } from 'xeploai/schema';
 * programmeJsonSchema.title; // 'xeploai/programme@1'
 * ```
 */
export const programmeJsonSchema: JsonSchema = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ buildProgrammeJsonSchema());

/**
 * The three schemas by file name under `schema/`, as the generator writes them.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_FILES } from 'xeploai/schema';
 * Object.keys(JSON_SCHEMA_FILES); // ['review-1.schema.json', 'result-1.schema.json', 'programme-1.schema.json']
 * ```
 */
export const JSON_SCHEMA_FILES: Readonly<Record<string, JsonSchema>> = /* @__PURE__ */ Object.freeze({
  'review-1.schema.json': reviewJsonSchema,
  'result-1.schema.json': resultJsonSchema,
  'programme-1.schema.json': programmeJsonSchema,
});

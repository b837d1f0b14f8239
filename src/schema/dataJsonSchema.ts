/**
 * The review's JSON Schema for one rule set: with the `data` schemas a province's rule set
 * declares (`extendRuleSet`'s `data`), so that apps in other languages check the province's own
 * facts before sending a file, as `parseReview` does.
 *
 * @module
 */
import { XeploaiError } from '../errors.js';
import type { DataSchema, DataSchemas } from '../model/data.js';
import { buildReviewJsonSchema, type JsonSchema } from './jsonSchema.js';

type Mutable = Record<string, unknown>;

/** A data schema's JSON Schema, from the Standard JSON Schema interface (zod 4.2+ and others). */
function dataJson(schema: DataSchema<unknown>, path: string): Mutable {
  const converter = (schema['~standard'] as { jsonSchema?: { input?: (options: { target: string }) => Mutable } }).jsonSchema;
  if (typeof converter?.input !== 'function') {
    throw new XeploaiError([{ path, code: 'no-json-schema', message: 'expected a data schema that can write its JSON Schema (Standard JSON Schema, e.g. zod 4.2 or later), got one that cannot' }]);
  }
  const json = { ...converter.input({ target: 'draft-2020-12' }) };
  delete json['$schema'];
  return json;
}

/**
 * The JSON Schema of `xeploai/review@1` for a rule set: `reviewJsonSchema`, with each record's
 * `data` also held to the rule set's `data` schemas (converted through the Standard JSON Schema
 * interface, which zod schemas have). For a rule set without `data` schemas it equals
 * `reviewJsonSchema`.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { getRuleSet } from 'xeploai';
 * import { extendRuleSet } from 'xeploai/rules';
 * import { reviewJsonSchemaFor } from 'xeploai/schema';
 * const tinh = extendRuleSet(getRuleSet('qd366-2025'), { id: 'tinh-x', title: 'X', data: { members: z.object({ vangSinhHoat: z.int().min(0) }) } });
 * const schema = reviewJsonSchemaFor(tinh);
 * JSON.stringify(schema).includes('vangSinhHoat'); // true
 * ```
 */
export function reviewJsonSchemaFor(ruleSet: { readonly data?: DataSchemas<unknown, unknown> }): JsonSchema {
  const json = buildReviewJsonSchema() as Mutable;
  const lists = json['properties'] as Record<string, { items: { properties: Record<string, unknown> } }>;
  for (const list of ['members', 'organizations'] as const) {
    const schema = ruleSet.data?.[list];
    if (schema === undefined) continue;
    const properties = lists[list]!.items.properties;
    properties['data'] = { allOf: [properties['data'], dataJson(schema, `data.${list}`)] };
  }
  return json;
}

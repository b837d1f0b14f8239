/**
 * `data` — the app's own facts on a member or an organization, for its province rule set
 * (docs/guides/formats.md §1 "data"): identifier keys, JSON values, at most 8 levels and 64 KB per
 * record. Built-in rule sets never read it; a rule set made with `extendRuleSet` may declare a
 * schema for it (any Standard Schema: zod, valibot…), checked by `parseReview` with the path of
 * each problem (`members[3].data.vangSinhHoat`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { describeValue } from '../errors.js';
import { expecting } from './fields.js';
import type { PathedIssue, PathSegments } from './issues.js';
import type { RecordData } from './types.js';

/**
 * How deep `data` may nest: the `data` object itself is level 1.
 *
 * @example
 * ```ts
 * import { DATA_MAX_DEPTH } from 'xeploai/schema';
 * DATA_MAX_DEPTH; // 8
 * ```
 */
export const DATA_MAX_DEPTH = 8;

/**
 * The most bytes one record's `data` may take, written as JSON in UTF-8.
 *
 * @example
 * ```ts
 * import { DATA_MAX_BYTES } from 'xeploai/schema';
 * DATA_MAX_BYTES; // 65536
 * ```
 */
export const DATA_MAX_BYTES = 64 * 1024;

/**
 * The keys `data` allows, as a regular expression source (identifiers).
 *
 * @internal
 * @example
 * ```ts
 * new RegExp(DATA_KEY_PATTERN).test('vangSinhHoat'); // true
 * ```
 */
export const DATA_KEY_PATTERN = '^[A-Za-z][A-Za-z0-9_]*$';
const KEY = new RegExp(DATA_KEY_PATTERN);
const encoder = new TextEncoder();

type Walk = { readonly path: PropertyKey[]; readonly message: string } | undefined;

/** The first value in `value` that is not JSON data or nests too deep, with its path below `data`. */
function firstProblem(value: unknown, depth: number, path: PropertyKey[]): Walk {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, message: `expected a JSON value (a finite number), got ${describeValue(value)}` };
  if (typeof value !== 'object') return { path, message: `expected a JSON value, got ${describeValue(value)}` };
  if (depth >= DATA_MAX_DEPTH) return { path, message: `expected data nested at most ${DATA_MAX_DEPTH} levels deep, got deeper` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstProblem(value[i], depth + 1, [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (Object.prototype.toString.call(value) !== '[object Object]') return { path, message: `expected a JSON value, got ${describeValue(value)}` };
  for (const [key, inner] of Object.entries(value)) {
    const found = firstProblem(inner, depth + 1, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The schema of `data`: an object with identifier keys (`[A-Za-z][A-Za-z0-9_]*`) whose values are
 * JSON (strings, finite numbers, booleans, null, arrays, objects), at most 8 levels deep and
 * 64 KB of JSON per record. (The keys `__proto__`, `constructor` and `prototype` are refused at any
 * depth before any schema runs.)
 *
 * @example
 * ```ts
 * import { RecordDataSchema } from 'xeploai/schema';
 * RecordDataSchema.safeParse({ vangSinhHoat: 4, ghiChu: ['x'] }).success; // true
 * RecordDataSchema.safeParse({ 'vắng': 4 }).success; // false
 * ```
 */
export const RecordDataSchema = z
  .record(z.string().check(z.refine((key) => KEY.test(key), expecting('an identifier key [A-Za-z][A-Za-z0-9_]*'))), z.unknown(), expecting('an object of the app\'s own facts'))
  .check(
    z.superRefine((data, ctx) => {
      for (const [key, value] of Object.entries(data)) {
        const found = firstProblem(value, 1, [key]);
        if (found) ctx.addIssue({ code: 'custom', path: found.path, input: undefined, params: { code: 'invalid-data' }, message: found.message });
      }
      const bytes = encoder.encode(JSON.stringify(data)).length;
      if (bytes > DATA_MAX_BYTES) ctx.addIssue({ code: 'custom', input: undefined, params: { code: 'data-too-large' }, message: `expected at most ${DATA_MAX_BYTES} bytes of data per record, got ${bytes}` });
    }),
  ) as z.ZodMiniType<RecordData, RecordData>;

/**
 * A schema in the Standard Schema form (zod, valibot, arktype… schemas all are): `data` of a
 * member or an organization is checked with it, synchronously.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { DataSchema } from 'xeploai/rules';
 * const schema: DataSchema<{ vangSinhHoat: number }> = z.object({ vangSinhHoat: z.int().min(0) });
 * ```
 */
export interface DataSchema<Output = RecordData> {
  /** The Standard Schema interface: `validate` checks a value synchronously. */
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => DataSchemaResult<Output> | Promise<DataSchemaResult<Output>>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
  };
}

/**
 * What a `DataSchema` returns: the value, or the issues with their paths below `data`.
 *
 * @example
 * ```ts
 * import type { DataSchemaResult } from 'xeploai/rules';
 * const r: DataSchemaResult<number> = { issues: [{ message: 'Too small', path: ['vangSinhHoat'] }] };
 * ```
 */
export type DataSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined }[] };

/**
 * The schemas a rule set declares for `data`: one for members, one for organizations.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import type { DataSchemas } from 'xeploai/rules';
 * const data: DataSchemas<{ vangSinhHoat: number }> = { members: z.object({ vangSinhHoat: z.int().min(0) }) };
 * ```
 */
export interface DataSchemas<MemberData = RecordData, OrganizationData = RecordData> {
  /** The schema of each member's `data`. */
  readonly members?: DataSchema<MemberData>;
  /** The schema of each organization's `data`. */
  readonly organizations?: DataSchema<OrganizationData>;
}

/**
 * Checks one record's `data` with the rule set's schema, appending the issues at `at` + `data` +
 * the schema's path (`members[3].data.vangSinhHoat`).
 *
 * @internal
 * @example
 * ```ts
 * const schema: DataSchema<{ n: number }> = { '~standard': { version: 1, vendor: 'x', validate: (v) => (typeof (v as { n?: unknown }).n === 'number' ? { value: v as { n: number } } : { issues: [{ message: 'expected a number', path: ['n'] }] }) } };
 * const out: PathedIssue[] = [];
 * checkRecordData({ n: 'x' }, schema, ['members', 3], out);
 * out[0]?.path; // ['members', 3, 'data', 'n']
 * ```
 */
export function checkRecordData(data: RecordData | undefined, schema: DataSchema<unknown> | undefined, at: PathSegments, out: PathedIssue[]): void {
  if (data === undefined || schema === undefined) return;
  let result: DataSchemaResult<unknown> | Promise<DataSchemaResult<unknown>>;
  try {
    result = schema['~standard'].validate(data);
  } catch (error) {
    out.push({ path: [...at, 'data'], code: 'invalid-data', message: `expected data the rule set's schema can check, got an error (${error instanceof Error ? error.message : String(error)})` });
    return;
  }
  if (result instanceof Promise) {
    out.push({ path: [...at, 'data'], code: 'invalid-data', message: 'expected a synchronous schema for data, got one that returns a Promise' });
    return;
  }
  for (const issue of result.issues ?? []) {
    const below = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p));
    const message = issue.message.startsWith('expected ') ? issue.message : `expected data that fits the rule set's schema (${issue.message})`;
    out.push({ path: [...at, 'data', ...below], code: 'invalid-data', message });
  }
}

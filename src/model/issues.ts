/**
 * Issue paths (`members[3].disciplines[0].decidedOn`), the conversion of zod issues into
 * `InputIssue`s, and the document order they are reported in.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { describeValue, type InputIssue } from '../errors.js';
import { FIELDS_PREFIX } from './fields.js';
import { suggestionFor } from './suggest.js';

/**
 * A path as segments: object keys and array indices.
 *
 * @internal
 * @example
 * ```ts
 * const path: PathSegments = ['members', 3, 'admittedOn'];
 * ```
 */
export type PathSegments = readonly PropertyKey[];

/**
 * An issue whose path is still in segments, so it can be sorted in document order.
 *
 * @internal
 * @example
 * ```ts
 * const issue: PathedIssue = { path: ['members', 3, 'orgId'], code: 'unknown-reference', message: 'expected …, got "x"' };
 * ```
 */
export interface PathedIssue {
  readonly path: PathSegments;
  readonly code: string;
  readonly message: string;
}

const DOTTABLE = /^[A-Za-z_$][\w$-]*$/;

/**
 * Writes a path the way issues show it: array indices in brackets, keys dotted
 * (keys that are not plain names are quoted in brackets).
 *
 * @internal
 * @example
 * ```ts
 * formatPath(['members', 3, 'disciplines', 0, 'decidedOn']); // 'members[3].disciplines[0].decidedOn'
 * formatPath(['settings', 'two words']); // 'settings["two words"]'
 * formatPath([]); // ''
 * ```
 */
export function formatPath(path: PathSegments): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${String(segment)}]`;
    else if (DOTTABLE.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A field meant (`admitted` → `admittedOn`, `orgID` → `orgId`) is named instead of every allowed field. */
function unknownFieldMessage(key: string, meant: string | undefined, list: string | undefined): string {
  if (meant !== undefined) return `expected a known field, got ${JSON.stringify(key)}; did you mean ${JSON.stringify(meant)}?`;
  return list !== undefined ? `${list}, got ${JSON.stringify(key)}` : `expected no field ${JSON.stringify(key)} here`;
}

function codeOf(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'missing-field';
      return (issue.expected === 'int' || issue.expected === 'number') && typeof input === 'number' ? 'invalid-number' : 'invalid-type';
    case 'invalid_value':
      // An enumeration given a value of another JSON type (a number for a status) is a wrong type.
      if (input === undefined) return 'missing-field';
      return issue.values.some((v) => typeof v === typeof input) ? 'invalid-value' : 'invalid-type';
    case 'invalid_union':
      // A discriminated union names a bad `kind`; a plain union (setting values) a wrong type.
      if (input === undefined) return 'missing-field';
      return 'discriminator' in issue ? 'invalid-value' : 'invalid-type';
    case 'too_small':
      return issue.origin === 'string' ? 'invalid-value' : 'out-of-range';
    case 'too_big':
      return 'out-of-range';
    case 'invalid_key':
      return 'invalid-key';
    case 'custom': {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' ? code : 'invalid-value';
    }
    default:
      return 'invalid-value';
  }
}

/**
 * Converts zod issues (parsed with `reportInput: true`) to path-segment issues under `prefix`,
 * appended to `out`: one issue per unknown field, at the field's own path (naming the field meant,
 * whose "missing" issue is then left out: `orgID` for `orgId` is one mistake).
 *
 * @internal
 * @example
 * ```ts
 * const out: PathedIssue[] = [];
 * fromZodIssues(MemberSchema.safeParse({}, { reportInput: true }).error!.issues, ['members', 0], out);
 * out[0]; // { path: ['members', 0, 'id'], code: 'missing-field', message: 'expected a non-empty string, got nothing' }
 * ```
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: PathSegments, out: PathedIssue[]): void {
  const start = out.length;
  // `orgID` given for `orgId`: one mistake, so the "missing orgId" it causes is not reported beside it.
  const meant = new Set<string>();
  for (const issue of issues) {
    const path = prefix.length === 0 ? issue.path : [...prefix, ...issue.path];
    const own = issue.message.startsWith('expected ');
    if (issue.code === 'unrecognized_keys') {
      const fields = issue.message.startsWith(FIELDS_PREFIX) ? issue.message.slice(FIELDS_PREFIX.length).split(', ') : [];
      for (const key of issue.keys) {
        const field = suggestionFor(key, fields);
        if (field !== undefined) meant.add(formatPath([...path, field]));
        out.push({ path: [...path, key], code: 'unknown-field', message: unknownFieldMessage(key, field, own ? issue.message : undefined) });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const message = own ? issue.message : `expected valid input (${issue.message}), got ${describeValue(input)}`;
    out.push({ path, code: codeOf(issue, input), message });
  }
  if (meant.size === 0) return;
  let kept = start;
  for (let i = start; i < out.length; i++) {
    const issue = out[i]!;
    if (issue.code === 'missing-field' && meant.has(formatPath(issue.path))) continue;
    out[kept++] = issue;
  }
  out.length = kept;
}

/**
 * Sorts issues in document order: by where their path lies in `document` (array index, then the
 * key's position among the object's own keys; a missing key after the present ones). Stable, so
 * issues at one place keep the order they were found in.
 *
 * @internal
 * @example
 * ```ts
 * sortInDocumentOrder([{ path: ['b'], code: 'c', message: 'm' }, { path: ['a'], code: 'c', message: 'm' }], { b: 1, a: 2 });
 * // b first: it comes first in the document
 * ```
 */
export function sortInDocumentOrder(issues: PathedIssue[], document: unknown): PathedIssue[] {
  if (issues.length < 2) return issues;
  // Object.keys of each object on an issue path, read once: key -> its position.
  const keyIndex = new Map<object, { readonly at: Map<PropertyKey, number>; readonly missing: number }>();
  const positionOf = (path: PathSegments): number[] => {
    const position: number[] = [];
    let node: unknown = document;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null) {
        position.push(Number.MAX_SAFE_INTEGER);
        node = undefined;
        continue;
      }
      try {
        if (Array.isArray(node)) {
          position.push(typeof segment === 'number' ? segment : Number.MAX_SAFE_INTEGER);
        } else {
          let index = keyIndex.get(node);
          if (!index) {
            const keys = Object.keys(node);
            index = { at: new Map(keys.map((k, i) => [k, i])), missing: keys.length };
            keyIndex.set(node, index);
          }
          position.push(index.at.get(segment) ?? index.missing);
        }
        node = (node as Record<PropertyKey, unknown>)[segment];
      } catch {
        position.push(Number.MAX_SAFE_INTEGER);
        node = undefined;
      }
    }
    return position;
  };
  const keyed = issues.map((issue, order) => ({ issue, order, position: positionOf(issue.path) }));
  keyed.sort((a, b) => {
    const n = Math.min(a.position.length, b.position.length);
    for (let i = 0; i < n; i++) {
      const d = a.position[i]! - b.position[i]!;
      if (d !== 0) return d;
    }
    return a.position.length - b.position.length || a.order - b.order;
  });
  return keyed.map((k) => k.issue);
}

/**
 * Formats path-segment issues as `InputIssue`s.
 *
 * @internal
 * @example
 * ```ts
 * toInputIssues([{ path: ['members', 0, 'id'], code: 'duplicate-id', message: 'm' }])[0]?.path; // 'members[0].id'
 * ```
 */
export function toInputIssues(issues: readonly PathedIssue[]): InputIssue[] {
  return issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message }));
}

/**
 * The pre-pass run before any schema: an iterative walk over raw input that rejects the keys
 * that reach object prototypes (`__proto__`, `constructor`, `prototype`), nesting deeper than
 * 64 levels, and values that throw when read (getters, revoked proxies). It copies nothing.
 *
 * @module
 */
import type { InputIssue } from '../errors.js';
import { sortInDocumentOrder, toInputIssues, type PathedIssue } from './issues.js';

/**
 * How deep objects and arrays may nest (the top-level object is level 1).
 *
 * @internal
 * @example
 * ```ts
 * MAX_NESTING; // 64
 * ```
 */
export const MAX_NESTING = 64;

/**
 * Keys refused at any depth: they reach or replace object prototypes.
 *
 * @internal
 * @example
 * ```ts
 * FORBIDDEN_KEYS.includes('__proto__'); // true
 * ```
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const FORBIDDEN = new Set(FORBIDDEN_KEYS);

/**
 * The longest array accepted (16,777,216 elements: about three times the country's party
 * members). A longer one, e.g. a sparse array of length 2³²−1 built in code, is an issue rather
 * than a walk and a schema pass that would exhaust the memory.
 *
 * @internal
 * @example
 * ```ts
 * import { MAX_ARRAY_LENGTH } from './guard.js';
 * MAX_ARRAY_LENGTH; // 16777216
 * ```
 */
export const MAX_ARRAY_LENGTH = 1 << 24;

/** Holes or `undefined` elements (never in parsed JSON) tolerated before the input is refused whole. */
const MAX_HOLES = 1000;

/**
 * References followed before the walk starts remembering which containers it has queued. Data
 * parsed from JSON is a tree, and a Set of every object would cost more than the walk itself;
 * input built in code may share objects or hold cycles, and past this many references each
 * container is queued once more at most, which bounds the walk whatever the sharing.
 */
const REFERENCES_BEFORE_DEDUPLICATION = 1 << 20;

/** A container waiting to be walked; its path is rebuilt from the parent chain only for an issue. */
interface Frame {
  readonly value: object;
  readonly parent: Frame | null;
  readonly key: PropertyKey;
  readonly depth: number;
}

function pathOf(frame: Frame | null, key?: PropertyKey): PropertyKey[] {
  const path: PropertyKey[] = key === undefined ? [] : [key];
  for (let f = frame; f && f.parent; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * The message of a thrown value, without trusting it (its `message` may itself be a throwing getter).
 *
 * @internal
 * @example
 * ```ts
 * errorText(new Error('boom')); // 'boom'
 * ```
 */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/**
 * What the pre-pass found; `readable: false` means a value threw when read, so no schema should touch the input.
 *
 * @internal
 * @example
 * ```ts
 * const report: GuardReport = { issues: [], readable: true, keys: 0 };
 * ```
 */
export interface GuardReport {
  readonly issues: PathedIssue[];
  readonly readable: boolean;
  /** The keys of every object walked (for the duplicate-key check of JSON text: see duplicates.ts). */
  readonly keys: number;
}

/**
 * Walks `input` without recursion and reports forbidden keys, excessive nesting and unreadable
 * values, with their paths as segments. Nesting is bounded, so a cycle ends; see
 * `REFERENCES_BEFORE_DEDUPLICATION` for shared references.
 *
 * @internal
 * @example
 * ```ts
 * guardWalk(JSON.parse('{"a":{"constructor":1}}')).issues[0]?.path; // ['a', 'constructor']
 * ```
 */
export function guardWalk(input: unknown): GuardReport {
  const issues: PathedIssue[] = [];
  let readable = true;
  if (typeof input !== 'object' || input === null) return { issues, readable, keys: 0 };
  const queued = new Set<object>();
  const tooDeep = new Set<object>();
  let references = 0;
  let holes = 0;
  let keys = 0;
  const stack: Frame[] = [{ value: input, parent: null, key: '', depth: 1 }];
  const follow = (child: object, parent: Frame, key: PropertyKey): void => {
    if (++references > REFERENCES_BEFORE_DEDUPLICATION) {
      if (queued.has(child)) return;
      queued.add(child);
    }
    stack.push({ value: child, parent, key, depth: parent.depth + 1 });
  };
  const unreadable = (frame: Frame, key: PropertyKey | undefined, error: unknown): void => {
    readable = false;
    issues.push({ path: pathOf(frame, key), code: 'unreadable', message: `expected plain JSON data, got a value that throws when read (${errorText(error)})` });
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (depth > MAX_NESTING) {
      // Once per container: a cycle reaches the same one on every branch.
      if (!tooDeep.has(value)) {
        tooDeep.add(value);
        issues.push({ path: pathOf(frame), code: 'too-deep', message: `expected at most ${MAX_NESTING} levels of nested objects and arrays, got more` });
      }
      continue;
    }
    // One try per container: a throwing getter or proxy trap ends that container, reported at the
    // element being read when known; `readable: false` then keeps the schemas away from the input.
    let at: PropertyKey | undefined;
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        if (length > MAX_ARRAY_LENGTH) {
          readable = false;
          issues.push({ path: pathOf(frame), code: 'too-long', message: `expected an array of at most ${MAX_ARRAY_LENGTH} elements, got ${length}` });
          continue;
        }
        for (let i = 0; i < length; i++) {
          at = i;
          const child: unknown = value[i];
          if (typeof child === 'object' && child !== null) follow(child, frame, i);
          else if (child === undefined && ++holes > MAX_HOLES) {
            // A sparse array: one issue, not one for each of its millions of holes.
            readable = false;
            issues.push({ path: pathOf(frame), code: 'sparse-array', message: `expected an array of values, got more than ${MAX_HOLES} holes or undefined elements` });
            break;
          }
        }
        continue;
      }
      // for…in, not Object.keys: it allocates no key array, and it sees the inherited enumerable
      // keys that zod's strict objects see too.
      for (const key in value) {
        keys++;
        if (FORBIDDEN.has(key)) {
          issues.push({ path: pathOf(frame, key), code: 'forbidden-key', message: `expected a field name other than "__proto__", "constructor" or "prototype", got ${JSON.stringify(key)}` });
          continue;
        }
        at = key;
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) follow(child, frame, key);
      }
    } catch (error) {
      unreadable(frame, at, error);
    }
  }
  return { issues, readable, keys };
}

/**
 * Checks raw input before parsing: no `__proto__`, `constructor` or `prototype` key at any depth,
 * at most 64 levels of nesting, every value readable. Returns the issues in document order.
 *
 * @internal
 * @example
 * ```ts
 * guardInput(JSON.parse('{"members":[{"__proto__":{"admin":true}}]}'));
 * // [{ path: 'members[0].__proto__', code: 'forbidden-key', message: 'expected a field name other than … got "__proto__"' }]
 * ```
 */
export function guardInput(input: unknown): InputIssue[] {
  return toInputIssues(sortInDocumentOrder(guardWalk(input).issues, input));
}

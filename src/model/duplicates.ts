/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, so a
 * second `"members": []` would empty a review and a second `"year"` switch its rule set; a key
 * given twice is an input error instead. The check is cheap when there is none: the keys of the
 * text are counted and compared with the keys of the parsed value; only when they differ is the
 * text read again to find where.
 *
 * @module
 */
import type { InputIssue } from '../errors.js';
import { formatPath, type PathedIssue, type PathSegments } from './issues.js';

/** Whether the quote at `at` is escaped (an odd number of backslashes before it). */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) n++;
  return (n & 1) === 1;
}

/** The closing quote of the string opened at `open`. */
function closingQuote(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j !== -1 && isEscaped(text, j)) j = text.indexOf('"', j + 1);
  return j;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * The number of object keys written in valid JSON `text` (a string followed by `:`).
 *
 * @internal
 * @example
 * ```ts
 * countTextKeys('{"a": 1, "b": {"a": ":"}, "c": ["x"]}'); // 4
 * ```
 */
export function countTextKeys(text: string): number {
  let count = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    const j = closingQuote(text, i);
    if (j === -1) break;
    let k = j + 1;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 0x3a) count++;
    i = text.indexOf('"', k);
  }
  return count;
}

/**
 * The number of own keys of every object in a value parsed from JSON (iterative: any depth).
 *
 * @internal
 * @example
 * ```ts
 * countValueKeys(JSON.parse('{"a": 1, "a": 2, "b": [{"c": null}]}')); // 3
 * ```
 */
export function countValueKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) stack.push(v[i]);
      continue;
    }
    for (const key in v) {
      count++;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return count;
}

type Frame = { keys: Set<string>; key: string } | { index: number };

/**
 * Every key given twice in one object of valid JSON `text`, at the path of the later one, in
 * text order (at most `limit`).
 *
 * @internal
 * @example
 * ```ts
 * findDuplicateKeys('{"members": [{"id": "a", "id": "b"}], "members": []}').map((i) => i.path);
 * // [['members', 0, 'id'], ['members']]
 * ```
 */
export function findDuplicateKeys(text: string, limit = 1000): PathedIssue[] {
  const out: PathedIssue[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const j = closingQuote(text, i);
      if (j === -1) break;
      const top = stack[stack.length - 1];
      if (expectKey && top !== undefined && 'keys' in top) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) {
          const path: PathSegments = [...stack.slice(0, -1).map((f) => ('keys' in f ? f.key : f.index)), key];
          out.push({ path, code: 'duplicate-key', message: `expected each field once in an object, got ${JSON.stringify(key)} again` });
        }
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      stack.push({ keys: new Set(), key: '' });
      expectKey = true;
    } else if (c === 0x5b) stack.push({ index: 0 });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top !== undefined && 'index' in top) top.index++;
      else expectKey = true;
    }
  }
  return out;
}

/**
 * The duplicate keys of valid JSON `text` parsed as `value`, as input issues (`[]` when there are
 * none, which is found by counting, without a second reading of the text).
 *
 * @internal
 * @example
 * ```ts
 * import { duplicateKeyIssues } from './duplicates.js';
 * const text = '{"format": "xeploai/review@1", "year": 2024, "year": 2030}';
 * duplicateKeyIssues(text, JSON.parse(text));
 * // [{ path: 'year', code: 'duplicate-key', message: 'expected each field once in an object, got "year" again' }]
 * ```
 */
export function duplicateKeyIssues(text: string, value: unknown): InputIssue[] {
  if (countTextKeys(text) === countValueKeys(value)) return [];
  return findDuplicateKeys(text).map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message }));
}

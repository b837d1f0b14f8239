/**
 * JSON text in: `JSON.parse`, and on failure the line and column of the first syntax error
 * (found by a small iterative scanner, since `JSON.parse` messages differ between Node versions
 * and some carry no position).
 *
 * @module
 */
import type { InputIssue } from '../errors.js';
import { duplicateKeyIssues } from './duplicates.js';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/** Where the first syntax error is, and what was expected there. */
interface SyntaxErrorAt {
  readonly offset: number;
  readonly expected: string;
}

/** Scans `text` as JSON and returns its first syntax error, or `undefined` when it is valid. Iterative: any depth. */
function findSyntaxError(text: string): SyntaxErrorAt | undefined {
  const open: string[] = [];
  let pos = 0;
  const skip = (): void => {
    while (pos < text.length && WHITESPACE.has(text[pos]!)) pos++;
  };
  const string = (): boolean => {
    if (text[pos] !== '"') return false;
    STRING_BODY.lastIndex = pos + 1;
    STRING_BODY.test(text);
    if (text[STRING_BODY.lastIndex] !== '"') {
      pos = STRING_BODY.lastIndex;
      return false;
    }
    pos = STRING_BODY.lastIndex + 1;
    return true;
  };
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skip();
    if (state === 'value') {
      const c = text[pos];
      if (c === '{' || c === '[') {
        pos++;
        skip();
        if (text[pos] === (c === '{' ? '}' : ']')) {
          pos++;
          state = 'after';
        } else {
          open.push(c);
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return { offset: pos, expected: 'a closing quote or a valid escape' };
      } else if (text.startsWith('true', pos) || text.startsWith('null', pos)) pos += 4;
      else if (text.startsWith('false', pos)) pos += 5;
      else {
        NUMBER.lastIndex = pos;
        if (!NUMBER.test(text)) return { offset: pos, expected: 'a JSON value' };
        pos = NUMBER.lastIndex;
      }
      state = 'after';
    } else if (state === 'key') {
      if (!string()) return { offset: pos, expected: 'a property name in double quotes' };
      skip();
      if (text[pos] !== ':') return { offset: pos, expected: '":"' };
      pos++;
      state = 'value';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return pos < text.length ? { offset: pos, expected: 'the end of the text' } : undefined;
      const close = top === '{' ? '}' : ']';
      if (text[pos] === ',') {
        pos++;
        state = top === '{' ? 'key' : 'value';
      } else if (text[pos] === close) {
        pos++;
        open.pop();
      } else return { offset: pos, expected: `"," or "${close}"` };
    }
  }
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * Parses JSON text (a leading byte-order mark is ignored). An empty, truncated or invalid text
 * gives one issue at path `''` with code `invalid-json` and the line and column of the error; a
 * key given twice in an object, one issue `duplicate-key` at its path (the first such key).
 *
 * @internal
 * @example
 * ```ts
 * parseJsonText('{"year": 2024,}');
 * // { success: false, issue: { path: '', code: 'invalid-json', message: 'expected a property name in double quotes at line 1, column 15, got "}"' } }
 * ```
 */
export function parseJsonText(text: string): { success: true; value: unknown } | { success: false; issue: InputIssue } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { success: false, issue: { path: '', code: 'invalid-json', message: 'expected a JSON object, got an empty text' } };
  }
  try {
    const value = JSON.parse(body) as unknown;
    // JSON.parse keeps the last of two equal keys: a key given twice is refused instead.
    const duplicate = duplicateKeyIssues(body, value)[0];
    return duplicate === undefined ? { success: true, value } : { success: false, issue: duplicate };
  } catch (error) {
    const at = findSyntaxError(body);
    const message = at
      ? `expected ${at.expected} at ${lineAndColumn(body, at.offset)}, got ${at.offset < body.length ? JSON.stringify(body[at.offset]) : 'the end of the text'}`
      : `expected valid JSON, got ${error instanceof Error ? error.message : 'invalid JSON'}`;
    return { success: false, issue: { path: '', code: 'invalid-json', message } };
  }
}

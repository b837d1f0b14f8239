// How a documented value is compared with the actual one. `…` in a documented value means
// "and more": in a string, any text; as an array element, other elements around (the listed ones
// in order); as an object entry, other properties. Without `…`, values must be deep-equal.
import { expect } from 'vitest';

export const __ELLIPSIS: unique symbol = Symbol('…');

function hasEllipsis(value: unknown): boolean {
  if (value === __ELLIPSIS) return true;
  if (typeof value === 'string') return value.includes('…');
  if (Array.isArray(value)) return value.some(hasEllipsis);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasEllipsis);
  return false;
}

function stringMatches(actual: unknown, pattern: string): boolean {
  if (typeof actual !== 'string') return false;
  const pieces = pattern.split('…');
  if (!actual.startsWith(pieces[0]!) || !actual.endsWith(pieces.at(-1)!)) return false;
  let at = pieces[0]!.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = actual.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return at <= actual.length - pieces.at(-1)!.length;
}

function matches(actual: unknown, expected: unknown): boolean {
  if (expected === __ELLIPSIS) return true;
  if (!hasEllipsis(expected)) {
    try {
      expect(actual).toEqual(expected);
      return true;
    } catch {
      return false;
    }
  }
  if (typeof expected === 'string') return stringMatches(actual, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    if (!expected.includes(__ELLIPSIS)) return actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
    // the listed elements, in order, among the actual ones
    let i = 0;
    for (const e of expected) {
      if (e === __ELLIPSIS) continue;
      while (i < actual.length && !matches(actual[i], e)) i++;
      if (i === actual.length) return false;
      i++;
    }
    return true;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const partial = '__rest' in e;
    const keys = Object.keys(e).filter((k) => k !== '__rest');
    if (!partial && Object.keys(a).filter((k) => a[k] !== undefined).length !== keys.filter((k) => e[k] !== undefined).length) return false;
    return keys.every((k) => matches(a[k], e[k]));
  }
  return false;
}

/** The assertion a line `expression; // value` becomes. */
export function __docExpect(actual: unknown, expected: unknown, source: string): void {
  if (!hasEllipsis(expected)) {
    expect(actual, source).toEqual(expected);
    return;
  }
  if (!matches(actual, expected)) {
    throw new Error(`${source}\n  documented: ${String(describe(expected))}\n  actual:     ${JSON.stringify(actual)}`);
  }
}

function describe(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v === __ELLIPSIS ? '…' : v));
}

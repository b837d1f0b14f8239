// Small helpers shared by the property tests: calendar dates as day numbers (UTC only, so no
// time zone can move them), optional fields with a chosen frequency, and deep copies.
import fc from 'fast-check';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** A date from `from` to `to` inclusive (`from` when the range is empty). */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return fc.integer({ min: Math.min(a, b), max: b < a ? a : b }).map(fromDayNumber);
}

/** The value in about `percent` % of cases, else `undefined`. */
export function sometimes<T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: arb, weight: percent }, { arbitrary: fc.constant(undefined), weight: 100 - percent });
}

/** The object without its `undefined` fields (exactOptionalPropertyTypes: absent, never undefined). */
export function compact<T extends object>(value: { readonly [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** A deep copy of JSON data. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, weekdayOf } from './calendar.js';

const MS_PER_DAY = 86_400_000;
/** The reference: Date.UTC (UTC only, so no zone) — used in this test, never in the library. */
function utcDay(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / MS_PER_DAY);
}

describe('calendar by day numbers', () => {
  it('agrees with Date.UTC on every day of years 0000–9999 (sampled) and round-trips', () => {
    fc.assert(fc.property(fc.integer({ min: dayNumber('0000-01-01'), max: dayNumber('9999-12-31') }), (n) => {
      const date = dateOfDayNumber(n);
      expect(dayNumber(date)).toBe(n);
      expect(utcDay(date)).toBe(n);
      expect(weekdayOf(n)).toBe(new Date(n * MS_PER_DAY).getUTCDay());
    }));
  });

  it('leap days, year ends and the edges', () => {
    expect(dateOfDayNumber(dayNumber('2028-03-01') - 1)).toBe('2028-02-29');
    expect(dateOfDayNumber(dayNumber('2100-03-01') - 1)).toBe('2100-02-28');
    expect(dateOfDayNumber(dayNumber('2000-03-01') - 1)).toBe('2000-02-29');
    expect(dateOfDayNumber(dayNumber('2026-01-01') - 1)).toBe('2025-12-31');
    expect(dateOfDayNumber(dayNumber('0000-01-01'))).toBe('0000-01-01');
    expect(() => dateOfDayNumber(dayNumber('0000-01-01') - 1)).toThrow(RangeError);
    expect(() => dateOfDayNumber(dayNumber('9999-12-31') + 1)).toThrow(/outside years 0000–9999/);
    expect(() => dayNumber('2025-02-29')).toThrow(/expected a date YYYY-MM-DD, got "2025-02-29"/);
  });
});

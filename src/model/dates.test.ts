import { addMonths, format, isExists } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, compareDates, isIsoDate, periodBounds, reviewPeriodBounds } from './dates.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '1930-02-03', '0001-01-01']) expect(isIsoDate(d)).toBe(true);
  });

  it('rejects impossible dates, times, zones, serials and other spellings', () => {
    for (const d of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-01-00', '2024-01-01T00:00Z', '2024-01-01 ', ' 2024-01-01', '2024-1-1', '20240101', '45123', '2024/01/01', '+02024-01-01', '２０２４-01-01']) {
      expect(isIsoDate(d), d).toBe(false);
    }
    for (const v of [45123, null, undefined, new Date(0), ['2024-01-01']]) expect(isIsoDate(v)).toBe(false);
  });

  it('agrees with date-fns isExists on every day of a leap cycle', () => {
    for (let year = 1999; year <= 2004; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(text), text).toBe(isExists(year, month - 1, day));
        }
      }
    }
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2024-06-15', '2024-12-31')).toBe(-1);
    expect(compareDates('2024-12-31', '2024-12-31')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareDates)).toEqual(['2023-12-31', '2024-02-29', '2024-03-01']);
  });
});

describe('addCalendarMonths', () => {
  it('clamps to the end of the target month like date-fns addMonths', () => {
    expect(addCalendarMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-01-15', 0)).toBe('2024-01-15');
    expect(addCalendarMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addCalendarMonths('2024-01-15', -13)).toBe('2022-12-15');
    expect(addCalendarMonths('2024-06-30', 6)).toBe('2024-12-30');
  });

  it('refuses invalid input instead of guessing', () => {
    expect(() => addCalendarMonths('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('2024-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addCalendarMonths('9999-12-01', 1)).toThrow(RangeError);
  });

  it('matches date-fns addMonths on local dates, in any time zone (property)', () => {
    const date = fc.record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 1200 }), ({ year, month, day }, months) => {
        fc.pre(isExists(year, month - 1, day));
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const local = new Date(year, month - 1, day, 12);
        const ours = addCalendarMonths(text, months);
        // date-fns works on local time: in a month where the zone skipped a day (Pacific/Kiritimati
        // skipped 31 December 1994) it moves the date; calendar dates do not. Compare elsewhere.
        const [ry, rm] = ours.split('-').map(Number) as [number, number];
        fc.pre(everyLocalDayExists(ry, rm - 1));
        expect(ours).toBe(format(addMonths(local, months), 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Whether every day of a month exists at noon in the machine's time zone (no day skipped by a zone change). */
function everyLocalDayExists(year: number, monthIndex: number): boolean {
  for (let d = 1; d <= 31; d++) {
    const t = new Date(year, monthIndex, d, 12);
    if (t.getMonth() !== monthIndex) return true;
    if (t.getDate() !== d || t.getFullYear() !== year) return false;
  }
  return true;
}

describe('periodBounds and reviewPeriodBounds', () => {
  it('gives the year, quarters and terms', () => {
    expect(periodBounds(2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(periodBounds(2024, { kind: 'quarter', quarter: 1 })).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodBounds(2024, { kind: 'quarter', quarter: 2 })).toEqual({ start: '2024-04-01', end: '2024-06-30' });
    expect(periodBounds(2024, { kind: 'quarter', quarter: 3 })).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(periodBounds(2024, { kind: 'quarter', quarter: 4 })).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(periodBounds(2025, { kind: 'term', fromYear: 2020, toYear: 2025 })).toEqual({ start: '2020-01-01', end: '2025-12-31' });
  });

  it('defaults the review date to the last day of the period', () => {
    expect(reviewPeriodBounds({ year: 2024 })).toEqual({ start: '2024-01-01', end: '2024-12-31', reviewDate: '2024-12-31' });
    expect(reviewPeriodBounds({ year: 2024, period: { kind: 'quarter', quarter: 1 } }).reviewDate).toBe('2024-03-31');
    expect(reviewPeriodBounds({ year: 2025, period: { kind: 'term', fromYear: 2020, toYear: 2025 } }).reviewDate).toBe('2025-12-31');
    expect(reviewPeriodBounds({ year: 2024, reviewDate: '2024-12-15' }).reviewDate).toBe('2024-12-15');
  });

  it('reads no clock and no zone: the same strings under every TZ', () => {
    // Run also as `TZ=Pacific/Kiritimati npx vitest run src/model` and `TZ=America/Los_Angeles …`.
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBeTypeOf('number');
    expect(reviewPeriodBounds({ year: 2024, period: { kind: 'quarter', quarter: 4 } })).toEqual({ start: '2024-10-01', end: '2024-12-31', reviewDate: '2024-12-31' });
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('isIsoDate agrees with a regular-expression reading of YYYY-MM-DD', () => {
  const reference = (value: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return month >= 1 && month <= 12 && day >= 1 && day <= days;
  };
  const chars = fc.constantFrom(...'0123456789-/ +٣a'.split(''));
  it('on date-like and random strings', () => {
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ unit: chars, minLength: 8, maxLength: 11 })), (value) => isIsoDate(value) === reference(value)), { numRuns: 5000 });
  });
});

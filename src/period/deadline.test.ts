import { afterEach, describe, expect, it } from 'vitest';
import { quarterReportDeadline } from './deadline.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'America/Santiago', 'Pacific/Apia'];
const original = process.env['TZ'];

describe('quarterReportDeadline (KL 198-KL/TW: «trước ngày 15 tháng cuối mỗi quý»)', () => {
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('is the 15th of the quarter’s last month (exclusive) and the 14th (last day)', () => {
    expect([1, 2, 3, 4].map((q) => quarterReportDeadline(2025, q).before)).toEqual(['2025-03-15', '2025-06-15', '2025-09-15', '2025-12-15']);
    expect([1, 2, 3, 4].map((q) => quarterReportDeadline(2025, q).lastDay)).toEqual(['2025-03-14', '2025-06-14', '2025-09-14', '2025-12-14']);
    expect(quarterReportDeadline(2026, 1)).toMatchObject({ year: 2026, quarter: 1, cite: { doc: '198-KL/TW' } });
  });

  it('is the same calendar date in every time zone', () => {
    for (const tz of ZONES) {
      process.env['TZ'] = tz;
      for (const year of [1, 99, 2025, 2028, 9999]) {
        for (const q of [1, 2, 3, 4]) {
          const d = quarterReportDeadline(year, q);
          expect(d.before, `${tz} ${year} Q${q}`).toBe(`${String(year).padStart(4, '0')}-${String(q * 3).padStart(2, '0')}-15`);
          expect(d.lastDay).toBe(`${String(year).padStart(4, '0')}-${String(q * 3).padStart(2, '0')}-14`);
        }
      }
    }
  });

  it('rejects a quarter other than 1–4 and a year outside 1–9999', () => {
    expect(() => quarterReportDeadline(2025, 5)).toThrow(RangeError);
    expect(() => quarterReportDeadline(2025, 1.5)).toThrow(/quarter 1, 2, 3 or 4/);
    expect(() => quarterReportDeadline(0, 1)).toThrow(/year from 1 to 9999/);
    expect(() => quarterReportDeadline(2025.5, 1)).toThrow(RangeError);
  });
});

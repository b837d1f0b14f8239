import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_REPORT_NOTICE, draftReportLatestDay, HD43_REVIEW_DEADLINES, quarterReportDeadline, reviewDeadlines } from './index.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'America/Santiago', 'Pacific/Apia'];
const original = process.env['TZ'];
afterEach(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

describe('HD 43 Mục 4 deadlines (43-HD/BTCTW · Mục 4, tiểu mục 4.1–4.3)', () => {
  it('the four rules as cited data, with the words of the text', () => {
    expect(HD43_REVIEW_DEADLINES.map((r) => [r.id, r.day, r.month, r.nextYear, r.quote])).toEqual([
      ['reviews', 31, 12, false, '«kết thúc trước ngày 31/12 hằng năm»'],
      ['special-units', 15, 1, true, '«hoàn thành trước ngày 15/01 năm sau»'],
      ['files-to-btctw', 1, 2, true, '«gửi về Ban Tổ chức Trung ương trước ngày 01/02 năm sau theo Mẫu 04»'],
      ['report-to-politburo', 1, 3, true, '«trước ngày 01/03 năm sau»'],
    ]);
    for (const r of HD43_REVIEW_DEADLINES) {
      expect(r.cite).toMatchObject({ doc: '43-HD/BTCTW', article: 'Mục 4, tiểu mục 4.1–4.3', note: expect.stringMatching(/not seen/) });
      expect(r.message.vi.normalize('NFC')).toBe(r.message.vi);
      expect(Object.isFrozen(r) && Object.isFrozen(r.cite)).toBe(true);
    }
    expect(Object.isFrozen(HD43_REVIEW_DEADLINES)).toBe(true);
  });

  it('«trước ngày X»: X itself is late, the last allowed day is the day before', () => {
    const d = reviewDeadlines(2025);
    expect(Object.values(d).map((x) => [x.id, x.before, x.lastDay])).toEqual([
      ['reviews', '2025-12-31', '2025-12-30'],
      ['special-units', '2026-01-15', '2026-01-14'],
      ['files-to-btctw', '2026-02-01', '2026-01-31'],
      ['report-to-politburo', '2026-03-01', '2026-02-28'],
    ]);
    expect(d['files-to-btctw']).toMatchObject({ year: 2025, cite: { doc: '43-HD/BTCTW' } });
  });

  it('the report to the Bộ Chính trị: 29 February when the next year is a leap year', () => {
    expect(reviewDeadlines(2027)['report-to-politburo'].lastDay).toBe('2028-02-29');
    expect(reviewDeadlines(2099)['report-to-politburo'].lastDay).toBe('2100-02-28');
    expect(reviewDeadlines(1999)['report-to-politburo'].lastDay).toBe('2000-02-29');
  });

  it('the same strings in every time zone, next to the KL 198 quarterly deadline', () => {
    for (const tz of ZONES) {
      process.env['TZ'] = tz;
      for (const year of [1, 99, 2025, 2027, 9998]) {
        const y = String(year).padStart(4, '0');
        const next = String(year + 1).padStart(4, '0');
        const d = reviewDeadlines(year);
        expect([d.reviews.lastDay, d['special-units'].lastDay, d['files-to-btctw'].lastDay], `${tz} ${year}`).toEqual([`${y}-12-30`, `${next}-01-14`, `${next}-01-31`]);
        expect(d['report-to-politburo'].lastDay).toMatch(new RegExp(`^${next}-02-2[89]$`));
      }
      expect(quarterReportDeadline(2025, 4).lastDay).toBe('2025-12-14');
      expect(draftReportLatestDay('2025-12-18', { holidays: ['2025-12-16'] })).toBe('2025-12-12');
    }
  });

  it('rejects a year outside 1–9998', () => {
    for (const bad of [0, 9999, 2025.5, Number.NaN]) expect(() => reviewDeadlines(bad)).toThrow(RangeError);
    expect(() => reviewDeadlines(0)).toThrow(/from 1 to 9998, got 0/);
  });
});

describe('draft collective report: «ít nhất 03 ngày làm việc» before the meeting (Mục 2, tiểu mục 2.1, tiết a)', () => {
  it('cited, with the reading and the unknown holidays said', () => {
    expect(DRAFT_REPORT_NOTICE).toMatchObject({ workingDays: 3, cite: { doc: '43-HD/BTCTW', article: 'Mục 2, tiểu mục 2.1, tiết a', note: expect.stringMatching(/holidays .* not known/) } });
  });

  it('the 3rd working day before the meeting, Monday–Friday, for a meeting on each day of a week', () => {
    // 2025-12-15 is a Monday.
    expect(['2025-12-15', '2025-12-16', '2025-12-17', '2025-12-18', '2025-12-19', '2025-12-20', '2025-12-21'].map((m) => draftReportLatestDay(m))).toEqual([
      '2025-12-10', // Mon ← Wed (Fri 12, Thu 11, Wed 10)
      '2025-12-11', // Tue ← Thu
      '2025-12-12', // Wed ← Fri
      '2025-12-15', // Thu ← Mon
      '2025-12-16', // Fri ← Tue
      '2025-12-17', // Sat ← Wed (Fri 19, Thu 18, Wed 17)
      '2025-12-17', // Sun ← Wed
    ]);
  });

  it('skips the holidays given (only those), across a year end', () => {
    expect(draftReportLatestDay('2026-01-05')).toBe('2025-12-31');
    expect(draftReportLatestDay('2026-01-05', { holidays: ['2026-01-01'] })).toBe('2025-12-30');
    expect(draftReportLatestDay('2026-01-05', { holidays: ['2026-01-01', '2026-01-02', '2026-01-03'] })).toBe('2025-12-29');
    expect(draftReportLatestDay('2026-01-05', { holidays: [] })).toBe('2025-12-31');
  });

  it('rejects a bad meeting date or holiday with its place', () => {
    expect(() => draftReportLatestDay('2025-02-30')).toThrow(/meetingDate: expected a date YYYY-MM-DD, got "2025-02-30"/);
    expect(() => draftReportLatestDay('2025-12-18', { holidays: ['2025-12-16', '16/12/2025'] })).toThrow(/holidays\[1\]/);
    expect(() => draftReportLatestDay('0000-01-03')).toThrow(RangeError);
  });
});

// Results never depend on the machine's time zone. Run under each zone of the CI matrix
// (TZ=UTC, Asia/Ho_Chi_Minh, America/Los_Angeles, Pacific/Kiritimati — UTC+14, the earliest
// calendar on Earth): every run must match the committed expected.json (levels, findings with
// their caps and paths, checks), and within one run the whole result, the CLI's JSON and table
// output and the date helpers are identical after switching `process.env.TZ` between the four
// zones and two with odd DST rules (Santiago, Apia). Update expected.json with
// `npx vitest run test/timezones -u` after a deliberate rule change, and review the diff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateReview, type ReviewResult } from '../../src/index.js';
import { addCalendarMonths, isIsoDate, periodBounds, reviewPeriodBounds } from '../../src/period/index.js';
import { quarterReportDeadline } from '../../src/period/index.js';
import { runCli, tempDir, writeInput } from '../reliability/helpers.js';
import { REVIEWS } from './reviews.js';
import type { ReviewInput } from '../../src/model/input.js';

const MATRIX = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;
const ALSO = ['America/Santiago', 'Pacific/Apia', 'Australia/Lord_Howe'] as const;
const ZONES = [...MATRIX, ...ALSO];
const original = process.env['TZ'];

function inZone<T>(zone: string, f: () => T): T {
  process.env['TZ'] = zone;
  return f();
}

afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

/** What a result decides: levels, findings (code, severity, cap, path), checks (scope, verdict, moves). */
function decisions(result: ReviewResult): unknown {
  const subject = (s: { rated: boolean; level: string | null; basis?: string; findings: readonly { code: string; severity: string; cap?: string; path?: string }[] }) => ({
    rated: s.rated,
    level: s.level,
    basis: s.basis ?? null,
    findings: s.findings.map((f) => [f.code, f.severity, f.cap ?? null, f.path ?? null].join(' ')),
  });
  return {
    ruleSet: result.ruleSet.id,
    period: result.period,
    reviewDate: result.reviewDate,
    members: Object.fromEntries(result.members.map((m) => [m.id, subject(m)])),
    organizations: Object.fromEntries(result.organizations.map((o) => [o.id, subject(o)])),
    leaders: result.leaders.map((l) => ({ memberId: l.memberId, orgId: l.orgId, ...subject(l) })),
    checks: result.checks.map((c) => [c.code, c.subjects, c.scope.kind, c.scope.id, c.ok ? 'ok' : 'failing', c.demote ?? '', (c.suggest ?? []).join(',')].join(' ')),
  };
}

describe(`time zone ${process.env['TZ'] ?? '(unset)'}`, () => {
  it('the zone is one the Intl and Date APIs know', () => {
    expect(() => new Intl.DateTimeFormat('en', { timeZone: process.env['TZ'] ?? 'UTC' })).not.toThrow();
  });

  it('the results match the committed expectations', async () => {
    const all = Object.fromEntries(Object.entries(REVIEWS).map(([name, review]) => [name, decisions(evaluateReview(review as ReviewInput))]));
    await expect(`${JSON.stringify(all, null, 2)}\n`).toMatchFileSnapshot('./expected.json');
  });
});

describe('switching zones inside one run', () => {
  beforeAll(() => {
    // the switch must take effect, or this part proves nothing (the CI matrix still does)
    const offsets = new Set(ZONES.map((z) => inZone(z, () => new Date(Date.UTC(2024, 6, 1)).getTimezoneOffset())));
    expect(offsets.size).toBeGreaterThan(3);
  });

  it.each(Object.keys(REVIEWS))('%s: the whole result is identical in every zone', (name) => {
    const results = ZONES.map((z) => inZone(z, () => JSON.stringify(evaluateReview(REVIEWS[name] as ReviewInput))));
    for (let i = 1; i < results.length; i++) expect(results[i], ZONES[i]).toBe(results[0]);
  });

  it('the CLI prints the same JSON and table in every zone', async () => {
    const t = tempDir();
    try {
      const file = writeInput(t.dir, 'review.json', REVIEWS['qd366-2025-quarter-1']);
      for (const format of ['json', 'table', 'ndjson']) {
        const outputs: string[] = [];
        for (const z of ZONES) {
          process.env['TZ'] = z;
          const r = await runCli(['evaluate', file, '--format', format, '--quiet'], t.dir);
          expect(r.code, r.stderr).toBe(0);
          outputs.push(r.stdout);
        }
        for (let i = 1; i < outputs.length; i++) expect(outputs[i], `${format} ${ZONES[i]}`).toBe(outputs[0]);
      }
    } finally {
      t.cleanup();
    }
  });

  it('date arithmetic: every day of 2023–2025 plus 6 months, period bounds, report deadlines', () => {
    const sweep = () => {
      const out: string[] = [];
      for (let day = Date.UTC(2023, 0, 1); day <= Date.UTC(2025, 11, 31); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        out.push(`${date}+6=${addCalendarMonths(date, 6)} −6=${addCalendarMonths(date, -6)} ${isIsoDate(date)}`);
      }
      for (const year of [2020, 2024, 2025, 2028]) {
        out.push(JSON.stringify(periodBounds(year)), JSON.stringify(reviewPeriodBounds({ year, period: { kind: 'term', fromYear: year - 4, toYear: year } })));
        for (const quarter of [1, 2, 3, 4] as const) out.push(JSON.stringify(periodBounds(year, { kind: 'quarter', quarter })), JSON.stringify(quarterReportDeadline(year, quarter)));
      }
      return out.join('\n');
    };
    const runs = ZONES.map((z) => inZone(z, sweep));
    for (let i = 1; i < runs.length; i++) expect(runs[i], ZONES[i]).toBe(runs[0]);
    // and the arithmetic is the calendar's: 29 February and month ends clamp
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-02-29', 6)).toBe('2024-08-29');
    expect(addCalendarMonths('2024-08-31', 6)).toBe('2025-02-28');
  });
});

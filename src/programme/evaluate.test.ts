import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { rationalOf } from '../report/percent.js';
import { consecutiveFinding, TREE, treeResult } from '../report/testFixture.js';
import { member, memberResult, organizationResult } from '../testing/index.js';
import type { RatedResult, ReviewTree } from '../report/types.js';
import { evaluateProgramme, judge } from './evaluate.js';
import { parseProgramme } from './parse.js';
import type { Indicator, IndicatorYear, ProgrammeInput } from './types.js';

function programme(indicators: Partial<Indicator>[], fromYear = 2024, toYear = 2026) {
  return parseProgramme({
    format: 'xeploai/programme@1', id: 'p', title: 'Chương trình thử', fromYear, toYear,
    indicators: indicators.map((i, k) => ({ id: `i${k}`, title: `Chỉ tiêu ${k}`, unit: 'percent', direction: 'at-least', targets: {}, ...i })),
  });
}

/** The tree with members: m5 and m6 admitted in 2024, m8 disciplined in 2024. */
const REVIEW: ReviewTree = {
  organizations: TREE.organizations,
  members: [
    member('m1', 'cb-a1', { admittedOn: '2001-01-01' }), member('m2', 'cb-a1', { admittedOn: '2002-01-01' }), member('m3', 'cb-a1', { admittedOn: '2003-01-01' }),
    member('m4', 'cb-a2', { admittedOn: '2004-01-01' }), member('m5', 'cb-a2', { admittedOn: '2024-03-01', status: 'du-bi' }), member('m6', 'cb-a2', { admittedOn: '2024-09-01', status: 'du-bi' }),
    member('m7', 'cb-b', { admittedOn: '2007-01-01' }), member('m8', 'cb-b', { admittedOn: '2008-01-01', disciplines: [{ form: 'khien-trach', decidedOn: '2024-05-05' }] }),
    member('m9', 'cb-b', { admittedOn: '2009-01-01' }), member('m10', 'cb-b', { admittedOn: '1960-01-01' }),
  ],
};

function year(e: ReturnType<typeof evaluateProgramme>, index: number, y: number): IndicatorYear {
  const found = e.indicators[index]?.years.find((x) => x.year === y);
  if (!found) throw new Error(`no year ${y}`);
  return found;
}

describe('judge', () => {
  const r = rationalOf;
  it('reads at-least and at-most, strict and not', () => {
    expect(judge(r(91), r(90), 'at-least', false)).toBe('vuot');
    expect(judge(r(90), r(90), 'at-least', false)).toBe('dat');
    expect(judge(r(89.99), r(90), 'at-least', false)).toBe('chua-dat');
    expect(judge(r(90), r(90), 'at-least', true)).toBe('chua-dat'); // "trên 90%": 90.0 % fails
    expect(judge(r(90.01), r(90), 'at-least', true)).toBe('dat');
    expect(judge(r(0), r(2), 'at-most', false)).toBe('dat');
    expect(judge(r(2), r(2), 'at-most', false)).toBe('dat');
    expect(judge(r(2), r(2), 'at-most', true)).toBe('chua-dat'); // "dưới 2%"
    expect(judge(r(2.01), r(2), 'at-most', false)).toBe('chua-dat');
  });
  it('compares exact values, not the rounded ones', () => {
    // 9001/10000 = 90.01 % shows as 90,01; 90001/100000 = 90.001 % shows as 90,00 but is above 90.
    expect(judge({ n: 100n * 90001n, d: 100000n }, r(90), 'at-least', true)).toBe('dat');
  });
});

describe('evaluateProgramme on the hand-checked tree', () => {
  const inputs: ProgrammeInput[] = [{ year: 2024, result: treeResult(2024), review: REVIEW }];

  it('computes metrics in both directions', () => {
    const e = evaluateProgramme(
      programme([
        { metric: 'members.httnv-or-better.percent', strict: true, targets: { '2024': 90 } },
        { metric: 'members.khtnv.count', unit: 'count', direction: 'at-most', targets: { '2024': 1 } },
        { metric: 'members.khtnv.count', unit: 'count', direction: 'at-most', targets: { '2024': 0 } },
        { metric: 'organizations.tccsd.httnv-or-better.percent', targets: { '2024': 90 } },
        { metric: 'members.htxsnv-share-of-httnv.percent', direction: 'at-most', targets: { '2024': 20 } },
        { metric: 'organizations.chi-bo.htnv.count', unit: 'count', direction: 'at-most', targets: { '2024': 0 } },
      ]),
      inputs,
    );
    expect(year(e, 0, 2024)).toMatchObject({ target: 90, actual: 75, count: { numerator: 6, denominator: 8 }, source: 'metric', status: 'chua-dat' });
    expect(year(e, 1, 2024)).toMatchObject({ actual: 1, status: 'dat' });
    expect(year(e, 2, 2024)).toMatchObject({ actual: 1, status: 'chua-dat' });
    expect(year(e, 3, 2024)).toMatchObject({ actual: 100, status: 'vuot' });
    expect(year(e, 4, 2024)).toMatchObject({ actual: 20, status: 'dat' });
    expect(year(e, 5, 2024)).toMatchObject({ actual: 1, status: 'chua-dat' });
  });

  it('computes admissions, disciplines and thôn from the reviews; without a review they have no data', () => {
    const indicators = [
      { metric: 'members.admitted.percent' as const, targets: { '2024': 3 } },
      { metric: 'members.admitted.count' as const, unit: 'count' as const, targets: { '2024': 1 } },
      { metric: 'members.disciplined.count' as const, unit: 'count' as const, direction: 'at-most' as const, targets: { '2024': 0 } },
      { metric: 'thon.with-chi-bo.percent' as const, targets: { '2024': 100 }, denominators: { '2024': 4 } },
      { metric: 'thon.with-chi-bo.count' as const, unit: 'count' as const, targets: { '2024': 4 } },
    ];
    const e = evaluateProgramme(programme(indicators), inputs);
    // 2 admitted in 2024 over the 8 admitted before 1 January 2024.
    expect(year(e, 0, 2024)).toMatchObject({ actual: 25, count: { numerator: 2, denominator: 8 }, status: 'vuot' });
    expect(year(e, 1, 2024)).toMatchObject({ actual: 2, status: 'vuot' });
    expect(year(e, 2, 2024)).toMatchObject({ actual: 1, status: 'chua-dat' });
    // cb-a1 (group thon, chi bộ trực thuộc) and cb-b (group to-dan-pho, chi bộ cơ sở) over 4 thôn, tổ dân phố.
    expect(year(e, 3, 2024)).toMatchObject({ actual: 50, count: { numerator: 2, denominator: 4 }, status: 'chua-dat' });
    expect(year(e, 4, 2024)).toMatchObject({ actual: 2, status: 'chua-dat' });
    const bare = evaluateProgramme(programme(indicators), [{ result: treeResult(2024) }]);
    expect(bare.indicators.map((i) => i.years[0]?.status)).toEqual(Array(5).fill('chua-co-so-lieu'));
  });

  it('marks missing years: no data yet, and no verdict in a year without a target', () => {
    const e = evaluateProgramme(programme([{ metric: 'members.httnv-or-better.percent', targets: { '2024': 70, '2026': 80 } }]), inputs);
    expect(e.indicators[0]?.years.map((y) => [y.year, y.target, y.actual, y.status])).toEqual([
      [2024, 70, 75, 'vuot'],
      [2025, null, null, null],
      [2026, 80, null, 'chua-co-so-lieu'],
    ]);
    expect(e.summary.asOf).toBe(2024);
    expect(e.summary.met).toEqual(['i0']);
  });

  it('draws the straight line from the baseline to the final target, both directions', () => {
    const e = evaluateProgramme(
      programme([
        { actuals: { '2024': 75, '2025': 80 }, targets: { '2024': 75, '2025': 80, '2026': 90 } },
        { unit: 'count', direction: 'at-most', actuals: { '2024': 3, '2025': 2 }, targets: { '2026': 1 } },
        { actuals: { '2023': 60, '2024': 70, '2025': 70 }, targets: { '2026': 90 } },
      ]),
      [],
    );
    expect(e.indicators[0]?.years.map((y) => [y.year, y.line, y.onTrack])).toEqual([[2024, 75, null], [2025, 82.5, false], [2026, 90, null]]);
    expect(e.indicators[1]?.years.map((y) => [y.year, y.line, y.onTrack])).toEqual([[2024, 3, null], [2025, 2, true], [2026, 1, null]]);
    // The year before the programme serves as the baseline: 60 → 90 over 3 years.
    expect(e.indicators[2]?.baseline).toEqual({ year: 2023, value: 60 });
    expect(e.indicators[2]?.years.map((y) => [y.year, y.line, y.onTrack])).toEqual([[2023, 60, null], [2024, 70, true], [2025, 80, false], [2026, 90, null]]);
    expect(e.summary.asOf).toBe(2025);
    expect(e.summary.offTrack).toEqual(['i0', 'i2']);
    expect(e.summary.noTarget).toEqual(['i1', 'i2']);
  });

  it('prefers an entered actual to the computed one, and says so', () => {
    const e = evaluateProgramme(programme([{ metric: 'members.httnv-or-better.percent', actuals: { '2024': 80 }, targets: { '2024': 78 } }]), inputs);
    expect(year(e, 0, 2024)).toMatchObject({ actual: 80, source: 'actuals', status: 'vuot' });
    expect(e.notes.map((n) => n.code)).toEqual(['actual-entered-over-metric']);
  });
});

describe('sơ kết lists', () => {
  const later = (): RatedResult => {
    const r = treeResult(2025);
    return {
      ...r,
      organizations: r.organizations.map((o) => (o.id === 'cb-a2' ? organizationResult('cb-a2', 'chi-bo', 'KHTNV', { findings: [consecutiveFinding()] }) : o)),
      members: r.members.map((m) => (m.id === 'm3' ? memberResult('m3', 'cb-a1', 'KHTNV') : m)),
    };
  };

  it('finds subjects KHTNV two years running (both results, or the finding)', () => {
    const e = evaluateProgramme(programme([{ actuals: {} }]), [{ result: treeResult(2024), review: REVIEW }, { result: later(), review: REVIEW }]);
    expect(e.summary.asOf).toBe(2025);
    expect(e.summary.consecutiveKhtnv.members.map((m) => [m.id, m.name, m.years])).toEqual([['m9', 'Đảng viên m9', [2024, 2025]]]);
    expect(e.summary.consecutiveKhtnv.organizations.map((o) => [o.id, o.name])).toEqual([['cb-a2', 'Chi bộ Cơ quan xã A']]);
  });

  it('orders the weakest units: own level, then members HTTNV or better, then members KHTNV, then id', () => {
    const e = evaluateProgramme(programme([{ actuals: {} }]), [{ result: treeResult(2024), review: REVIEW }], { weakest: 10 });
    expect(e.summary.weakestUnits.map((u) => [u.id, u.level, u.members.rated, u.members.httnvOrBetter, u.members.percent, u.members.khtnv])).toEqual([
      ['cb-a2', 'HTNV', 2, 2, 100, 0],
      ['cb-b', 'HTTNV', 3, 2, 66.67, 1],
      ['cb-a1', 'HTTNV', 3, 2, 66.67, 0],
      ['xa-a', 'HTTNV', 5, 4, 80, 0],
    ]);
    expect(evaluateProgramme(programme([{ actuals: {} }]), [{ result: treeResult(2024), review: REVIEW }]).summary.weakestUnits).toHaveLength(4);
    expect(evaluateProgramme(programme([{ actuals: {} }]), [{ result: treeResult(2024), review: REVIEW }], { weakest: 1 }).summary.weakestUnits).toHaveLength(1);
  });

  it('notes organizations whose kind changed (the 2025 restructure)', () => {
    const r = treeResult(2025);
    const changed = { ...r, organizations: r.organizations.map((o) => (o.id === 'xa-a' ? { ...o, kind: 'cap-tren' as const } : o)) };
    const e = evaluateProgramme(programme([{ actuals: {} }]), [{ result: treeResult(2024) }, { result: changed }]);
    expect(e.notes.map((n) => [n.code, n.year])).toEqual([['organization-kind-changed', 2025]]);
    expect(e.notes[0]?.message.en).toContain('xa-a: dang-bo-co-so → cap-tren');
  });
});

describe('inputs', () => {
  it('refuses a year that is not the result’s, and a result that is not for a year', () => {
    try {
      evaluateProgramme(programme([{ actuals: {} }]), [{ year: 2025, result: treeResult(2024) }, { result: { ...treeResult(2024), period: { kind: 'quarter', quarter: 2 } } }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XeploaiError);
      expect((error as XeploaiError).issues.map((i) => [i.path, i.code])).toEqual([
        ['[0].year', 'year-mismatch'],
        ['[1].result.period', 'unsupported-period'],
      ]);
    }
  });
  it('leaves out results outside the programme, with a note', () => {
    const e = evaluateProgramme(programme([{ actuals: {} }]), [{ result: treeResult(2020) }]);
    expect(e.yearsWithResults).toEqual([]);
    expect(e.notes.map((n) => [n.code, n.year])).toEqual([['year-outside-programme', 2020]]);
  });
  it('refuses bad options', () => {
    expect(() => evaluateProgramme(programme([{ actuals: {} }]), [], { decimals: -1 })).toThrow(RangeError);
    expect(() => evaluateProgramme(programme([{ actuals: {} }]), [], { weakest: 1.5 })).toThrow(RangeError);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { parseProgramme, safeParseProgramme, safeParseProgrammeJson } from './parse.js';

const base = { format: 'xeploai/programme@1', id: 'p', title: 'Chương trình', fromYear: 2024, toYear: 2026 };
const ok = { id: 'dv', title: 'Đảng viên KHTNV', unit: 'count', direction: 'at-most', targets: { '2024': 3 }, metric: 'members.khtnv.count' };

function paths(input: unknown): [string, string][] {
  const r = safeParseProgramme(input);
  return r.success ? [] : r.issues.map((i) => [i.path, i.code]);
}

describe('parseProgramme', () => {
  it('accepts the example programme', () => {
    const p = parseProgramme(JSON.parse(readFileSync(new URL('../../examples/de-an-03.json', import.meta.url), 'utf8')));
    expect(p.indicators).toHaveLength(20);
    expect(new Set(p.indicators.map((i) => i.id)).size).toBe(20);
  });

  it('normalises text to NFC and trims it', () => {
    const p = parseProgramme({ ...base, title: ' Đe\u0302\u0300 án ', indicators: [ok] });
    expect(p.title).toBe('Đề án');
  });

  it('reports every problem with its path, in document order', () => {
    expect(
      paths({
        ...base,
        toYear: 2023,
        extra: true,
        indicators: [
          { ...ok, targets: { '2027': 1, x: 2 } },
          { ...ok, unit: 'percent' },
          { id: 'dv', title: 'T', unit: 'percent', direction: 'up', targets: {} },
          { id: 'thon', title: 'Thôn có chi bộ', unit: 'percent', direction: 'at-least', targets: { '2024': 50.5 }, metric: 'thon.with-chi-bo.percent' },
          { ...ok, id: 'c', targets: { '2024': 1.5 }, denominators: { '2024': 4 } },
        ],
      }),
    ).toEqual([
      ['toYear', 'invalid-term'],
      ['extra', 'unknown-field'],
      ['indicators[0].targets.x', 'invalid-key'],
      ['indicators[1].id', 'duplicate-id'],
      ['indicators[1].unit', 'unit-mismatch'],
      ['indicators[2].id', 'duplicate-id'],
      ['indicators[2].direction', 'invalid-value'],
      ['indicators[3].denominators', 'missing-field'],
      ['indicators[4].targets["2024"]', 'invalid-number'],
      ['indicators[4].denominators', 'unused-field'],
    ]);
  });

  it('checks years against the programme (actuals may give the year before: the baseline)', () => {
    expect(paths({ ...base, indicators: [{ ...ok, targets: { '2023': 1, '2027': 1 }, actuals: { '2023': 2, '2022': 2 } }] })).toEqual([
      ['indicators[0].targets["2023"]', 'year-outside-programme'],
      ['indicators[0].targets["2027"]', 'year-outside-programme'],
      ['indicators[0].actuals["2022"]', 'year-outside-programme'],
    ]);
    const r = safeParseProgramme({ ...base, indicators: [{ ...ok, targets: { '2027': 0 } }] });
    expect(!r.success && r.issues[0]?.message).toBe('expected a year from 2024 to 2026, got 2027');
  });

  it('requires actuals when there is no metric, and an unknown metric lists the known ones', () => {
    expect(paths({ ...base, indicators: [{ id: 'x', title: 'X', unit: 'percent', direction: 'at-least', targets: {} }] })).toEqual([['indicators[0].actuals', 'missing-field']]);
    const r = safeParseProgramme({ ...base, indicators: [{ ...ok, metric: 'members.good' }] });
    expect(!r.success && r.issues[0]?.message).toMatch(/^expected one of "organizations\.tccsd\.htxsnv\.count", .*got "members\.good"$/);
  });

  it('names another document by its format, and refuses what is not an object', () => {
    expect(paths({ format: 'xeploai/review@1', year: 2024 })).toEqual([['format', 'wrong-format']]);
    expect(paths([])).toEqual([['', 'invalid-type']]);
    expect(paths({ ...base, indicators: [] })).toEqual([['indicators', 'out-of-range']]);
    expect(paths({ ...base, indicators: [{ ...ok, __proto__: 1 }], constructor: 1 })).toEqual([['constructor', 'forbidden-key']]);
    expect(() => parseProgramme({})).toThrow(XeploaiError);
  });

  it('reads JSON text', () => {
    const r = safeParseProgrammeJson('{"format": "xeploai/programme@1",');
    expect(!r.success && r.issues[0]?.code).toBe('invalid-json');
    expect(safeParseProgrammeJson(JSON.stringify({ ...base, indicators: [ok] })).success).toBe(true);
  });
});

describe('percent targets (issue #21, item 9)', () => {
  it('refuses a percent target or actual above 100', () => {
    const ind = { id: 'p', title: 'Tỷ lệ', unit: 'percent', direction: 'at-least', targets: { '2024': 1000 }, actuals: { '2024': 101 } };
    expect(paths({ ...base, indicators: [ind] })).toEqual([
      ['indicators[0].targets["2024"]', 'out-of-range'],
      ['indicators[0].actuals["2024"]', 'out-of-range'],
    ]);
  });
});

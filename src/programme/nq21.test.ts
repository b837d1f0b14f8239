import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { TREE, treeResult } from '../report/testFixture.js';
import { evaluateProgramme } from './evaluate.js';
import { extendProgramme, NQ21_PROGRAMME } from './nq21.js';
import { safeParseProgramme } from './parse.js';

describe('NQ21_PROGRAMME', () => {
  it('is a valid programme with cited targets', () => {
    expect(safeParseProgramme(NQ21_PROGRAMME).success).toBe(true);
    expect(NQ21_PROGRAMME.indicators.map((i) => [i.id, i.direction, i.strict === true, i.targets['2025']])).toEqual([
      ['tccsd-httnv-tro-len', 'at-least', true, 90],
      ['dv-httnv-tro-len', 'at-least', true, 90],
      ['thon-co-dang-vien', 'at-least', false, 100],
      ['thon-co-chi-bo', 'at-least', false, undefined],
      ['ket-nap', 'at-least', false, 3],
    ]);
    for (const i of NQ21_PROGRAMME.indicators) expect(i.cite?.doc).toBe('21-NQ/TW');
    expect(NQ21_PROGRAMME.indicators.find((i) => i.id === 'thon-co-chi-bo')?.targets).toEqual({ '2030': 100 });
  });

  it('reads "trên 90%" strictly: 90.0 % is not enough', () => {
    // 9 of 10 members rated HTTNV or better = 90 %.
    const result = { ...treeResult(2024), members: Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, orgId: 'cb-b', rated: true, level: i < 9 ? ('HTTNV' as const) : ('HTNV' as const), findings: [] })) };
    const e = evaluateProgramme(NQ21_PROGRAMME, [{ result, review: TREE }]);
    const dv = e.indicators.find((i) => i.indicator.id === 'dv-httnv-tro-len')?.years.find((y) => y.year === 2024);
    expect(dv).toMatchObject({ actual: 90, status: 'chua-dat' });
  });
});

describe('extendProgramme', () => {
  it('cuts the base to the new years, drops indicators left without a target, merges changes year by year', () => {
    const p = extendProgramme(NQ21_PROGRAMME, {
      id: 'de-an-03', title: 'Đề án 03-ĐA/TU', fromYear: 2024, toYear: 2026,
      indicators: [
        { id: 'dv-httnv-tro-len', targets: { '2026': 92 } },
        { id: 'thon-co-dang-vien', actuals: { '2024': 100 } },
        { id: 'dv-khtnv', title: 'Đảng viên KHTNV', unit: 'count', direction: 'at-most', targets: { '2024': 3 }, metric: 'members.khtnv.count' },
      ],
    });
    expect([p.id, p.fromYear, p.toYear]).toEqual(['de-an-03', 2024, 2026]);
    expect(p.indicators.map((i) => i.id)).toEqual(['tccsd-httnv-tro-len', 'dv-httnv-tro-len', 'thon-co-dang-vien', 'ket-nap', 'dv-khtnv']);
    expect(p.indicators[1]?.targets).toEqual({ '2024': 90, '2025': 90, '2026': 92 });
    expect(p.indicators[1]?.strict).toBe(true);
    expect(p.indicators[2]?.actuals).toEqual({ '2024': 100 });
    // NQ 21's 2030 target for chi bộ in every thôn is outside 2024–2026 and not named: dropped.
    expect(p.indicators.some((i) => i.id === 'thon-co-chi-bo')).toBe(false);
    expect(NQ21_PROGRAMME.indicators[1]?.targets['2026']).toBe(90); // the preset is untouched
  });

  it('keeps a base indicator the extension names, and validates the outcome with paths', () => {
    const p = extendProgramme(NQ21_PROGRAMME, { id: 'x', title: 'X', fromYear: 2024, toYear: 2026, indicators: [{ id: 'thon-co-chi-bo', targets: { '2026': 80 }, denominators: { '2026': 12 } }] });
    expect(p.indicators.find((i) => i.id === 'thon-co-chi-bo')).toMatchObject({ targets: { '2026': 80 }, denominators: { '2026': 12 } });
    try {
      extendProgramme(NQ21_PROGRAMME, { id: 'x', title: 'X', fromYear: 2024, toYear: 2026, indicators: [{ id: 'moi', title: 'Mới', unit: 'percent', direction: 'at-least', targets: { '2027': 1 } }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XeploaiError);
      expect((error as XeploaiError).issues.map((i) => i.path)).toEqual(['indicators[4].targets["2027"]', 'indicators[4].actuals']);
    }
  });
});

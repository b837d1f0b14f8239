import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XeploaiError } from '../errors.js';
import { rollUp } from './rollUp.js';
import { TREE, treeResult } from './testFixture.js';
import { memberResult, organizationResult } from '../testing/index.js';
import type { RollUpRow, Tally } from './types.js';

function tally(row: RollUpRow | undefined, subjects: Tally['subjects']): Tally {
  const t = row?.tallies.find((x) => x.subjects === subjects);
  if (!t) throw new Error(`no ${subjects} tally in ${row?.id}`);
  return t;
}

function levels(t: Tally): [number, number | null][] {
  return (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const).map((l) => [t.levels[l].count, t.levels[l].percent]);
}

describe('rollUp by parent on a hand-checked tree', () => {
  const table = rollUp({ result: treeResult(), review: TREE });
  const rows = table.years[0]!.rows;
  const row = (id: string) => rows.find((r) => r.id === id);

  it('lists every organization in tree order with its depth and level; no total row for one root', () => {
    expect(rows.map((r) => [r.id, r.depth, r.level])).toEqual([
      ['huyen', 0, null],
      ['xa-a', 1, 'HTTNV'],
      ['cb-a1', 2, 'HTTNV'],
      ['cb-a2', 2, 'HTNV'],
      ['cb-b', 1, 'HTTNV'],
    ]);
    expect(row('xa-a')?.name).toBe('Đảng bộ xã A');
  });

  it('counts the members of the whole subtree, percentages over those rated', () => {
    const m = tally(row('huyen'), 'members');
    expect([m.total, m.rated, m.notRated]).toEqual([10, 8, 2]);
    expect(levels(m)).toEqual([[1, 12.5], [5, 62.5], [1, 12.5], [1, 12.5]]);
    expect(m.httnvOrBetter).toEqual({ count: 6, percent: 75 });
    expect(m.notRatedReasons).toEqual([{ code: 'exempt', count: 1 }, { code: 'new-member', count: 1 }]);
    const a = tally(row('xa-a'), 'members');
    expect([a.total, a.rated]).toEqual([6, 5]);
    expect(levels(a)).toEqual([[1, 20], [3, 60], [1, 20], [0, 0]]);
    const b = tally(row('cb-b'), 'members');
    expect(levels(b)).toEqual([[0, 0], [2, 66.67], [0, 0], [1, 33.33]]);
  });

  it('labels the HTXSNV share over each base', () => {
    const [overHttnv, overBetter, overRated] = tally(row('huyen'), 'members').htxsnvShare;
    expect([overHttnv.base, overHttnv.count, overHttnv.of, overHttnv.percent]).toEqual(['httnv', 1, 5, 20]);
    expect([overBetter.base, overBetter.of, overBetter.percent]).toEqual(['httnv-or-better', 6, 16.67]);
    expect([overRated.base, overRated.of, overRated.percent]).toEqual(['rated', 8, 12.5]);
    expect(overHttnv.label.vi).toContain('HTTNV');
    // A chi bộ with no HTTNV: the share over exactly-HTTNV has no base.
    expect(tally(row('cb-a1'), 'members').htxsnvShare[0].percent).toBe(100);
  });

  it('counts TCCSĐ and chi bộ trực thuộc separately, the organization itself included; cap-tren only when rated', () => {
    const t = tally(row('huyen'), 'tccsd');
    expect([t.total, t.rated, t.levels.HTTNV.count, t.levels.HTTNV.percent]).toEqual([2, 2, 2, 100]);
    const cb = tally(row('huyen'), 'chi-bo');
    expect(levels(cb)).toEqual([[0, 0], [1, 50], [1, 50], [0, 0]]);
    expect(tally(row('xa-a'), 'tccsd').total).toBe(1);
    expect(row('cb-a1')?.tallies.map((x) => x.subjects)).toEqual(['members', 'chi-bo']);
    expect(row('huyen')?.tallies.some((x) => x.subjects === 'cap-tren')).toBe(false);
  });

  it('rounds a row by largest remainder, one value per count', () => {
    const half = tally(row('cb-a1'), 'members');
    expect(levels(half).map(([, p]) => p)).toEqual([33.33, 33.33, 33.33, 0]);
    // 1, 1, 1 of 3: equal counts stay equal (33.33 each), never 33.34 beside 33.33.
    const lr = tally(rollUp({ result: treeResult(), review: TREE }, { rounding: 'largest-remainder' }).years[0]!.rows.find((r) => r.id === 'cb-a1'), 'members');
    expect(levels(lr).map(([, p]) => p)).toEqual([33.33, 33.33, 33.33, 0]);
    const oneDecimal = tally(rollUp({ result: treeResult(), review: TREE }, { decimals: 0 }).years[0]!.rows[0], 'members');
    expect(levels(oneDecimal).map(([, p]) => p)).toEqual([13, 63, 13, 13]); // half-up: 102 in all
    // 1, 5, 1, 1 of 8 = 12.5, 62.5, 12.5, 12.5: floors 98; all remainders ½: the 5 first (one unit),
    // then the three 1s would need 3 units of the 1 left — they keep 12 each: 99, one value per count.
    const lr0 = tally(rollUp({ result: treeResult(), review: TREE }, { decimals: 0, rounding: 'largest-remainder' }).years[0]!.rows[0], 'members');
    expect(levels(lr0).map(([, p]) => p)).toEqual([12, 63, 12, 12]);
    // The HTXSNV share over all rated is the same count over the same base as the HTXSNV cell: the same value.
    expect(lr0.htxsnvShare[2].percent).toBe(lr0.levels.HTXSNV.percent);
  });
});

describe('rollUp by kind', () => {
  it('rows per kind, TCCSĐ adding both kinds; members with the kind of their TCCSĐ', () => {
    const rows = rollUp({ result: treeResult(), review: TREE }, { by: 'kind' }).years[0]!.rows;
    expect(rows.map((r) => [r.id, ...r.tallies.map((t) => `${t.subjects}:${t.total}/${t.rated}`)])).toEqual([
      ['tccsd', 'members:10/8', 'tccsd:2/2'],
      ['dang-bo-co-so', 'members:6/5', 'dang-bo-co-so:1/1'],
      ['chi-bo-co-so', 'members:4/3', 'chi-bo-co-so:1/1'],
      ['chi-bo', 'members:0/0', 'chi-bo:2/2'],
    ]);
  });
});

describe('rollUp over several results', () => {
  it('merges the files of one year (one commune each, a shared superior) into the same table', () => {
    const whole = treeResult();
    const a = { year: 2024, organizations: whole.organizations.filter((o) => o.id !== 'cb-b'), members: whole.members.filter((m) => !m.orgId.startsWith('cb-b')) };
    const b = { year: 2024, organizations: whole.organizations.filter((o) => o.id === 'huyen' || o.id === 'cb-b'), members: whole.members.filter((m) => m.orgId === 'cb-b') };
    const merged = rollUp([{ result: a, review: TREE }, { result: b, review: TREE }]);
    expect(merged).toEqual(rollUp({ result: whole, review: TREE }));
  });

  it('gives one table per year, oldest first', () => {
    const table = rollUp([{ result: treeResult(2025), review: TREE }, { result: treeResult(2024), review: TREE }]);
    expect(table.years.map((y) => y.year)).toEqual([2024, 2025]);
  });

  it('without reviews lists organizations flat, by id, with a total row', () => {
    const year = rollUp(treeResult()).years[0]!;
    expect(year.tree).toBe(false);
    expect(year.rows.map((r) => [r.id, r.depth, r.name])).toEqual([
      ['tong-cong', 0, 'Tổng cộng'],
      ['huyen', 1, 'huyen'],
      ['xa-a', 1, 'xa-a'],
      ['cb-a1', 1, 'cb-a1'],
      ['cb-a2', 1, 'cb-a2'],
      ['cb-b', 1, 'cb-b'],
    ]);
    expect(tally(year.rows[0], 'members').total).toBe(10);
    expect(tally(year.rows.find((r) => r.id === 'xa-a'), 'members').total).toBe(0);
  });

  it('refuses a member in two results of one year, and one organization rated two ways, naming the later one', () => {
    const one = { year: 2024, organizations: [organizationResult('cb', 'chi-bo-co-so', 'HTTNV')], members: [memberResult('m1', 'cb', 'HTTNV')] };
    const two = { year: 2024, organizations: [organizationResult('cb', 'chi-bo-co-so', 'HTNV')], members: [memberResult('m1', 'cb', 'HTNV')] };
    try {
      rollUp([one, { result: two }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XeploaiError);
      expect((error as XeploaiError).issues.map((i) => [i.path, i.code])).toEqual([
        ['[1].result.organizations[0].level', 'conflicting-entry'],
        ['[1].result.members[0].id', 'duplicate-id'],
      ]);
    }
  });

  it('refuses bad options', () => {
    expect(() => rollUp(treeResult(), { decimals: 9 })).toThrow(RangeError);
    expect(() => rollUp(treeResult(), { by: 'tree' as 'kind' })).toThrow(RangeError);
  });

  it('is empty for no results, and counts members of an unknown chi bộ in the total', () => {
    expect(rollUp([]).years).toEqual([]);
    const r = rollUp({ result: { year: 2024, organizations: [], members: [memberResult('m1', 'nowhere', 'HTTNV')] }, review: { organizations: [] } });
    expect(r.years[0]!.rows.map((x) => [x.id, tally(x, 'members').rated])).toEqual([['tong-cong', 1]]);
  });
});

describe('rollUp properties', () => {
  it('does not depend on the order of members, and the levels of a row add up to those rated', () => {
    const base = treeResult();
    const reference = rollUp({ result: base, review: TREE });
    fc.assert(
      fc.property(fc.shuffledSubarray([...base.members], { minLength: base.members.length }), (members) => {
        const table = rollUp({ result: { ...base, members }, review: TREE });
        expect(table).toEqual(reference);
        for (const row of table.years[0]!.rows) {
          for (const t of row.tallies) {
            expect(t.levels.HTXSNV.count + t.levels.HTTNV.count + t.levels.HTNV.count + t.levels.KHTNV.count).toBe(t.rated);
            expect(t.rated + t.notRated).toBe(t.total);
            expect(t.notRatedReasons.reduce((s, r) => s + r.count, 0)).toBe(t.notRated);
          }
        }
      }),
    );
  });
});

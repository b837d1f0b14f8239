// Each roll-up option on a small table whose figures are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { review } from '../testing/builder.js';
import { rollUpTable } from '../render/table.js';
import { rollUp } from './rollUp.js';
import { ABOVE_GRASSROOTS, notRated, TREE, treeResult } from './testFixture.js';
import { memberResult, organizationResult } from '../testing/index.js';
import type { RatedResult, RollUpRow, Tally } from './types.js';

function tally(row: RollUpRow | undefined, subjects: Tally['subjects']): Tally {
  const t = row?.tallies.find((x) => x.subjects === subjects);
  if (!t) throw new Error(`no ${subjects} tally in ${row?.id}`);
  return t;
}
const percents = (t: Tally) => (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const).map((l) => t.levels[l].percent);

/** One chi bộ cơ sở with members at the given levels. */
function cell(levels: readonly ('HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV')[]): RatedResult {
  return { year: 2024, organizations: [organizationResult('cb', 'chi-bo-co-so', 'HTTNV')], members: levels.map((l, i) => memberResult(`m${i}`, 'cb', l)) };
}

describe('rounding truncate', () => {
  it('rounds down where half-up rounds up', () => {
    // 2 HTTNV and 1 HTNV of 3: 66.666…% and 33.333…%. At 1 decimal half-up gives 66.7 (the
    // published report prints 66.6: it truncates), both give 33.3.
    const input = cell(['HTTNV', 'HTTNV', 'HTNV']);
    const half = tally(rollUp(input, { decimals: 1 }).years[0]!.rows[0], 'members');
    const down = tally(rollUp(input, { decimals: 1, rounding: 'truncate' }).years[0]!.rows[0], 'members');
    expect(percents(half)).toEqual([0, 66.7, 33.3, 0]);
    expect(percents(down)).toEqual([0, 66.6, 33.3, 0]);
    // HTTNV-or-better is the same 2 of 3.
    expect(down.httnvOrBetter).toEqual({ count: 2, percent: 66.6 });
  });

  it('takes each table at its own precision', () => {
    // Members 1 HTXSNV of 3 at 1 decimal: 33.3; the TCCSĐ (1 of 1) at 0 decimals: 100.
    const table = rollUp(cell(['HTXSNV', 'HTTNV', 'HTTNV']), { decimals: 2, tableDecimals: { members: 1, tccsd: 0 } });
    const row = table.years[0]!.rows[0];
    expect(tally(row, 'members').decimals).toBe(1);
    expect(percents(tally(row, 'members'))).toEqual([33.3, 66.7, 0, 0]);
    expect(tally(row, 'tccsd').decimals).toBe(0);
    expect(() => rollUp(cell([]), { tableDecimals: { nobody: 1 } as never })).toThrow(RangeError);
    expect(() => rollUp(cell([]), { tableDecimals: { members: 7 } })).toThrow(RangeError);
  });
});

describe('largest remainder, one value per count and base', () => {
  it('gives equal counts equal percentages, and the HTXSNV share over all rated the HTXSNV cell’s value', () => {
    // 2 HTXSNV, 2 HTTNV, 3 HTNV of 7 at 0 decimals: 28.57, 28.57, 42.86. Floors 28 + 28 + 42 = 98;
    // remainders 4/7, 4/7, 6/7: the 3 gets 43; the two 2s would need 2 units of the 1 left, so both
    // stay 28 (the old rule printed 29 and 28 for the same count).
    const t = tally(rollUp(cell(['HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV', 'HTNV']), { decimals: 0, rounding: 'largest-remainder' }).years[0]!.rows[0], 'members');
    expect(percents(t)).toEqual([28, 28, 43, 0]);
    expect(t.htxsnvShare[2].percent).toBe(28);
    // HTXSNV over exactly HTTNV: 2 of 2 = 100; over HTTNV-and-above: 2 of 4 = 50; HTTNV-or-better 4 of 7 = 57.14 → 57.
    expect(t.htxsnvShare.map((s) => s.percent)).toEqual([100, 50, 28]);
    expect(t.httnvOrBetter.percent).toBe(57);
  });
});

describe('largest remainder across the tallies of one row', () => {
  it('gives a count over a base one value in the members and the TCCSĐ tallies alike', () => {
    // Under one superior: 6 chi bộ cơ sở (1 HTXSNV, 5 HTTNV), one member each: 1 HTXSNV, 1 HTTNV, 1 HTNV, 3 KHTNV.
    // Members at 0 decimals: 16.67, 16.67, 16.67, 50 → floors 16 + 16 + 16 + 50 = 98; the three 1s
    // tie for the 2 units left, so they stay 16. The TCCSĐ alone would round 1/6 up to 17 (floors
    // 16 + 83, the 1 has the larger remainder); in the same row it is the members' 16.
    const levels = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'KHTNV', 'KHTNV'] as const;
    const input: RatedResult = {
      year: 2024,
      organizations: [organizationResult('tren', 'cap-tren', null, ABOVE_GRASSROOTS), ...(['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'] as const).map((l, i) => ({ ...organizationResult(`cb${i}`, 'chi-bo-co-so', l), parentId: 'tren' }))],
      members: levels.map((l, i) => memberResult(`m${i}`, `cb${i}`, l)),
    };
    const row = rollUp(input, { decimals: 0, rounding: 'largest-remainder' }).years[0]!.rows[0];
    expect(percents(tally(row, 'members'))).toEqual([16, 16, 16, 50]);
    expect(percents(tally(row, 'tccsd'))).toEqual([16, 83, 0, 0]);
  });
});

describe('shares over all members', () => {
  // 10 members of one chi bộ cơ sở, 2024 (QĐ 124): 6 rated (1 HTXSNV, 4 HTTNV, 1 HTNV); exempt 2
  // (miễn công tác; admitted in October, under 6 months); 1 not reviewed (working abroad); 1 with
  // no basis (no criteria, no proposal).
  const file = review(2024)
    .reviewDate('2024-12-15')
    .organization({ id: 'cb', name: 'Chi bộ thôn Đông', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV', type: 'xa' })
    .member({ proposedLevel: 'HTXSNV' })
    .members(4, { proposedLevel: 'HTTNV' })
    .member({ proposedLevel: 'HTNV' })
    .member({ proposedLevel: 'HTTNV', exemption: { kind: 'mien-cong-tac-sinh-hoat', from: '2021-03-01' } })
    .member({ proposedLevel: 'HTTNV', admittedOn: '2024-10-01' })
    .member({ id: 'dv-xa', name: 'Trần Văn Xa', proposedLevel: 'HTTNV', notReviewed: { reason: 'Đi lao động ở nước ngoài, chưa kiểm điểm' } })
    .member({})
    .build();
  const result = evaluateReview(file);

  it('counts rated, exempt, not reviewed and no basis over the total; levels over those rated', () => {
    const t = tally(rollUp({ result, review: file }).years[0]!.rows[0], 'members');
    expect(t.total).toBe(10);
    // 6/10 = 60 %, 2/10 = 20 %, 1/10 = 10 %, 1/10 = 10 %.
    expect(t.ofTotal).toEqual({
      rated: { count: 6, percent: 60 },
      exempt: { count: 2, percent: 20 },
      notReviewed: { count: 1, percent: 10 },
      noBasis: { count: 1, percent: 10 },
    });
    // 1/6 = 16.67 %, 4/6 = 66.67 %, 1/6 = 16.67 %.
    expect(percents(t)).toEqual([16.67, 66.67, 16.67, 0]);
    // HTXSNV over exactly HTTNV 1/4 = 25 %, over HTTNV-and-above 1/5 = 20 %.
    expect(t.htxsnvShare.map((s) => s.percent)).toEqual([25, 20, 16.67]);
    expect(t.notRatedReasons.map((r) => r.code).sort()).toEqual(['exempt', 'new-member', 'no-basis', 'not-reviewed']);
  });

  it('lists the members not reviewed with their reasons, from the review or from the result alone', () => {
    const withReview = rollUp({ result, review: file }).years[0]!;
    expect(withReview.notReviewed).toEqual([
      { id: 'dv-xa', name: 'Trần Văn Xa', orgId: 'cb', orgName: 'Chi bộ thôn Đông', reason: { vi: 'Đi lao động ở nước ngoài, chưa kiểm điểm', en: 'Đi lao động ở nước ngoài, chưa kiểm điểm' } },
    ]);
    const alone = rollUp(JSON.parse(JSON.stringify(result)) as RatedResult).years[0]!;
    expect(alone.notReviewed[0]).toMatchObject({ id: 'dv-xa', name: 'Trần Văn Xa', orgName: 'Chi bộ thôn Đông' });
    expect(alone.notReviewed[0]!.reason).toEqual({ vi: 'Đi lao động ở nước ngoài, chưa kiểm điểm', en: 'Đi lao động ở nước ngoài, chưa kiểm điểm' });
    expect(alone.tree).toBe(true);
    expect(alone.rows[0]).toMatchObject({ id: 'cb', name: 'Chi bộ thôn Đông', type: 'xa', level: 'HTTNV' });
  });
});

describe('rows by parent', () => {
  it('leaves out rows deeper than depth; they still count above', () => {
    const rows = rollUp({ result: treeResult(), review: TREE }, { depth: 1 }).years[0]!.rows;
    expect(rows.map((r) => r.id)).toEqual(['huyen', 'xa-a', 'cb-b']);
    expect(tally(rows[1], 'members').total).toBe(6);
    expect(rollUp({ result: treeResult(), review: TREE }, { depth: 0 }).years[0]!.rows.map((r) => r.id)).toEqual(['huyen']);
    expect(() => rollUp(treeResult(), { depth: -1 })).toThrow(RangeError);
  });

  it('counts a superior only when rated: one without a basis is not a unit "không xếp loại"', () => {
    const base = treeResult();
    const withRated = {
      ...base,
      organizations: [...base.organizations, organizationResult('tinh', 'cap-tren', 'HTTNV')],
    };
    const table = rollUp({ result: withRated, review: { organizations: [...TREE.organizations, { id: 'tinh', name: 'Tỉnh', kind: 'cap-tren' }] } }, { by: 'kind' });
    const capTren = table.years[0]!.rows.find((r) => r.id === 'cap-tren');
    expect([tally(capTren, 'cap-tren').total, tally(capTren, 'cap-tren').notRated]).toEqual([1, 0]);
    const byParent = rollUp({ result: withRated, review: { organizations: [...TREE.organizations, { id: 'tinh', name: 'Tỉnh', kind: 'cap-tren' }] } });
    expect(tally(byParent.years[0]!.rows[0], 'cap-tren').total).toBe(1);
  });

  it('names the unit: the root, or the one unit under a superior that is not rated', () => {
    // The huyện has two units under it: the report is about the huyện.
    expect(rollUp({ result: treeResult(), review: TREE }).years[0]!.unit).toEqual({ id: 'huyen', name: 'Đảng bộ huyện H' });
    const one = { year: 2024, organizations: [organizationResult('huyen', 'cap-tren', null, ABOVE_GRASSROOTS), organizationResult('xa-a', 'dang-bo-co-so', 'HTTNV')], members: [memberResult('m1', 'xa-a', 'HTTNV')] };
    expect(rollUp({ result: one, review: TREE }).years[0]!.unit).toEqual({ id: 'xa-a', name: 'Đảng bộ xã A' });
  });
});

describe('a deep tree', () => {
  it('rolls up and prints 20,000 nested units in linear time', () => {
    // A chain of 20,000 chi bộ, each under the one before, one member at the bottom: the old
    // per-organization walk to the root made the roll-up quadratic (minutes; 27 s through the CLI
    // on a fast machine), and the table indented each row by its depth.
    const n = 20_000;
    const organizations = Array.from({ length: n }, (_, i) => ({ ...organizationResult(`o${i}`, i === 0 ? 'dang-bo-co-so' : 'chi-bo', 'HTTNV'), name: `Đơn vị ${i}`, ...(i > 0 ? { parentId: `o${i - 1}` } : {}) }));
    const input: RatedResult = { year: 2024, organizations, members: [memberResult('m', `o${n - 1}`, 'HTXSNV')] };
    const started = Date.now();
    const table = rollUp(input);
    const rows = table.years[0]!.rows;
    expect(rows).toHaveLength(n);
    expect(rows.at(-1)!.depth).toBe(n - 1);
    expect(tally(rows[0], 'members').levels.HTXSNV.count).toBe(1);
    expect(tally(rollUp(input, { by: 'kind' }).years[0]!.rows[0], 'members').levels.HTXSNV.count).toBe(1);
    const text = rollUpTable(table);
    expect(text.split('\n').find((l) => l.includes('Đơn vị 19999'))).toContain(`│ ${' '.repeat(20)}Đơn vị 19999`);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

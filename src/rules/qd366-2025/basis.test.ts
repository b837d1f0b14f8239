import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLevels, type Level } from '../../levels.js';
import { inheritRuleTexts } from '../common/inherit.js';
import { qd124MemberParams } from '../qd124-2023/params.js';
import { qd366MemberBasis } from './basis.js';
import { qd366From124 } from './inherited.js';
import { qd366ScoreBands } from './params.js';

const tasks = fc.integer({ min: 1, max: 40 }).chain((assigned) =>
  fc.integer({ min: 0, max: assigned }).chain((completed) =>
    fc.record({
      assigned: fc.constant(assigned),
      completed: fc.constant(completed),
      onTime: fc.integer({ min: 0, max: completed }),
      exceeded: fc.integer({ min: 0, max: completed }),
    }),
  ),
);

function level(tenths: number, t: { assigned: number; completed: number; onTime: number; exceeded: number }, mode: string): Level {
  const m = { id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc' as const, admittedOn: '2010-01-01', score: { total: tenths / 10 }, tasks: t };
  return qd366MemberBasis(m, 'members[0]', { settings: { over90FailingConditions: mode } } as never)!.level;
}
const bandLevel = (tenths: number) => qd366ScoreBands.find((b) => tenths >= b.minTenths)!.level;

describe('the QĐ 366 basis, properties', () => {
  it("'highest-lower': a higher score never gives a lower level for the same tasks", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), tasks, (a, b, t) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(compareLevels(level(hi, t, 'highest-lower'), level(lo, t, 'highest-lower'))).toBeLessThanOrEqual(0);
    }));
  });

  it("the level is never above the band; 'residual-khtnv' gives the band's level or KHTNV", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), tasks, (s, t) => {
      expect(compareLevels(level(s, t, 'highest-lower'), bandLevel(s))).toBeGreaterThanOrEqual(0);
      expect([bandLevel(s), 'KHTNV']).toContain(level(s, t, 'residual-khtnv'));
    }));
  });

  it("'residual-khtnv' is not monotone in the score (why it is not the default): 94 with 28% exceeded is KHTNV, 85 is HTTNV", () => {
    const t = { assigned: 25, completed: 25, onTime: 25, exceeded: 7 };
    expect(level(940, t, 'residual-khtnv')).toBe('KHTNV');
    expect(level(850, t, 'residual-khtnv')).toBe('HTTNV');
  });
});

describe('inherited QĐ 124 data', () => {
  it('marks every rule text as an assumption and keeps numbers and flags', () => {
    const texts: unknown[] = [];
    const walk = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      if ('cite' in v && 'message' in v) texts.push(v);
      else Object.values(v).forEach(walk);
    };
    walk(qd366From124);
    expect(texts.length).toBeGreaterThan(30);
    for (const t of texts) expect(t).toMatchObject({ assumption: true, cite: { note: expect.stringContaining('inherited from QĐ 124') } });
    expect(qd366From124.member.newMember.months).toBe(6);
    expect(qd366From124.member.discipline.selfDetectedException).toBe(true);
    expect(qd366From124.organization.disciplinedUnitsShare.percent).toBe(20);
  });

  it('keeps an existing note in front and leaves the source untouched', () => {
    const p = inheritRuleTexts(qd124MemberParams, 'X');
    expect(p.newMember.rule.cite.note).toBe('"chưa đủ 6 tháng" read as admission date + 6 calendar months > review date; X');
    expect(qd124MemberParams.exempt.assumption).toBe(false);
    expect(qd124MemberParams.exempt.cite.note).toBeUndefined();
  });
});

// The types of `Level` and its helpers, as the root entry exports them.
import { describe, expectTypeOf, it } from 'vitest';
import { compareLevels, isAbove, isAtLeast, isLevel, LEVEL_LABELS, levelBelow, levelRank, LEVELS, minLevel, type Level } from './index.js';

describe('Level', () => {
  it('is the four official abbreviations, listed best first in LEVELS', () => {
    expectTypeOf<Level>().toEqualTypeOf<'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV'>();
    expectTypeOf(LEVELS).toEqualTypeOf<readonly ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']>();
    expectTypeOf(LEVELS[0]).toEqualTypeOf<'HTXSNV'>();
    // @ts-expect-error levels are upper case
    const lower: Level = 'httnv';
    void lower;
  });

  it('isLevel narrows unknown values', () => {
    const value: unknown = JSON.parse('"HTNV"');
    if (isLevel(value)) expectTypeOf(value).toEqualTypeOf<Level>();
    expectTypeOf(isLevel).guards.toEqualTypeOf<Level>();
  });

  it('the helpers take levels and give levels, ranks or booleans', () => {
    expectTypeOf(minLevel('HTXSNV', 'HTNV')).toEqualTypeOf<Level>();
    expectTypeOf(levelBelow('KHTNV')).toEqualTypeOf<Level | undefined>();
    expectTypeOf(levelRank('HTTNV')).toBeNumber();
    expectTypeOf(compareLevels('HTTNV', 'HTNV')).toBeNumber();
    expectTypeOf(isAbove('HTTNV', 'HTNV')).toBeBoolean();
    expectTypeOf(isAtLeast('HTTNV', 'HTNV')).toBeBoolean();
    expectTypeOf(LEVEL_LABELS.HTNV.vi).toBeString();
    // @ts-expect-error a string is not a level: narrow it with isLevel first
    minLevel('HTTNV' as string, 'HTNV');
    // @ts-expect-error not a level
    levelRank('HT');
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { evaluateReview } from '../builtIn.js';
import type { ReviewResult } from '../rules/types.js';
import { review } from '../testing/builder.js';
import { FindingSchema, ResultFileSchema, SettingValuesSchema } from './result.js';

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Parsed = DeepReadonly<z.output<typeof ResultFileSchema>>;

describe('ResultFileSchema', () => {
  it('describes exactly the ReviewResult type (both ways, exact optional properties)', () => {
    expectTypeOf<ReviewResult>().toExtend<Parsed>();
    expectTypeOf<Parsed>().toExtend<ReviewResult>();
  });

  it('parses what evaluateReview returns', () => {
    const result = evaluateReview(review(2024).member({ proposedLevel: 'HTNV' }).member({ admittedOn: '2024-10-01' }).raw());
    expect(ResultFileSchema.parse(result)).toEqual(result);
  });

  it('refuses unknown fields except on checks, and a level on an entry that is not rated', () => {
    const result = JSON.parse(JSON.stringify(evaluateReview(review(2024).member({ proposedLevel: 'HTNV' }).raw()))) as Record<string, any>;
    expect(ResultFileSchema.safeParse({ ...result, extra: 1 }).success).toBe(false);
    expect(ResultFileSchema.safeParse({ ...result, checks: [{ ...result.checks[0], percent: 20 }] }).success).toBe(true);
    result.members[0].rated = false;
    const r = ResultFileSchema.safeParse(result);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['members', 0, 'level']);
  });

  it('knows every named setting and its domain', () => {
    expect(SettingValuesSchema.safeParse({ quotaPercent: 101 }).success).toBe(false);
    expect(SettingValuesSchema.safeParse({ disciplineCountsIn: 'violation-year' }).success).toBe(true);
    expect(FindingSchema.safeParse({ code: 'x', severity: 'fatal', cite: { doc: 'a', article: 'b' }, assumption: false, message: { vi: '', en: '' } }).success).toBe(false);
  });
});

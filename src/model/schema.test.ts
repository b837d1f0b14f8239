import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { CriteriaSchema, MemberDisciplineSchema, OrganizationDisciplineSchema, ScoreSchema, ShortcomingsSchema, TasksSchema } from './parts.js';
import { MemberSchema, OrganizationSchema, PeriodSchema, ReviewFileSchema, ReviewHeaderSchema, ReviewSettingsSchema } from './schema.js';
import { CountSchema, IsoDateSchema, TextSchema, YearSchema, hasAtMostOneDecimal, scorePointsSchema } from './fields.js';
import type { Member, Organization, Period, ReviewFile } from './types.js';

/** The first issue of a failed parse, as `[path, message]`. */
function firstIssue(schema: z.ZodMiniType, value: unknown): [string, string] | undefined {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return [issue.path.join('.'), issue.message];
}

describe('types', () => {
  it('parses into the TS types of types.ts', () => {
    expectTypeOf<z.output<typeof ReviewFileSchema>>().toExtend<ReviewFile>();
    expectTypeOf<z.output<typeof OrganizationSchema>>().toExtend<Organization>();
    expectTypeOf<z.output<typeof MemberSchema>>().toExtend<Member>();
    expectTypeOf<z.output<typeof PeriodSchema>>().toExtend<Period>();
  });
});

describe('fields', () => {
  it('normalises text to NFC, trims it and refuses it empty', () => {
    const nfd = 'Nguye\u0302\u0303n Va\u0306n An';
    expect(TextSchema.parse(`  ${nfd}\t`)).toBe('Nguyễn Văn An');
    expect(TextSchema.parse(`  ${nfd}\t`)).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(firstIssue(TextSchema, '   ')).toEqual(['', 'expected a non-empty string, got ""']);
    expect(firstIssue(TextSchema, 7)).toEqual(['', 'expected a non-empty string, got 7']);
  });

  it('takes dates only as real YYYY-MM-DD', () => {
    expect(IsoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(firstIssue(IsoDateSchema, '2024-02-30')).toEqual(['', 'expected a date YYYY-MM-DD, got "2024-02-30"']);
    expect(firstIssue(IsoDateSchema, '2024-01-01T00:00Z')).toEqual(['', 'expected a date YYYY-MM-DD, got "2024-01-01T00:00Z"']);
    expect(firstIssue(IsoDateSchema, 45123)).toEqual(['', 'expected a date YYYY-MM-DD, got 45123']);
    expect(firstIssue(IsoDateSchema, '45123')).toEqual(['', 'expected a date YYYY-MM-DD, got "45123"']);
  });

  it('takes counts as whole numbers ≥ 0 and years from 1930 to 2100', () => {
    expect(CountSchema.parse(0)).toBe(0);
    expect(firstIssue(CountSchema, -1)).toEqual(['', 'expected a whole number ≥ 0, got -1']);
    expect(firstIssue(CountSchema, 1.5)).toEqual(['', 'expected a whole number ≥ 0, got 1.5']);
    expect(firstIssue(CountSchema, '3')).toEqual(['', 'expected a whole number ≥ 0, got "3"']);
    expect(CountSchema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(CountSchema.safeParse(Number.NaN).success).toBe(false);
    expect(YearSchema.parse(1930)).toBe(1930);
    expect(firstIssue(YearSchema, 1929)).toEqual(['', 'expected a year from 1930 to 2100, got 1929']);
    expect(firstIssue(YearSchema, 2101)).toEqual(['', 'expected a year from 1930 to 2100, got 2101']);
    expect(firstIssue(YearSchema, 2024.5)).toEqual(['', 'expected a year from 1930 to 2100, got 2024.5']);
  });

  it('compares decimals in integer tenths', () => {
    expect(hasAtMostOneDecimal(64.3)).toBe(true);
    expect(hasAtMostOneDecimal(0.1 + 0.2)).toBe(true);
    expect(hasAtMostOneDecimal(27.25)).toBe(false);
    expect(hasAtMostOneDecimal(27.05)).toBe(false);
    expect(scorePointsSchema(30).safeParse(30).success).toBe(true);
    expect(firstIssue(scorePointsSchema(30), 30.1)).toEqual(['', 'expected a score from 0 to 30 with at most one decimal place, got 30.1']);
    expect(firstIssue(scorePointsSchema(70), 64.25)).toEqual(['', 'expected a score from 0 to 70 with at most one decimal place, got 64.25']);
  });
});

describe('objects', () => {
  it('reports unknown fields by name', () => {
    const r = TasksSchema.safeParse({ assigned: 1, completed: 1, late: 0 }, { reportInput: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['late'], message: expect.stringMatching(/^expected one of the fields assigned, completed, onTime/) });
  });

  it('keeps task counts consistent', () => {
    expect(TasksSchema.safeParse({ assigned: 10, completed: 10, onTime: 10, exceeded: 10 }).success).toBe(true);
    expect(firstIssue(TasksSchema, { assigned: 10, completed: 8, onTime: 9 })).toEqual(['onTime', 'expected onTime ≤ completed (8), got 9']);
    expect(firstIssue(TasksSchema, { assigned: 10, completed: 8, exceeded: 9 })).toEqual(['exceeded', 'expected exceeded ≤ completed (8), got 9']);
    expect(firstIssue(TasksSchema, { assigned: 7, completed: 8 })).toEqual(['completed', 'expected completed ≤ assigned (7), got 8']);
    expect(firstIssue(ShortcomingsSchema, { identified: 2, remedied: 3 })).toEqual(['remedied', 'expected remedied ≤ identified (2), got 3']);
  });

  it('takes a score as total alone or general and results together', () => {
    expect(ScoreSchema.safeParse({ total: 91 }).success).toBe(true);
    expect(ScoreSchema.safeParse({ general: 27.5, results: 64 }).success).toBe(true);
    const shape = 'expected either "total" alone or "general" and "results" together';
    expect(firstIssue(ScoreSchema, { total: 91, general: 27 })).toEqual(['', `${shape}, got general and total`]);
    expect(firstIssue(ScoreSchema, { general: 27 })).toEqual(['', `${shape}, got general`]);
    expect(firstIssue(ScoreSchema, {})).toEqual(['', `${shape}, got no score`]);
    expect(firstIssue(ScoreSchema, { general: 31, results: 60 })).toEqual(['general', 'expected a score from 0 to 30 with at most one decimal place, got 31']);
    expect(firstIssue(ScoreSchema, { total: 100.5 })).toEqual(['total', 'expected a score from 0 to 100 with at most one decimal place, got 100.5']);
  });

  it('requires results in criteria and accepts any other grade by id', () => {
    expect(CriteriaSchema.parse({ results: 'tot', politics: 'kem' })).toEqual({ results: 'tot', politics: 'kem' });
    expect(firstIssue(CriteriaSchema, { politics: 'tot' })).toEqual(['results', 'expected one of "xuat-sac", "tot", "trung-binh", "kem", got nothing']);
    expect(firstIssue(CriteriaSchema, { results: 'tot', politics: 'good' })).toEqual(['politics', 'expected one of "xuat-sac", "tot", "trung-binh", "kem", got "good"']);
  });

  it('keeps member and organization discipline forms apart', () => {
    expect(OrganizationDisciplineSchema.safeParse({ form: 'giai-tan', decidedOn: '2024-01-01' }).success).toBe(true);
    expect(firstIssue(MemberDisciplineSchema, { form: 'giai-tan', decidedOn: '2024-01-01' })).toEqual(['form', 'expected one of "khien-trach", "canh-cao", "cach-chuc", "khai-tru", got "giai-tan"']);
    expect(firstIssue(OrganizationDisciplineSchema, { form: 'khai-tru', decidedOn: '2024-01-01' })).toEqual(['form', 'expected one of "khien-trach", "canh-cao", "giai-tan", got "khai-tru"']);
    expect(firstIssue(MemberDisciplineSchema, { form: 'canh-cao', decidedOn: '2024-01-01', violationYear: 2025 })).toEqual(['violationYear', 'expected a year ≤ 2024 (the year of decidedOn), got 2025']);
  });

  it('takes the three period kinds, strictly', () => {
    expect(PeriodSchema.parse({ kind: 'quarter', quarter: 4 })).toEqual({ kind: 'quarter', quarter: 4 });
    expect(PeriodSchema.parse({ kind: 'term', fromYear: 2020, toYear: 2025 })).toEqual({ kind: 'term', fromYear: 2020, toYear: 2025 });
    expect(firstIssue(PeriodSchema, { kind: 'month' })).toEqual(['kind', 'expected kind "year", "quarter" or "term", got "month"']);
    expect(firstIssue(PeriodSchema, { kind: 'quarter', quarter: 5 })).toEqual(['quarter', 'expected a quarter 1, 2, 3 or 4, got 5']);
    expect(firstIssue(PeriodSchema, { kind: 'term', fromYear: 2025, toYear: 2020 })).toEqual(['toYear', 'expected a year ≥ fromYear (2025), got 2020']);
    expect(firstIssue(PeriodSchema, 'year')).toEqual(['', 'expected a period object with kind "year", "quarter" or "term", got "year"']);
    expect(PeriodSchema.safeParse({ kind: 'year', quarter: 1 }).success).toBe(false);
  });

  it('takes settings as strings, numbers and booleans', () => {
    expect(ReviewSettingsSchema.parse({ quotaScope: 'tccsd', quotaPercent: 20, headCap: 'cap', sickLeaveCap: true })).toBeTruthy();
    expect(firstIssue(ReviewSettingsSchema, { quotaPercent: [20] })).toEqual(['quotaPercent', 'expected a string, number or boolean, got an array']);
  });

  it('reads the header alone and the whole file', () => {
    expect(ReviewHeaderSchema.parse({ format: 'xeploai/review@1', year: 2024 })).toEqual({ format: 'xeploai/review@1', year: 2024 });
    expect(firstIssue(ReviewHeaderSchema, { format: 'xeploai/review@2', year: 2024 })).toEqual(['format', 'expected "xeploai/review@1", got "xeploai/review@2"']);
    expect(ReviewFileSchema.safeParse({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }).success).toBe(true);
  });

  it('writes no key for an absent optional field', () => {
    const org = OrganizationSchema.parse({ id: 'a', name: 'A', kind: 'chi-bo' });
    expect(Object.keys(org)).toEqual(['id', 'name', 'kind']);
  });

  it('has an "expected …, got …" message for every issue it raises', () => {
    const bad = {
      id: '', name: 1, orgId: null, status: 'x', admittedOn: '2024-1-1', exemption: { kind: 'x', from: 1 }, workInPoliticalSystem: 'yes',
      civilService: { level: 'A' }, leave: { sickDays: -1, maternity: 0 }, posts: [{ orgId: 1, title: '', head: 1 }], criteria: [], tasks: 'x',
      score: 'x', shortcomings: { identified: 'x' }, disciplines: {}, conclusions: ['x'], proposedLevel: 'x', history: [{ year: 'x' }],
    };
    const r = MemberSchema.safeParse(bad, { reportInput: true });
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues) expect(issue.message, issue.path.join('.')).toMatch(/^expected /);
  });
});

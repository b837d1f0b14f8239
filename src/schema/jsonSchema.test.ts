import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { isIsoDate } from '../model/dates.js';
import { parseReviewJson, safeParseReview } from '../builtIn.js';
import { parseProgramme } from '../programme/parse.js';
import { review } from '../testing/builder.js';
import { CALENDAR_DATE_PATTERN, JSON_SCHEMA_FILES, programmeJsonSchema, resultJsonSchema, reviewJsonSchema } from './jsonSchema.js';
import { ResultFileSchema } from './result.js';
import type { ReviewInput } from '../model/input.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('date', new RegExp(CALENDAR_DATE_PATTERN));
const validateReview = ajv.compile(reviewJsonSchema);
const validateResult = ajv.compile(resultJsonSchema);
const validateProgramme = ajv.compile(programmeJsonSchema);

function errors(validate: ReturnType<typeof ajv.compile>): string {
  return ajv.errorsText(validate.errors, { separator: '\n' });
}

const REVIEW_EXAMPLES = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => `examples/${f}`)
  .filter((f) => (read(f) as { format?: unknown }).format === 'xeploai/review@1');

describe('the committed schema/*.json files', () => {
  it.each(Object.keys(JSON_SCHEMA_FILES))('%s equals the generated schema (run node scripts/build-schema.mjs)', (name) => {
    expect(readFileSync(join(root, 'schema', name), 'utf8')).toBe(`${JSON.stringify(JSON_SCHEMA_FILES[name], null, 2)}\n`);
  });
});

describe('review@1 JSON Schema', () => {
  it('compiles as draft 2020-12 in ajv strict mode', () => {
    expect(reviewJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(REVIEW_EXAMPLES)('accepts the example %s', (file) => {
    const ok = validateReview(read(file));
    expect(ok, errors(validateReview)).toBe(true);
  });

  it('accepts what the test builder makes, with every optional part', () => {
    const file = review(2025)
      .period({ kind: 'quarter', quarter: 3 })
      .settings({ quotaScope: 'group', quotaPercent: 25, headCap: 'cap' })
      .organization({ id: 'xa', kind: 'dang-bo-co-so', foundedOn: '2000-02-29', group: 'xa', score: { total: 91.5 }, tasks: { assigned: 3, completed: 3, onTime: 2, exceeded: 1, mainTargetsMissed: false, forceMajeure: false }, shortcomings: { identified: 2, remedied: 1 }, conclusions: ['mat-doan-ket'], sameLevelBodies: [{ name: 'UBND xã', level: 'HTTNV' }], proposedLevel: 'HTTNV', history: [{ year: 2024, level: 'HTNV' }], disciplines: [{ form: 'giai-tan', decidedOn: '2025-03-01' }] })
      .organization({ id: 'cb', kind: 'chi-bo', parentId: 'xa', criteria: { results: 'tot', building: 'kem' } })
      .member({ score: { general: 27.5, results: 63 }, exemption: { kind: 'dinh-chi-sinh-hoat', from: '2025-01-02' }, workInPoliticalSystem: false, civilService: { level: 'HTNV' }, leave: { sickDays: 3, maternity: true }, posts: [{ orgId: 'xa', title: 'Bí thư', head: true }], conclusions: ['vi-pham-neu-guong'], disciplines: [{ form: 'khai-tru', decidedOn: '2025-05-05', violationYear: 2024, selfDetectedAndRemedied: true, aggravates: false, orgIdAtViolation: 'xa' }] })
      .raw();
    expect(validateReview(file), errors(validateReview)).toBe(true);
  });

  it('says what the parser says of each field-level error: wrong dates, blank texts, score shapes, settings, refused keys', () => {
    const base = review(2024).member().raw();
    const bad = (patch: (r: Record<string, any>) => void): boolean => {
      const copy = structuredClone(base) as Record<string, any>;
      patch(copy);
      return validateReview(copy);
    };
    expect(bad(() => undefined)).toBe(true);
    expect(bad((r) => (r.members[0].admittedOn = '2023-02-29'))).toBe(false);
    expect(bad((r) => (r.members[0].admittedOn = '2024-02-29'))).toBe(true);
    expect(bad((r) => (r.members[0].name = '   '))).toBe(false);
    expect(bad((r) => (r.members[0].score = { general: 20 }))).toBe(false);
    expect(bad((r) => (r.members[0].score = { total: 80, results: 60 }))).toBe(false);
    expect(bad((r) => (r.members[0].score = { total: 80 }))).toBe(true);
    expect(bad((r) => (r.settings = { quotaPercent: 0 }))).toBe(false);
    expect(bad((r) => (r.settings = { nope: true }))).toBe(false);
    expect(bad((r) => (r.members[0].criteria = JSON.parse('{"results":"tot","__proto__":"tot"}')))).toBe(false);
    expect(bad((r) => (r.members[0].criteria = { results: 'tot', constructor: 'tot' }))).toBe(false);
  });
});

// The bad-input corpus: what JSON Schema cannot say, with the reason. Each of these passes the
// schema and is refused by parseReview; every other valid-JSON fixture is refused by both.
const PARSER_ONLY: Readonly<Record<string, string>> = {
  'admitted-after-review-date.json': 'compares a date with the review date',
  'decided-after-review-date.json': 'compares a date with the review date',
  'other-dates-after-review-date.json': 'compares a date with the review date',
  'violation-after-decision.json': 'compares violationYear with the year of decidedOn',
  'history-not-earlier.json': 'compares a history year with the review year',
  'bad-period.json': 'compares fromYear with toYear of a term',
  'tasks-on-time-above-completed.json': 'compares two counts',
  'shortcomings-remedied-above-identified.json': 'compares two counts',
  'score-two-decimals.json': 'one decimal place (multipleOf 0.1 is unreliable with binary floating point across validators)',
  'duplicate-member-id.json': 'unique ids across entries',
  'duplicate-organization-id.json': 'unique ids across entries',
  'duplicate-id-nfd.json': 'unique ids across entries (after NFC normalisation)',
  'dangling-org-id.json': 'a reference to another entry',
  'dangling-parent-id.json': 'a reference to another entry',
  'dangling-post.json': 'a reference to another entry',
  'dangling-org-id-at-violation.json': 'a reference to another entry',
  'cycle.json': 'a cycle through parentId',
  'cycle-long-and-self.json': 'a cycle through parentId',
  'unknown-criterion.json': 'criterion ids depend on the rule set',
  'organization-individual-criterion.json': 'criterion ids depend on the rule set and the subject (collective or individual)',
  'unknown-rule-set.json': 'rule set ids: apps may evaluate under their own rule sets',
  'unknown-rule-set-id.json': 'rule set ids: apps may evaluate under their own rule sets',
  'no-rule-set-for-year.json': 'which years a rule set covers',
  'unsupported-period.json': 'which periods a rule set supports',
  'confidence-vote-inconsistent.json': 'compares two counts',
  'posts-two-primary.json': 'compares the posts of a member with each other',
  'quota-decisions-unknown-and-duplicate.json': 'a reference to another entry; unique organizations across decisions',
  'quota-decisions-under-qd124.json': 'which rule sets accept quota decisions',
};

describe('the bad-input corpus (test/fixtures/bad)', () => {
  const dir = join(root, 'test/fixtures/bad');
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'cases.json')
    .flatMap((f) => {
      try {
        return [[f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown] as const];
      } catch {
        return []; // not JSON at all: no schema applies
      }
    });

  it.each(fixtures)('%s fails the JSON Schema, or is listed as parser-only with the reason', (name, data) => {
    expect(parseReviewJson.bind(null, JSON.stringify(data))).toThrow();
    if (PARSER_ONLY[name] === undefined) expect(validateReview(data), `${name} passed the JSON Schema`).toBe(false);
    else expect(validateReview(data), `${name} is listed as parser-only but fails the JSON Schema: remove it from PARSER_ONLY`).toBe(true);
  });

  it('lists only fixtures that exist', () => {
    const names = new Set(fixtures.map(([n]) => n));
    expect(Object.keys(PARSER_ONLY).filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('CALENDAR_DATE_PATTERN', () => {
  const date = new RegExp(CALENDAR_DATE_PATTERN);
  it('accepts exactly the dates isIsoDate accepts', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(date.test(s)).toBe(isIsoDate(s));
      }),
      { numRuns: 20_000 },
    );
    for (const s of ['1900-02-29', '2000-02-29', '2100-02-29', '2024-02-29', '0000-02-29', '2024-2-29', '2024-02-29T00:00Z', ' 2024-02-29', '45000']) {
      expect(date.test(s), s).toBe(isIsoDate(s));
    }
  });
});

describe('result@1 JSON Schema and zod schema', () => {
  const reviews = [
    ...REVIEW_EXAMPLES.map((f) => [f, read(f)] as const),
    ['qd366 quarter', review(2025).period({ kind: 'quarter', quarter: 2 }).organization({ id: 'cb', score: { total: 88 } }).member({ score: { general: 28, results: 66 } }).head({ score: { total: 75 } }).member({ admittedOn: '2025-05-01' }).raw()] as const,
    ['qd132', review(2020).organization({ id: 'cb', proposedLevel: 'HTTNV' }).member({ criteria: { results: 'tot' }, disciplines: [{ form: 'canh-cao', decidedOn: '2020-03-01' }] }).member().raw()] as const,
  ];

  it.each(reviews)('the result of %s validates', (_name, input) => {
    const result = evaluateReview(input as ReviewInput);
    const json: unknown = JSON.parse(JSON.stringify(result));
    expect(validateResult(json), errors(validateResult)).toBe(true);
    const parsed = ResultFileSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('refuses a level on an entry that is not rated, and unknown fields', () => {
    const result = JSON.parse(JSON.stringify(evaluateReview(review(2024).member({ proposedLevel: 'HTNV' }).raw()))) as Record<string, any>;
    expect(validateResult(result)).toBe(true);
    result.members[0].rated = false;
    expect(validateResult(result)).toBe(false);
    expect(ResultFileSchema.safeParse(result).success).toBe(false);
    result.members[0].rated = true;
    result.members[0].nickname = 'x';
    expect(validateResult(result)).toBe(false);
  });
});

describe('programme@1 JSON Schema', () => {
  const example = read('examples/de-an-03.json');
  it('accepts the example Đề án, which parseProgramme accepts too', () => {
    parseProgramme(example);
    expect(validateProgramme(example), errors(validateProgramme)).toBe(true);
  });
  it('refuses unknown fields and bad year keys', () => {
    const copy = structuredClone(example) as Record<string, any>;
    copy.indicators[0].targets = { 'năm 2024': 90 };
    expect(validateProgramme(copy)).toBe(false);
    expect(validateProgramme({ ...(example as object), extra: 1 })).toBe(false);
  });
});

describe('JSON Schema accepts whatever parseReview accepts (no false rejections)', () => {
  const grade = fc.constantFrom('xuat-sac', 'tot', 'trung-binh', 'kem');
  const level = fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV');
  const day = fc.integer({ min: 1, max: 31 }).map((d) => String(d).padStart(2, '0'));
  const date = fc.tuple(fc.integer({ min: 2000, max: 2024 }), fc.integer({ min: 1, max: 12 }), day).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${d}`);
  const text = fc.constantFrom('A', ' Lê Văn B ', 'Nguye\u0302\u0303n', ' ', '');
  const member = fc.record(
    {
      name: text,
      admittedOn: date,
      criteria: fc.record({ results: grade, politics: grade }, { requiredKeys: ['results'] }),
      score: fc.oneof(fc.record({ general: fc.integer({ min: 0, max: 310 }).map((t) => t / 10), results: fc.integer({ min: 0, max: 710 }).map((t) => t / 10) }), fc.record({ total: fc.double({ min: 0, max: 101, noNaN: true }) })),
      tasks: fc.record({ assigned: fc.nat(5), completed: fc.nat(5) }),
      proposedLevel: level,
      disciplines: fc.array(fc.record({ form: fc.constantFrom('khien-trach', 'canh-cao', 'giai-tan'), decidedOn: date }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
  it('for generated members', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 4 }), fc.option(fc.record({ quotaPercent: fc.integer({ min: 0, max: 30 }) }), { nil: undefined }), (members, settings) => {
        let b = review(2024).reviewDate('2024-12-31').organization({ id: 'cb' });
        if (settings !== undefined) b = b.settings(settings);
        for (const m of members) b = b.member(m as never);
        const raw = b.raw();
        if (safeParseReview(raw).success) expect(validateReview(raw), errors(validateReview)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

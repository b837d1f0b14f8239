/**
 * Case tables: rows of facts and the level and findings they must give under a rule set, run by
 * any test runner (vitest, jest, `node:test`) or by none.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { IsoDate, ReviewSettings } from '../model/index.js';
import type { ReviewResult, RuleSet } from '../rules/types.js';
import { review, type MemberFields, type OrganizationFields, type ReviewBuilder } from './builder.js';
import { evaluateWith } from './evaluate.js';
import { expectFinding, expectLevel, expectNoFinding, type FindingMatch, type SubjectRef } from './expect.js';

/**
 * A finding a row expects: its code, or its code with fields to match.
 *
 * @example
 * ```ts
 * import type { ExpectedFinding } from 'xeploai/testing';
 * const f: ExpectedFinding[] = ['tasks-not-given', { code: 'discipline-in-year', cap: 'KHTNV' }];
 * ```
 */
export type ExpectedFinding = string | (FindingMatch & { readonly code: string });

/**
 * One row of a case table. Give the facts one of three ways:
 * - `member`: one member (id `dv-1`) in one chi bộ cơ sở (id `chi-bo-1`, with `organization`'s
 *   facts if given; with a `base` review that has organizations and no `organization` facts,
 *   the member joins the base's chi bộ added last); the member is the subject;
 * - `organization` (without `member`): that organization (id `chi-bo-1` unless given) with
 *   `members` in it; the organization is the subject;
 * - `review`: a whole review (builder or object) and the `subject` to look at.
 *
 * Then what must hold: `level` (`null`: not rated), `findings` that must be present, `absent`
 * codes that must not be.
 *
 * @example
 * ```ts
 * import type { CaseRow } from 'xeploai/testing';
 * const row: CaseRow = {
 *   name: 'kỷ luật khiển trách trong năm → KHTNV',
 *   member: { criteria: { results: 'tot' }, disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15' }] },
 *   level: 'KHTNV',
 *   findings: [{ code: 'discipline-in-year', cite: { doc: '124-QĐ/TW' } }],
 * };
 * ```
 */
export interface CaseRow {
  /** The test name, as a committee would say it. */
  readonly name: string;
  readonly member?: MemberFields;
  readonly organization?: OrganizationFields;
  /** Members of the `organization` (rows without `member`). */
  readonly members?: readonly MemberFields[];
  readonly review?: ReviewBuilder | unknown;
  /** The entry to check; default `dv-1` for `member` rows, the organization for `organization` rows. */
  readonly subject?: SubjectRef;
  /** Settings for this row, over the table's. */
  readonly settings?: ReviewSettings;
  readonly level?: Level | null;
  readonly findings?: readonly ExpectedFinding[];
  readonly absent?: readonly string[];
}

/**
 * Options of a case table: the review year (default: the rule set's last year, else its first),
 * review date, settings for every row, and a base review every `member`/`organization` row is
 * added to.
 *
 * @example
 * ```ts
 * import { review, type CaseTableOptions } from 'xeploai/testing';
 * const options: CaseTableOptions = { year: 2024, reviewDate: '2024-12-15', base: review(2024).settings({ headCap: 'cap' }) };
 * ```
 */
export interface CaseTableOptions {
  readonly year?: number;
  readonly reviewDate?: IsoDate;
  readonly settings?: ReviewSettings;
  readonly base?: ReviewBuilder;
}

/**
 * One runnable case: `run()` evaluates the row and throws an `ExpectationError` when it does not hold.
 *
 * @example
 * ```ts
 * import type { Case } from 'xeploai/testing';
 * const c: Case = { name: 'noop', run: () => undefined };
 * c.run();
 * ```
 */
export interface Case {
  readonly name: string;
  run(): void;
}

/**
 * The outcome of one case when a table is checked without a runner.
 *
 * @example
 * ```ts
 * import type { CaseOutcome } from 'xeploai/testing';
 * const o: CaseOutcome = { name: 'Tốt → HTTNV', ok: true };
 * ```
 */
export type CaseOutcome = { readonly name: string; readonly ok: true } | { readonly name: string; readonly ok: false; readonly error: Error };

/**
 * A test function of any runner: vitest's and jest's `it`/`test`, or `node:test`'s `test`.
 *
 * @example
 * ```ts
 * import type { TestFn } from 'xeploai/testing';
 * const names: string[] = [];
 * const collect: TestFn = (name) => { names.push(name); };
 * ```
 */
export type TestFn = (name: string, fn: () => void) => unknown;

/**
 * The cases of a table, and three ways to run them.
 *
 * @example
 * ```ts
 * import { caseTable } from 'xeploai/testing';
 * import { getRuleSet } from 'xeploai';
 * const table: CaseTable = caseTable(getRuleSet('qd124-2023'), [{ name: 'đề xuất HTNV', member: { proposedLevel: 'HTNV' }, level: 'HTNV' }]);
 * table.cases.length; // 1
 * ```
 */
export interface CaseTable {
  readonly cases: readonly Case[];
  /** Registers one test per row with the runner's test function: `table.run(it)`, `table.run(test)`. */
  run(test: TestFn): void;
  /** Runs every row now and returns the outcomes (no runner needed). */
  check(): CaseOutcome[];
  /** Runs every row now and throws one `ExpectationError`-bearing `Error` listing every failing row. */
  assertAll(): void;
}

function defaultYear(ruleSet: RuleSet): number {
  return ruleSet.appliesTo.toYear ?? ruleSet.appliesTo.fromYear;
}

function rowReview(row: CaseRow, ruleSet: RuleSet, options: CaseTableOptions): { input: ReviewBuilder | unknown; subject: SubjectRef } {
  if (row.review !== undefined) {
    if (row.subject === undefined) throw new TypeError(`caseTable row "${row.name}": a row with "review" needs a "subject"`);
    return { input: row.review, subject: row.subject };
  }
  let b = options.base ?? review(options.year ?? defaultYear(ruleSet));
  if (options.reviewDate !== undefined) b = b.reviewDate(options.reviewDate);
  if (row.member !== undefined) {
    // A base with organizations of its own keeps them: the member goes to its chi bộ added last.
    if (row.organization !== undefined || b.raw().organizations.length === 0) b = b.organization({ id: 'chi-bo-1', kind: 'chi-bo-co-so', ...row.organization });
    b = b.member({ id: 'dv-1', ...row.member });
    for (const m of row.members ?? []) b = b.member(m);
    return { input: b, subject: row.subject ?? { member: row.member.id ?? 'dv-1' } };
  }
  if (row.organization !== undefined) {
    const id = row.organization.id ?? 'chi-bo-1';
    b = b.organization({ kind: 'chi-bo-co-so', ...row.organization, id });
    for (const m of row.members ?? []) b = b.member({ orgId: id, ...m });
    return { input: b, subject: row.subject ?? { organization: id } };
  }
  throw new TypeError(`caseTable row "${row.name}": give "member", "organization" or "review"`);
}

function runRow(ruleSet: RuleSet, row: CaseRow, options: CaseTableOptions): ReviewResult {
  const { input, subject } = rowReview(row, ruleSet, options);
  const settings = options.settings === undefined && row.settings === undefined ? undefined : { ...options.settings, ...row.settings };
  const result = evaluateWith(ruleSet, input, settings);
  if (row.level !== undefined) expectLevel(result, subject, row.level);
  for (const f of row.findings ?? []) {
    if (typeof f === 'string') expectFinding(result, subject, f);
    else {
      const { code, ...match } = f;
      expectFinding(result, subject, code, match);
    }
  }
  for (const code of row.absent ?? []) expectNoFinding(result, subject, code);
  return result;
}

/**
 * Turns rows of facts and expected levels and findings into cases under `ruleSet`. The rows are
 * checked for shape at once (a row with no facts throws); each case evaluates when run.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { caseTable } from 'xeploai/testing';
 * const table = caseTable(getRuleSet('qd124-2023'), [
 *   { name: 'tiêu chí Tốt → HTTNV', member: { criteria: { results: 'tot', politics: 'tot' } }, level: 'HTTNV' },
 *   { name: 'kỷ luật trong năm → KHTNV', member: { criteria: { results: 'tot' }, disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15' }] },
 *     level: 'KHTNV', findings: ['discipline-in-year'] },
 *   { name: 'mới kết nạp → không xếp loại', member: { admittedOn: '2024-09-02', proposedLevel: 'HTTNV' }, level: null, findings: ['new-member'] },
 * ], { year: 2024, reviewDate: '2024-12-15' });
 * // vitest or jest: describe('QĐ 124', () => table.run(it));   node:test: table.run(test);
 * table.check().every((o) => o.ok); // true
 * ```
 */
export function caseTable(ruleSet: RuleSet, rows: readonly CaseRow[], options: CaseTableOptions = {}): CaseTable {
  for (const row of rows) {
    if (row.member === undefined && row.organization === undefined && row.review === undefined) {
      throw new TypeError(`caseTable row "${row.name}": give "member", "organization" or "review"`);
    }
  }
  const cases: Case[] = rows.map((row) => ({ name: row.name, run: () => void runRow(ruleSet, row, options) }));
  const check = (): CaseOutcome[] =>
    cases.map((c) => {
      try {
        c.run();
        return { name: c.name, ok: true };
      } catch (error) {
        return { name: c.name, ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
  return {
    cases,
    run(test) {
      for (const c of cases) test(c.name, () => c.run());
    },
    check,
    assertAll() {
      const failed = check().filter((o): o is Extract<CaseOutcome, { ok: false }> => !o.ok);
      if (failed.length === 0) return;
      const lines = failed.map((o) => `✗ ${o.name}\n  ${o.error.message.split('\n').join('\n  ')}`);
      throw new Error(`${failed.length}/${cases.length} trường hợp không đạt / cases failed\n${lines.join('\n')}`);
    },
  };
}

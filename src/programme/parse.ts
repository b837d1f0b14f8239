/**
 * Parsing a programme document: the schemas, then the checks across fields, and one error listing
 * every problem with its path (`indicators[3].targets["2027"]`).
 *
 * @module
 */
import { describeValue, XeploaiError, type SafeResult } from '../errors.js';
import { guardWalk } from '../model/guard.js';
import { fromZodIssues, sortInDocumentOrder, toInputIssues, type PathedIssue } from '../model/issues.js';
import { parseJsonText } from '../model/json.js';
import { findMetric } from './metrics.js';
import { IndicatorSchema, PROGRAMME_FORMAT, ProgrammeSchema, ProgrammeShellSchema } from './schema.js';
import type { Indicator, Programme, YearValues } from './types.js';

const ZOD_OPTIONS = { reportInput: true } as const;

function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}

interface Span {
  readonly from: number;
  readonly to: number;
}

function checkYears(values: YearValues | undefined, field: string, span: Span | undefined, at: PropertyKey[], out: PathedIssue[], options: { whole?: boolean; positive?: boolean; percent?: boolean } = {}): void {
  if (values === undefined) return;
  for (const [key, value] of Object.entries(values)) {
    const path = [...at, field, key];
    if (!/^\d{4}$/.test(key)) {
      out.push({ path, code: 'invalid-key', message: `expected a year such as "2024" as the key, got ${JSON.stringify(key)}` });
      continue;
    }
    const year = Number(key);
    if (span && (year < span.from || year > span.to)) {
      out.push({ path, code: 'year-outside-programme', message: `expected a year from ${span.from} to ${span.to}, got ${year}` });
    }
    if (options.whole && !Number.isInteger(value)) out.push({ path, code: 'invalid-number', message: `expected a whole number, got ${describeValue(value)}` });
    if (options.positive && value === 0) out.push({ path, code: 'out-of-range', message: 'expected a number > 0, got 0' });
    if (options.percent && value > 100) out.push({ path, code: 'out-of-range', message: `expected a percent from 0 to 100, got ${describeValue(value)}` });
  }
}

function checkIndicator(ind: Indicator, index: number, span: Span | undefined, out: PathedIssue[]): void {
  const at: PropertyKey[] = ['indicators', index];
  const count = ind.unit === 'count';
  // Targets are for the programme's years; actuals and denominators may also give the year before it (the baseline).
  checkYears(ind.targets, 'targets', span, at, out, { whole: count, percent: !count });
  const withBaseline = span ? { from: span.from - 1, to: span.to } : undefined;
  checkYears(ind.actuals, 'actuals', withBaseline, at, out, { whole: count, percent: !count });
  checkYears(ind.denominators, 'denominators', withBaseline, at, out, { whole: true, positive: true });
  const metric = ind.metric !== undefined ? findMetric(ind.metric) : undefined;
  if (metric && metric.unit !== ind.unit) {
    out.push({ path: [...at, 'unit'], code: 'unit-mismatch', message: `expected "${metric.unit}" (the unit of metric ${metric.id}), got "${ind.unit}"` });
  }
  if (ind.metric === undefined && ind.actuals === undefined) {
    out.push({ path: [...at, 'actuals'], code: 'missing-field', message: 'expected actuals (values by year) when no metric is given, got nothing' });
  }
  if (metric?.needs === 'review-and-denominators' && ind.denominators === undefined) {
    out.push({ path: [...at, 'denominators'], code: 'missing-field', message: `expected denominators (the number of thôn, tổ dân phố by year) for metric ${metric.id}, got nothing` });
  }
  if (ind.denominators !== undefined && metric?.needs !== 'review-and-denominators') {
    out.push({ path: [...at, 'denominators'], code: 'unused-field', message: `expected no denominators: ${metric ? `metric ${metric.id} takes its base from the results` : 'they are used only with a thon.*.percent metric'}` });
  }
}

function checkAcross(header: { fromYear?: number; toYear?: number }, indicators: readonly (Indicator | undefined)[], ids: readonly (string | undefined)[], out: PathedIssue[]): void {
  const { fromYear, toYear } = header;
  if (fromYear !== undefined && toYear !== undefined && toYear < fromYear) {
    out.push({ path: ['toYear'], code: 'invalid-term', message: `expected a year ≥ fromYear (${fromYear}), got ${toYear}` });
  }
  const span = fromYear !== undefined && toYear !== undefined && toYear >= fromYear ? { from: fromYear, to: toYear } : undefined;
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (seen.has(id)) out.push({ path: ['indicators', i, 'id'], code: 'duplicate-id', message: `expected a unique indicator id, got ${JSON.stringify(id)} again` });
    seen.add(id);
  });
  indicators.forEach((ind, i) => {
    if (ind) checkIndicator(ind, i, span, out);
  });
}

function collect(input: unknown): SafeResult<Programme> {
  if (!isJsonObject(input)) {
    return { success: false, issues: [{ path: '', code: 'invalid-type', message: `expected a JSON object with format ${JSON.stringify(PROGRAMME_FORMAT)}, got ${describeValue(input)}` }] };
  }
  const guard = guardWalk(input);
  if (guard.issues.length > 0) return { success: false, issues: toInputIssues(sortInDocumentOrder(guard.issues, input)) };
  if (typeof input.format === 'string' && input.format !== PROGRAMME_FORMAT) {
    return { success: false, issues: [{ path: 'format', code: 'wrong-format', message: `expected ${JSON.stringify(PROGRAMME_FORMAT)}, got ${describeValue(input.format)}` }] };
  }
  const out: PathedIssue[] = [];
  const whole = ProgrammeSchema.safeParse(input, ZOD_OPTIONS);
  if (whole.success) {
    const programme = whole.data as Programme;
    checkAcross(programme, programme.indicators, programme.indicators.map((i) => i.id), out);
    if (out.length === 0) return { success: true, data: programme };
  } else {
    // Part by part, so the checks across fields still run on what is valid.
    const shell = ProgrammeShellSchema.safeParse(input, ZOD_OPTIONS);
    if (!shell.success) fromZodIssues(shell.error.issues.filter((i) => i.path[0] !== 'indicators' || i.path.length === 1), [], out);
    const header: { fromYear?: number; toYear?: number } = {};
    for (const key of ['fromYear', 'toYear'] as const) {
      const v = ProgrammeShellSchema.shape[key].safeParse(input[key]);
      if (v.success) header[key] = v.data;
    }
    const raw = Array.isArray(input.indicators) ? (input.indicators as unknown[]) : [];
    const indicators = raw.map((item, i) => {
      const r = IndicatorSchema.safeParse(item, ZOD_OPTIONS);
      if (!r.success) fromZodIssues(r.error.issues, ['indicators', i], out);
      return r.success ? (r.data as Indicator) : undefined;
    });
    const ids = raw.map((item) => (isJsonObject(item) && typeof item.id === 'string' ? item.id.normalize('NFC').trim() : undefined));
    checkAcross(header, indicators, ids, out);
    if (out.length === 0) fromZodIssues(whole.error.issues, [], out);
  }
  return { success: false, issues: toInputIssues(sortInDocumentOrder(out, input)) };
}

/**
 * Validates a programme document (`xeploai/programme@1`) and returns it normalised (NFC, trimmed),
 * or every problem with its path; never throws.
 *
 * @example
 * ```ts
 * import { safeParseProgramme } from 'xeploai/programme';
 * const r = safeParseProgramme({
 *   format: 'xeploai/programme@1', id: 'p', title: 'P', fromYear: 2024, toYear: 2026,
 *   indicators: [{ id: 'x', title: 'X', unit: 'count', direction: 'at-most', targets: { '2027': 0 }, metric: 'members.khtnv.count' }],
 * });
 * if (!r.success) r.issues[0]?.path; // 'indicators[0].targets["2027"]'
 * ```
 */
export function safeParseProgramme(input: unknown): SafeResult<Programme> {
  try {
    return collect(input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { success: false, issues: [{ path: '', code: 'unreadable', message: `expected plain JSON data, got a value that failed while being read (${message})` }] };
  }
}

/**
 * Validates a programme document, or throws one `XeploaiError` listing every problem in document order.
 *
 * @example
 * ```ts
 * import { parseProgramme } from 'xeploai/programme';
 * const p = parseProgramme({
 *   format: 'xeploai/programme@1', id: 'de-an-03', title: 'Đề án 03-ĐA/TU', fromYear: 2024, toYear: 2026,
 *   indicators: [{ id: 'dv-khtnv', title: 'Số đảng viên KHTNV', unit: 'count', direction: 'at-most', targets: { '2024': 3 }, metric: 'members.khtnv.count' }],
 * });
 * p.indicators.length; // 1
 * ```
 */
export function parseProgramme(input: unknown): Programme {
  const r = safeParseProgramme(input);
  if (!r.success) throw new XeploaiError(r.issues);
  return r.data;
}

/**
 * Parses JSON text and validates it as a programme; never throws (invalid JSON is one issue with
 * code `invalid-json` and the line and column).
 *
 * @example
 * ```ts
 * import { safeParseProgrammeJson } from 'xeploai/programme';
 * safeParseProgrammeJson('{"format": ').success; // false
 * ```
 */
export function safeParseProgrammeJson(text: string): SafeResult<Programme> {
  const parsed = parseJsonText(text);
  return parsed.success ? safeParseProgramme(parsed.value) : { success: false, issues: [parsed.issue] };
}

/**
 * `evaluateProgramme`: a programme and the results of its years in; per indicator and year the
 * target, the actual, the verdict and the on-track line out, with the sơ kết summary.
 *
 * @module
 */
import { XeploaiError, type InputIssue } from '../errors.js';
import { compareRational, MAX_DECIMALS, rationalOf, roundRational, type Rational } from '../report/percent.js';
import type { RollUpInput } from '../report/types.js';
import { gatherYears, type YearData } from '../report/yearData.js';
import { computeMetric } from './metrics.js';
import { consecutiveKhtnv, weakestUnits } from './summary.js';
import type {
  EvaluateProgrammeOptions,
  Indicator,
  IndicatorEvaluation,
  IndicatorStatus,
  IndicatorYear,
  Programme,
  ProgrammeEvaluation,
  ProgrammeInput,
  ProgrammeNote,
  ProgrammeSummary,
} from './types.js';

/**
 * The verdict of an actual against a target. Met is `dat`; `vuot` (exceeded) only for an
 * `at-least` target that is not strict and is passed, since below a cap ("không vượt quá 20%",
 * "dưới 2%") a report says the target is met ("đạt"), and above a strict floor ("trên 90%") passing
 * is what meeting means. Not met is `chua-dat`.
 *
 * @example
 * ```ts
 * import { judge } from 'xeploai/programme';
 * judge({ n: 90n, d: 1n }, { n: 90n, d: 1n }, 'at-least', true); // 'chua-dat' — "trên 90%"
 * judge({ n: 92n, d: 1n }, { n: 90n, d: 1n }, 'at-least', false); // 'vuot'
 * judge({ n: 0n, d: 1n }, { n: 20n, d: 1n }, 'at-most', false); // 'dat'
 * ```
 */
export function judge(actual: Rational, target: Rational, direction: Indicator['direction'], strict: boolean): Exclude<IndicatorStatus, 'chua-co-so-lieu'> {
  const c = compareRational(actual, target) * (direction === 'at-least' ? 1 : -1);
  if (c < 0 || (c === 0 && strict)) return 'chua-dat';
  return c > 0 && direction === 'at-least' && !strict ? 'vuot' : 'dat';
}

function valueOf(values: Indicator['targets'] | undefined, year: number): number | undefined {
  return values?.[String(year)];
}

interface Point {
  readonly year: number;
  readonly value: Rational;
}

/** The line from `start` to `end` at `year` (held at the end value after it). */
function lineAt(start: Point, end: Point, year: number): Rational {
  if (year >= end.year) return end.value;
  const span = BigInt(end.year - start.year);
  const step = BigInt(year - start.year);
  const { n: a, d: b } = start.value;
  const { n: c, d: e } = end.value;
  return { n: a * e * span + (c * b - a * e) * step, d: b * e * span };
}

function finalTargetOf(ind: Indicator, programme: Programme): Point | null {
  const years = Object.keys(ind.targets)
    .map(Number)
    .filter((y) => y <= programme.toYear)
    .sort((a, b) => a - b);
  const year = years[years.length - 1];
  return year === undefined ? null : { year, value: rationalOf(ind.targets[String(year)]!) };
}

function evaluateIndicator(ind: Indicator, programme: Programme, data: ReadonlyMap<number, YearData>, decimals: number, notes: ProgrammeNote[]): IndicatorEvaluation {
  const round = (r: Rational): number => roundRational(r, decimals);
  const actuals = new Map<number, { value: Rational; source: 'metric' | 'actuals'; count?: { numerator: number; denominator: number } }>();
  for (let year = programme.fromYear - 1; year <= programme.toYear; year++) {
    const entered = valueOf(ind.actuals, year);
    const yearData = data.get(year);
    const computed = ind.metric !== undefined && yearData ? computeMetric(ind.metric, yearData, valueOf(ind.denominators, year)) : null;
    if (entered !== undefined) {
      actuals.set(year, { value: rationalOf(entered), source: 'actuals' });
      if (computed) {
        notes.push({
          code: 'actual-entered-over-metric', indicatorId: ind.id, year,
          message: { vi: `Chỉ tiêu ${ind.id}, năm ${year}: dùng số liệu nhập (actuals) thay cho số tính từ kết quả`, en: `Indicator ${ind.id}, ${year}: the entered actual is used instead of the computed one` },
        });
      }
    } else if (computed) {
      const value = ind.unit === 'percent' ? { n: 100n * BigInt(computed.numerator), d: BigInt(computed.denominator) } : { n: BigInt(computed.numerator), d: 1n };
      actuals.set(year, { value, source: 'metric', ...(ind.unit === 'percent' ? { count: { numerator: computed.numerator, denominator: computed.denominator } } : {}) });
    }
  }
  const finalTarget = finalTargetOf(ind, programme);
  const firstYear = [...actuals.keys()].sort((a, b) => a - b)[0];
  const baseline: Point | null = firstYear === undefined ? null : { year: firstYear, value: actuals.get(firstYear)!.value };
  const hasLine = baseline !== null && finalTarget !== null && finalTarget.year > baseline.year;
  const years: IndicatorYear[] = [];
  const first = actuals.has(programme.fromYear - 1) ? programme.fromYear - 1 : programme.fromYear;
  for (let year = first; year <= programme.toYear; year++) {
    const target = valueOf(ind.targets, year);
    const actual = actuals.get(year);
    const line = hasLine && year >= baseline.year ? lineAt(baseline, finalTarget, year) : null;
    let status: IndicatorStatus | null = null;
    if (target !== undefined) status = actual ? judge(actual.value, rationalOf(target), ind.direction, ind.strict === true) : 'chua-co-so-lieu';
    let onTrack: boolean | null = null;
    if (line && actual && year > baseline!.year) {
      const c = compareRational(actual.value, line);
      onTrack = ind.direction === 'at-least' ? c >= 0 : c <= 0;
    }
    years.push({
      year,
      target: target ?? null,
      actual: actual ? round(actual.value) : null,
      ...(actual?.count ? { count: actual.count } : {}),
      source: actual?.source ?? null,
      status,
      line: line ? round(line) : null,
      onTrack,
    });
  }
  return {
    indicator: ind,
    finalTarget: finalTarget ? { year: finalTarget.year, value: ind.targets[String(finalTarget.year)]! } : null,
    baseline: baseline ? { year: baseline.year, value: round(baseline.value) } : null,
    years,
  };
}

function checkInputs(programme: Programme, inputs: readonly ProgrammeInput[], notes: ProgrammeNote[]): RollUpInput[] {
  const issues: InputIssue[] = [];
  const kept: RollUpInput[] = [];
  inputs.forEach((input, i) => {
    const year = input.result.year;
    if (input.year !== undefined && input.year !== year) {
      issues.push({ path: `[${i}].year`, code: 'year-mismatch', message: `expected ${year} (the result's year), got ${input.year}` });
      return;
    }
    const period = input.result.period?.kind ?? 'year';
    if (period !== 'year') {
      issues.push({ path: `[${i}].result.period`, code: 'unsupported-period', message: `expected a result for a whole year, got a ${period} result` });
      return;
    }
    if (year < programme.fromYear - 1 || year > programme.toYear) {
      notes.push({
        code: 'year-outside-programme', year,
        message: { vi: `Kết quả năm ${year} nằm ngoài thời gian của chương trình (${programme.fromYear}–${programme.toYear}): không dùng`, en: `The ${year} result is outside the programme (${programme.fromYear}–${programme.toYear}): not used` },
      });
      return;
    }
    kept.push(input.review ? { result: input.result, review: input.review } : { result: input.result });
  });
  if (issues.length > 0) throw new XeploaiError(issues);
  return kept;
}

function summarize(evaluations: readonly IndicatorEvaluation[], data: ReadonlyMap<number, YearData>, options: Required<EvaluateProgrammeOptions>): ProgrammeSummary {
  const asOf = options.asOf;
  const at = (e: IndicatorEvaluation) => e.years.find((y) => y.year === asOf);
  const ids = (pick: (y: IndicatorYear | undefined) => boolean) => evaluations.filter((e) => pick(at(e))).map((e) => e.indicator.id);
  const current = data.get(asOf);
  return {
    asOf,
    met: ids((y) => y?.status === 'dat' || y?.status === 'vuot'),
    behind: ids((y) => y?.status === 'chua-dat'),
    offTrack: ids((y) => y?.onTrack === false),
    noData: ids((y) => y?.status === 'chua-co-so-lieu'),
    noTarget: ids((y) => y === undefined || y.status === null),
    consecutiveKhtnv: current ? consecutiveKhtnv(current, data.get(asOf - 1)) : { organizations: [], members: [] },
    weakestUnits: current ? weakestUnits(current, options.weakest, options.decimals) : [],
  };
}

/** Organizations whose kind changed from one year to the next (the 2025 restructure): their counts are not comparable. */
function kindChanges(years: readonly YearData[]): ProgrammeNote[] {
  const notes: ProgrammeNote[] = [];
  for (let i = 1; i < years.length; i++) {
    const before = years[i - 1]!;
    const after = years[i]!;
    if (after.year !== before.year + 1) continue;
    const changed = after.organizations.filter((o) => {
      const was = before.orgById.get(o.id);
      return was !== undefined && was.kind !== o.kind;
    });
    if (changed.length === 0) continue;
    const shown = changed.slice(0, 3).map((o) => `${o.id}: ${before.orgById.get(o.id)!.kind} → ${o.kind}`);
    const list = shown.join(', ') + (changed.length > shown.length ? ', …' : '');
    notes.push({
      code: 'organization-kind-changed', year: after.year,
      message: {
        vi: `${changed.length} tổ chức đổi loại hình từ năm ${before.year} sang ${after.year} (${list}): số liệu theo loại hình (như số TCCSĐ) của hai năm không so sánh trực tiếp được`,
        en: `${changed.length} organizations changed kind from ${before.year} to ${after.year} (${list}): figures by kind (such as TCCSĐ counts) of the two years are not directly comparable`,
      },
    });
  }
  return notes;
}

function defaultAsOf(programme: Programme, withResults: readonly number[]): number {
  const inRange = withResults.filter((y) => y >= programme.fromYear && y <= programme.toYear);
  if (inRange.length > 0) return inRange[inRange.length - 1]!;
  let latest = programme.fromYear;
  for (const ind of programme.indicators) {
    for (const key of Object.keys(ind.actuals ?? {})) {
      const y = Number(key);
      if (y > latest && y <= programme.toYear) latest = y;
    }
  }
  return latest;
}

/**
 * Evaluates a programme against the results of its years: per indicator and year the target, the
 * actual (from the indicator's `metric` over that year's results, or its entered `actuals`, which
 * win), the verdict (`dat` | `vuot` | `chua-dat` | `chua-co-so-lieu`; `null` in a year without a
 * target), and whether the actual is on the straight line from the baseline (the earliest year
 * with an actual; the year before `fromYear` may serve) to the final target. Verdicts compare exact
 * values; the actuals shown are rounded half-up to `decimals`. The sơ kết summary is taken at
 * `asOf` (default: the latest year with results).
 *
 * @throws XeploaiError when an input's `year` differs from its result's, or a result is not for a whole year.
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { evaluateProgramme, parseProgramme } from 'xeploai/programme';
 * const programme = parseProgramme({
 *   format: 'xeploai/programme@1', id: 'p', title: 'Chương trình', fromYear: 2024, toYear: 2025,
 *   indicators: [{ id: 'dv', title: 'Đảng viên HTTNV trở lên', unit: 'percent', direction: 'at-least', strict: true,
 *     targets: { '2024': 90, '2025': 90 }, metric: 'members.httnv-or-better.percent' }],
 * });
 * const review = {
 *   format: 'xeploai/review@1', year: 2024, reviewDate: '2024-12-15',
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
 *   members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', proposedLevel: 'HTTNV' }],
 * } as const;
 * const e = evaluateProgramme(programme, [{ year: 2024, result: evaluateReview(review), review }]);
 * e.indicators[0]?.years[0]; // { year: 2024, target: 90, actual: 100, status: 'dat', … }
 * ```
 */
export function evaluateProgramme(programme: Programme, inputs: readonly ProgrammeInput[], options: EvaluateProgrammeOptions = {}): ProgrammeEvaluation {
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) throw new RangeError(`decimals: expected a whole number from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`);
  const weakest = options.weakest ?? 5;
  if (!Number.isInteger(weakest) || weakest < 0) throw new RangeError(`weakest: expected a whole number ≥ 0, got ${String(weakest)}`);
  const notes: ProgrammeNote[] = [];
  const years = gatherYears(checkInputs(programme, inputs, notes));
  const data = new Map(years.map((y) => [y.year, y]));
  notes.push(...kindChanges(years));
  const indicators = programme.indicators.map((ind) => evaluateIndicator(ind, programme, data, decimals, notes));
  const withResults = years.map((y) => y.year);
  const asOf = options.asOf ?? defaultAsOf(programme, withResults);
  return {
    programme: { id: programme.id, title: programme.title, fromYear: programme.fromYear, toYear: programme.toYear },
    yearsWithResults: withResults,
    decimals,
    indicators,
    summary: summarize(indicators, data, { asOf, weakest, decimals }),
    notes,
  };
}

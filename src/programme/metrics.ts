/**
 * Metrics: the indicator values computed from one year's results (and reviews). Each is a count,
 * or a percentage kept as its exact numerator and denominator.
 *
 * Names read `SUBJECTS[.SCOPE].MEASURE.UNIT`: `organizations.tccsd.httnv-or-better.percent`,
 * `members.khtnv.count`. Percentages of levels are over those rated (NQ 21-NQ/TW counts «được
 * đánh giá, xếp loại»).
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Message } from '../rules/types.js';
import { isTccsdKind, type YearData } from '../report/yearData.js';

/** What an indicator counts in: `percent` or `count`. @example `const u: IndicatorUnit = 'percent';` */
export type IndicatorUnit = 'percent' | 'count';

type OrgScope = 'tccsd' | 'chi-bo';
type LevelMeasure = 'htxsnv' | 'httnv' | 'httnv-or-better' | 'htnv' | 'khtnv';
type ShareMeasure = 'htxsnv-share-of-httnv' | 'htxsnv-share-of-httnv-or-better';
type LevelMetric<P extends string> = `${P}.${LevelMeasure}.${IndicatorUnit}` | `${P}.${'rated' | 'not-rated'}.count` | `${P}.${ShareMeasure}.percent`;

/**
 * The name of a metric. See `METRICS` for the list with titles.
 *
 * @example
 * ```ts
 * import type { MetricId } from 'xeploai/programme';
 * const m: MetricId = 'members.htxsnv-share-of-httnv.percent';
 * ```
 */
export type MetricId =
  | LevelMetric<`organizations.${OrgScope}`>
  | LevelMetric<'members'>
  | 'members.admitted.count'
  | 'members.admitted.percent'
  | 'members.disciplined.count'
  | 'thon.with-chi-bo.count'
  | 'thon.with-chi-bo.percent';

/**
 * What a metric needs besides the results: `review` — the reviews' members (admission and
 * discipline dates) or organizations (`group`); `denominators` — the indicator's `denominators`.
 *
 * @example
 * ```ts
 * import type { MetricNeeds } from 'xeploai/programme';
 * const n: MetricNeeds = 'review';
 * ```
 */
export type MetricNeeds = 'result' | 'review' | 'review-and-denominators';

/**
 * A metric's description.
 *
 * @example
 * ```ts
 * import { METRICS } from 'xeploai/programme';
 * METRICS.find((m) => m.id === 'members.admitted.percent')?.needs; // 'review'
 * ```
 */
export interface MetricSpec {
  readonly id: MetricId;
  readonly unit: IndicatorUnit;
  readonly title: Message;
  readonly needs: MetricNeeds;
}

const LEVEL_MEASURES: readonly { measure: LevelMeasure; levels: readonly Level[]; vi: string; en: string }[] = [
  { measure: 'htxsnv', levels: ['HTXSNV'], vi: 'HTXSNV', en: 'HTXSNV' },
  { measure: 'httnv', levels: ['HTTNV'], vi: 'HTTNV', en: 'HTTNV' },
  { measure: 'httnv-or-better', levels: ['HTXSNV', 'HTTNV'], vi: 'HTTNV trở lên', en: 'HTTNV or better' },
  { measure: 'htnv', levels: ['HTNV'], vi: 'HTNV', en: 'HTNV' },
  { measure: 'khtnv', levels: ['KHTNV'], vi: 'KHTNV', en: 'KHTNV' },
];

const SUBJECT_NAMES: Readonly<Record<string, Message>> = {
  'organizations.tccsd': { vi: 'TCCSĐ', en: 'grassroots party organizations (TCCSĐ)' },
  'organizations.chi-bo': { vi: 'chi bộ trực thuộc', en: 'affiliated party cells' },
  members: { vi: 'đảng viên', en: 'party members' },
};

function levelMetrics(prefix: 'organizations.tccsd' | 'organizations.chi-bo' | 'members'): MetricSpec[] {
  const who = SUBJECT_NAMES[prefix]!;
  const out: MetricSpec[] = [];
  for (const m of LEVEL_MEASURES) {
    out.push({ id: `${prefix}.${m.measure}.count` as MetricId, unit: 'count', needs: 'result', title: { vi: `Số ${who.vi} xếp loại ${m.vi}`, en: `Number of ${who.en} rated ${m.en}` } });
    out.push({
      id: `${prefix}.${m.measure}.percent` as MetricId, unit: 'percent', needs: 'result',
      title: { vi: `Tỷ lệ ${who.vi} xếp loại ${m.vi} (trên số được xếp loại)`, en: `Share of ${who.en} rated ${m.en} (of those rated)` },
    });
  }
  out.push({ id: `${prefix}.rated.count` as MetricId, unit: 'count', needs: 'result', title: { vi: `Số ${who.vi} được xếp loại`, en: `Number of ${who.en} rated` } });
  out.push({ id: `${prefix}.not-rated.count` as MetricId, unit: 'count', needs: 'result', title: { vi: `Số ${who.vi} không xếp loại`, en: `Number of ${who.en} not rated` } });
  out.push({
    id: `${prefix}.htxsnv-share-of-httnv.percent` as MetricId, unit: 'percent', needs: 'result',
    title: { vi: `Tỷ lệ ${who.vi} HTXSNV trên số HTTNV`, en: `${who.en} rated HTXSNV over those rated HTTNV` },
  });
  out.push({
    id: `${prefix}.htxsnv-share-of-httnv-or-better.percent` as MetricId, unit: 'percent', needs: 'result',
    title: { vi: `Tỷ lệ ${who.vi} HTXSNV trên số HTTNV trở lên`, en: `${who.en} rated HTXSNV over those rated HTTNV or better` },
  });
  return out;
}

/**
 * Every metric, with its unit, title and what it needs.
 *
 * - Levels (`organizations.tccsd.*`, `organizations.chi-bo.*` — chi bộ trực thuộc —, `members.*`):
 *   counts, and percentages over those rated.
 * - `members.admitted.*`: members whose `admittedOn` falls in the year, over the members admitted
 *   before 1 January (the members at the start of the year who are still in the review — those who
 *   left during the year are not in it). Needs the reviews.
 * - `members.disciplined.count`: members with a discipline decided in the year. Needs the reviews.
 * - `thon.with-chi-bo.*`: chi bộ (kind `chi-bo` or `chi-bo-co-so`) whose review `group` is `thon`
 *   or `to-dan-pho` — one chi bộ per thôn, bản, ấp or tổ dân phố —; the percentage is over the
 *   indicator's `denominators` for the year (the number of thôn, tổ dân phố). A thôn with members
 *   but no chi bộ is not visible in a review: "thôn có đảng viên" is entered as `actuals`.
 *
 * @example
 * ```ts
 * import { METRICS } from 'xeploai/programme';
 * METRICS.filter((m) => m.unit === 'percent').length > 10; // true
 * ```
 */
export const METRICS: readonly MetricSpec[] = [
  ...levelMetrics('organizations.tccsd'),
  ...levelMetrics('organizations.chi-bo'),
  ...levelMetrics('members'),
  { id: 'members.admitted.count', unit: 'count', needs: 'review', title: { vi: 'Số đảng viên mới kết nạp trong năm', en: 'Members admitted in the year' } },
  {
    id: 'members.admitted.percent', unit: 'percent', needs: 'review',
    title: { vi: 'Tỷ lệ kết nạp đảng viên mới (trên số đảng viên đầu năm)', en: 'Members admitted in the year over the members at its start' },
  },
  { id: 'members.disciplined.count', unit: 'count', needs: 'review', title: { vi: 'Số đảng viên bị kỷ luật trong năm', en: 'Members disciplined in the year' } },
  { id: 'thon.with-chi-bo.count', unit: 'count', needs: 'review', title: { vi: 'Số thôn, tổ dân phố có chi bộ', en: 'Villages and residential groups with a party cell' } },
  {
    id: 'thon.with-chi-bo.percent', unit: 'percent', needs: 'review-and-denominators',
    title: { vi: 'Tỷ lệ thôn, tổ dân phố có chi bộ', en: 'Share of villages and residential groups with a party cell' },
  },
];

/** Every metric id. @example `METRIC_IDS.includes('members.khtnv.count') // true` */
export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);

/** The `group` values that mark a chi bộ of a thôn (bản, ấp…) or a tổ dân phố. @example `THON_GROUPS // ['thon', 'to-dan-pho']` */
export const THON_GROUPS: readonly string[] = ['thon', 'to-dan-pho'];

/**
 * The metric with this id, or `undefined`.
 *
 * @example
 * ```ts
 * import { findMetric } from 'xeploai/programme';
 * findMetric('members.khtnv.count')?.unit; // 'count'
 * ```
 */
export function findMetric(id: string): MetricSpec | undefined {
  return METRICS.find((m) => m.id === id);
}

/**
 * A metric's value in one year: a count (`denominator` 1) or a percentage `100 · numerator / denominator`.
 *
 * @example
 * ```ts
 * const v: MetricValue = { numerator: 101, denominator: 116 };
 * ```
 */
export interface MetricValue {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Counts subjects rated, not rated and at each level.
 *
 * @example
 * ```ts
 * levelCounts([{ result: { rated: true, level: 'HTTNV' } }]).HTTNV; // 1
 * ```
 */
export function levelCounts(subjects: Iterable<{ readonly result: { readonly rated: boolean; readonly level: Level | null } }>): Record<Level | 'rated' | 'notRated', number> {
  const c = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, rated: 0, notRated: 0 };
  for (const { result } of subjects) {
    if (result.rated && result.level !== null) {
      c[result.level]++;
      c.rated++;
    } else c.notRated++;
  }
  return c;
}

function fromLevels(rest: string, c: Record<Level | 'rated' | 'notRated', number>): MetricValue | null {
  if (rest === 'rated.count') return { numerator: c.rated, denominator: 1 };
  if (rest === 'not-rated.count') return { numerator: c.notRated, denominator: 1 };
  if (rest === 'htxsnv-share-of-httnv.percent') return c.HTTNV === 0 ? null : { numerator: c.HTXSNV, denominator: c.HTTNV };
  if (rest === 'htxsnv-share-of-httnv-or-better.percent') {
    const base = c.HTXSNV + c.HTTNV;
    return base === 0 ? null : { numerator: c.HTXSNV, denominator: base };
  }
  const [measure, unit] = rest.split('.') as [string, string];
  const spec = LEVEL_MEASURES.find((m) => m.measure === measure);
  if (!spec) return null;
  const count = spec.levels.reduce((s, l) => s + c[l], 0);
  if (unit === 'count') return { numerator: count, denominator: 1 };
  return c.rated === 0 ? null : { numerator: count, denominator: c.rated };
}

function inYear(date: string, year: number): boolean {
  return date.slice(0, 4) === String(year);
}

/**
 * Computes a metric over one year's data; `null` when the data cannot give it (no one rated, no
 * review for a metric that needs one, no denominator for the year).
 *
 * @example
 * ```ts
 * // computeMetric('members.httnv-or-better.percent', data2024) → { numerator: 101, denominator: 116 }
 * ```
 */
export function computeMetric(id: MetricId, data: YearData, denominator?: number): MetricValue | null {
  if (id.startsWith('organizations.')) {
    const [, scope, ...rest] = id.split('.');
    const orgs = data.organizations.filter((o) => (scope === 'tccsd' ? isTccsdKind(o.kind) : o.kind === 'chi-bo'));
    return fromLevels(rest.join('.'), levelCounts(orgs));
  }
  if (id.startsWith('members.admitted') || id === 'members.disciplined.count') {
    if (!data.reviewMembers) return null;
    const year = data.year;
    const start = `${year}-01-01`;
    if (id === 'members.disciplined.count') {
      const n = data.members.filter((m) => (m.review?.disciplines ?? []).some((d) => inYear(d.decidedOn, year))).length;
      return { numerator: n, denominator: 1 };
    }
    const admitted = data.members.filter((m) => m.review !== undefined && inYear(m.review.admittedOn, year)).length;
    if (id === 'members.admitted.count') return { numerator: admitted, denominator: 1 };
    const atStart = data.members.filter((m) => m.review !== undefined && m.review.admittedOn < start).length;
    return atStart === 0 ? null : { numerator: admitted, denominator: atStart };
  }
  if (id.startsWith('members.')) return fromLevels(id.slice('members.'.length), levelCounts(data.members));
  // thon.with-chi-bo.*
  if (!data.tree) return null;
  const count = data.organizations.filter((o) => (o.kind === 'chi-bo' || o.kind === 'chi-bo-co-so') && o.group !== undefined && THON_GROUPS.includes(o.group)).length;
  if (id === 'thon.with-chi-bo.count') return { numerator: count, denominator: 1 };
  return denominator === undefined || denominator === 0 ? null : { numerator: count, denominator };
}

/**
 * Inline SVG charts of the HTML report, built as strings: levels per year (stacked bars) and an
 * indicator's progress against its target (lines). Each chart is an `img` with a title and a
 * description; the numbers are also in the table beside it.
 *
 * @module
 */
import { LEVELS, type Level } from '../levels.js';
import type { IndicatorEvaluation } from '../programme/types.js';
import { formatNumber, formatPercent, formatTarget, formatValue, statusLabel, type ReportLang } from './labels.js';

/**
 * Escapes text for HTML and SVG (element content and attribute values).
 *
 * @example
 * ```ts
 * import { escapeHtml } from 'xeploai/report';
 * escapeHtml('<b>"Đảng bộ" & chi bộ</b>'); // '&lt;b&gt;&quot;Đảng bộ&quot; &amp; chi bộ&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Colours of the levels (fill, and the text drawn on it), chosen for contrast ≥ 4.5:1. @example `LEVEL_COLOURS.KHTNV.fill // '#a3221b'` */
export const LEVEL_COLOURS: Readonly<Record<Level, { readonly fill: string; readonly text: string }>> = {
  HTXSNV: { fill: '#1b6e35', text: '#ffffff' },
  HTTNV: { fill: '#245f9e', text: '#ffffff' },
  HTNV: { fill: '#f2c14e', text: '#1a1a1a' },
  KHTNV: { fill: '#a3221b', text: '#ffffff' },
};

/** One bar of the levels chart: a label, the count and the percentage at each level. @example `const bar: LevelBar = { label: '2024', counts: { HTXSNV: 1, HTTNV: 3, HTNV: 0, KHTNV: 0 }, percents: { HTXSNV: 25, HTTNV: 75, HTNV: 0, KHTNV: 0 } };` */
export interface LevelBar {
  readonly label: string;
  readonly counts: Readonly<Record<Level, number>>;
  readonly percents: Readonly<Record<Level, number | null>>;
}

function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/**
 * A horizontal stacked bar per entry (e.g. "2024 — Đảng viên"), each level's width its share of
 * those rated, with the percentage written inside when it fits, and a legend.
 *
 * @example
 * ```ts
 * import { levelsChartSvg } from 'xeploai/report';
 * levelsChartSvg('c1', 'Xếp loại đảng viên', [{ label: '2024', counts: { HTXSNV: 1, HTTNV: 3, HTNV: 0, KHTNV: 0 }, percents: { HTXSNV: 25, HTTNV: 75, HTNV: 0, KHTNV: 0 } }], 'vi', 2).startsWith('<svg'); // true
 * ```
 */
export function levelsChartSvg(id: string, title: string, bars: readonly LevelBar[], lang: ReportLang, decimals: number): string {
  const labelWidth = 170;
  const barWidth = 460;
  const barHeight = 26;
  const gap = 12;
  const legendHeight = 34;
  const width = labelWidth + barWidth + 10;
  const height = legendHeight + bars.length * (barHeight + gap);
  const parts: string[] = [];
  const desc = bars
    .map((b) => `${b.label}: ${LEVELS.map((l) => `${l} ${b.counts[l]} (${formatPercent(b.percents[l], lang, decimals)})`).join(', ')}`)
    .join('; ');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>`,
  );
  LEVELS.forEach((level, i) => {
    const x = labelWidth + i * 115;
    parts.push(`<rect x="${x}" y="6" width="14" height="14" fill="${LEVEL_COLOURS[level].fill}"/>`, `<text x="${x + 20}" y="18" class="legend">${level}</text>`);
  });
  bars.forEach((bar, i) => {
    const y = legendHeight + i * (barHeight + gap);
    parts.push(`<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 5}" text-anchor="end" class="bar-label">${escapeHtml(bar.label)}</text>`);
    const rated = LEVELS.reduce((s, l) => s + bar.counts[l], 0);
    if (rated === 0) {
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${barWidth}" height="${barHeight}" fill="#eeeeee"/>`);
      return;
    }
    let x = labelWidth;
    for (const level of LEVELS) {
      const w = (barWidth * bar.counts[level]) / rated;
      if (w <= 0) continue;
      const text = formatPercent(bar.percents[level], lang, decimals);
      parts.push(`<rect x="${n(x)}" y="${y}" width="${n(w)}" height="${barHeight}" fill="${LEVEL_COLOURS[level].fill}"><title>${level}: ${bar.counts[level]} (${escapeHtml(text)})</title></rect>`);
      if (w >= text.length * 7 + 6) {
        parts.push(`<text x="${n(x + w / 2)}" y="${y + barHeight / 2 + 5}" text-anchor="middle" fill="${LEVEL_COLOURS[level].text}" class="in-bar">${escapeHtml(text)}</text>`);
      }
      x += w;
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A value axis from `from` to `to` with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of
 * ten; whole steps when `whole`), at most six of them.
 *
 * @example
 * ```ts
 * import { niceAxis } from 'xeploai/report';
 * niceAxis(82, 92).ticks; // [82, 84, 86, 88, 90, 92]
 * niceAxis(0, 100).ticks; // [0, 20, 40, 60, 80, 100]
 * niceAxis(0, 1.1, true).ticks; // [0, 1, 2] — whole steps for counts
 * ```
 */
export function niceAxis(from: number, to: number, whole = false): { lo: number; hi: number; ticks: number[]; decimals: number } {
  const span = to > from ? to - from : Math.max(1, Math.abs(to));
  let step = 1;
  let decimals = 0;
  for (let power = 10 ** Math.floor(Math.log10(span / 5)); ; power *= 10) {
    const found = [1, 2, 2.5, 5]
      .map((m) => m * power)
      .find((st) => (!whole || Number.isInteger(st)) && Math.ceil(to / st) - Math.floor(from / st) <= 5);
    if (found !== undefined) {
      step = found;
      decimals = (String(Math.round(step * 1e6) / 1e6).split('.')[1] ?? '').length;
      break;
    }
  }
  const lo = Math.floor(from / step) * step;
  const hi = Math.max(lo + step, Math.ceil(to / step) * step);
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 1000; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { lo, hi, ticks, decimals };
}

/**
 * An indicator's progress: the yearly targets (stepped dashes), the straight line from the
 * baseline to the final target (dots), and the actuals (a solid line with points), over the years.
 *
 * @example
 * ```ts
 * import { indicatorChartSvg } from 'xeploai/report';
 * import type { IndicatorEvaluation } from 'xeploai/programme';
 * declare const e: IndicatorEvaluation;
 * indicatorChartSvg('i1', e, 'vi', 2);
 * ```
 */
export function indicatorChartSvg(id: string, e: IndicatorEvaluation, lang: ReportLang, decimals: number): string {
  const ind = e.indicator;
  const width = 420;
  const height = 200;
  const left = 56;
  const right = 14;
  const top = 14;
  const bottom = 30;
  const years = e.years.map((y) => y.year);
  const values = e.years.flatMap((y) => [y.target, y.actual, y.line].filter((v): v is number => v !== null));
  const minV = values.length > 0 ? Math.min(...values) : 0;
  const maxV = values.length > 0 ? Math.max(...values) : ind.unit === 'percent' ? 100 : 1;
  const axis = niceAxis(ind.unit === 'percent' && maxV <= 100 ? Math.max(0, minV - 5) : 0, ind.unit === 'percent' && maxV <= 100 ? Math.min(100, maxV + 2) : Math.max(maxV, 1) * 1.1, ind.unit === 'count');
  const [lo, hi] = [axis.lo, axis.hi];
  // The plot keeps 22 px inside each end so that the target marks of the first and last years fit.
  const x0 = left + 22;
  const x1 = width - right - 22;
  const xOf = (year: number): number => (years.length <= 1 ? (x0 + x1) / 2 : x0 + ((year - years[0]!) * (x1 - x0)) / (years[years.length - 1]! - years[0]!));
  const yOf = (v: number): number => top + ((hi - v) * (height - top - bottom)) / (hi - lo);
  const fmt = (v: number | null): string => formatValue(v, ind.unit, lang, decimals);
  const desc = e.years
    .map((y) => `${y.year}: ${lang === 'vi' ? 'mục tiêu' : 'target'} ${formatTarget(y.target, ind.unit, ind.direction, ind.strict === true, lang)}, ${lang === 'vi' ? 'thực hiện' : 'actual'} ${fmt(y.actual)}, ${statusLabel(y.status, lang)}`)
    .join('; ');
  const title = `${ind.title}: ${lang === 'vi' ? 'thực hiện so với mục tiêu' : 'actual against target'}`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>`,
  ];
  for (const v of axis.ticks) {
    const y = yOf(v);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${n(y)}" y2="${n(y)}" class="grid"/>`);
    const label = ind.unit === 'percent' ? `${formatNumber(v, lang, axis.decimals)}%` : formatNumber(v, lang, axis.decimals);
    parts.push(`<text x="${left - 6}" y="${n(y + 4)}" text-anchor="end" class="tick">${escapeHtml(label)}</text>`);
  }
  for (const year of years) parts.push(`<text x="${n(xOf(year))}" y="${height - 10}" text-anchor="middle" class="tick">${year}</text>`);
  // Targets: a short dashed bar at each year's target.
  for (const y of e.years) {
    if (y.target === null) continue;
    const x = xOf(y.year);
    parts.push(`<line x1="${n(x - 16)}" x2="${n(x + 16)}" y1="${n(yOf(y.target))}" y2="${n(yOf(y.target))}" class="target"/>`);
  }
  const polyline = (points: { year: number; value: number }[], cls: string): void => {
    if (points.length >= 2) parts.push(`<polyline points="${points.map((p) => `${n(xOf(p.year))},${n(yOf(p.value))}`).join(' ')}" class="${cls}"/>`);
  };
  polyline(e.years.filter((y) => y.line !== null).map((y) => ({ year: y.year, value: y.line! })), 'line');
  const actuals = e.years.filter((y) => y.actual !== null).map((y) => ({ year: y.year, value: y.actual! }));
  polyline(actuals, 'actual');
  for (const p of actuals) parts.push(`<circle cx="${n(xOf(p.year))}" cy="${n(yOf(p.value))}" r="4" class="actual-point"><title>${p.year}: ${escapeHtml(fmt(p.value))}</title></circle>`);
  parts.push('</svg>');
  return parts.join('');
}

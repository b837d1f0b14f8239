/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, no network, system
 * fonts), in Vietnamese, printable on A4. Built as a string, so it runs anywhere the core does.
 * Every chart is a `<figure>` with a caption and the table of its numbers.
 *
 * @module
 */
import type { IndicatorEvaluation, ProgrammeEvaluation } from '../programme/types.js';
import type { RollUp } from '../report/types.js';
import { escapeHtml as esc, indicatorChartSvg } from './charts.js';
import { attrs, levelsSection, rollUpUnit } from './htmlRollUp.js';
import { formatNumber, formatPercent, formatTarget, formatValue, onTrackLabel, reportText, statusLabel, subjectsLabel, type ReportLang } from './labels.js';

/**
 * What goes into the HTML report: a title, and a roll-up, a programme evaluation, or both.
 *
 * @example
 * ```ts
 * import type { HtmlReportInput, RollUp } from 'xeploai/report';
 * declare const rollUp: RollUp;
 * const input: HtmlReportInput = { title: 'Đảng bộ xã An Bình', rollUp };
 * ```
 */
export interface HtmlReportInput {
  readonly title?: string;
  readonly rollUp?: RollUp;
  readonly programme?: ProgrammeEvaluation;
  /** Language of the words (default `vi`). */
  readonly lang?: ReportLang;
}

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 190mm; padding: 12px; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 17pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 22px 0 8px; border-bottom: 2px solid #a3221b; padding-bottom: 2px; }
h3 { font-size: 12pt; margin: 16px 0 6px; }
p.meta { color: #444; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 9pt; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.num.pct { color: #444; }
table.levels { font-size: 7pt; }
table.levels th, table.levels td { padding: 1px 2px; }
table.levels th[scope="col"] { font-weight: 600; hyphens: auto; }
ul.reasons { font-size: 9pt; }
th.name { font-weight: normal; min-width: 10em; }
figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 9.5pt; color: #333; margin: 4px 0; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
svg .legend, svg .bar-label, svg .tick { font-size: 11px; fill: #1a1a1a; }
svg .in-bar { font-size: 11px; font-weight: 600; }
svg .grid { stroke: #dddddd; stroke-width: 1; }
svg .target { stroke: #a3221b; stroke-width: 3; stroke-dasharray: 6 3; }
svg .line { fill: none; stroke: #666666; stroke-width: 1.5; stroke-dasharray: 2 3; }
svg .actual { fill: none; stroke: #245f9e; stroke-width: 2.5; }
svg .actual-point { fill: #245f9e; }
.status-dat, .status-vuot { color: #1b6e35; font-weight: 600; }
.status-chua-dat { color: #a3221b; font-weight: 600; }
.status-chua-co-so-lieu { color: #555; font-style: italic; }
.key { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: baseline; }
ul.plain { margin: 4px 0 10px; padding-left: 20px; }
article.indicator { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #ccc; padding-top: 4px; }
.cite { font-size: 9pt; color: #444; }
footer { margin-top: 24px; font-size: 9pt; color: #444; border-top: 1px solid #ccc; padding-top: 6px; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; page-break-after: avoid; } section { break-before: auto; } tr { break-inside: avoid; } }
`;

function statusCell(status: IndicatorEvaluation['years'][number]['status'], lang: ReportLang, data: Record<string, string | number>): string {
  return `<td class="status-${status ?? 'none'}"${attrs({ ...data, field: 'status' })}>${esc(statusLabel(status, lang))}</td>`;
}

function overviewTable(evaluation: ProgrammeEvaluation, lang: ReportLang): string {
  const years: number[] = [];
  for (let y = evaluation.programme.fromYear; y <= evaluation.programme.toYear; y++) years.push(y);
  const d = evaluation.decimals;
  const head =
    `<thead><tr><th scope="col" rowspan="2">${reportText('indicator', lang)}</th>${years.map((y) => `<th scope="colgroup" colspan="3">${y}</th>`).join('')}</tr>` +
    `<tr>${years.map(() => `<th scope="col">${reportText('target', lang)}</th><th scope="col">${reportText('actual', lang)}</th><th scope="col">${reportText('status', lang)}</th>`).join('')}</tr></thead>`;
  const body = evaluation.indicators
    .map((e) => {
      const ind = e.indicator;
      const cells = years
        .map((year) => {
          const y = e.years.find((x) => x.year === year);
          const data = { indicator: ind.id, year };
          return (
            `<td class="num"${attrs({ ...data, field: 'target' })}>${esc(formatTarget(y?.target ?? null, ind.unit, ind.direction, ind.strict === true, lang))}</td>` +
            `<td class="num"${attrs({ ...data, field: 'actual' })}>${esc(formatValue(y?.actual ?? null, ind.unit, lang, d))}${y?.source === 'actuals' ? '<sup>*</sup>' : ''}</td>` +
            statusCell(y?.status ?? null, lang, data)
          );
        })
        .join('');
      return `<tr><th scope="row"><a href="#ct-${esc(ind.id)}">${esc(ind.title)}</a></th>${cells}</tr>`;
    })
    .join('');
  const note = lang === 'vi' ? '<sup>*</sup> số liệu nhập; còn lại tính từ kết quả xếp loại.' : '<sup>*</sup> entered; the others are computed from the ratings.';
  return `<table id="bang-chi-tieu"><caption>${lang === 'vi' ? 'Bảng tổng hợp chỉ tiêu theo năm' : 'Indicators by year'}</caption>${head}<tbody>${body}</tbody></table><p class="meta">${note}</p>`;
}

function indicatorArticle(e: IndicatorEvaluation, index: number, evaluation: ProgrammeEvaluation, lang: ReportLang): string {
  const ind = e.indicator;
  const d = evaluation.decimals;
  const id = `chart-ct-${index + 1}`;
  const rows = e.years
    .map((y) => {
      const data = { indicator: ind.id, year: y.year, table: 'detail' };
      const count = y.count ? ` (${formatNumber(y.count.numerator, lang)}/${formatNumber(y.count.denominator, lang)})` : '';
      return (
        `<tr><th scope="row">${y.year}</th><td class="num">${esc(formatTarget(y.target, ind.unit, ind.direction, ind.strict === true, lang))}</td>` +
        `<td class="num"${attrs({ ...data, field: 'actual' })}>${esc(formatValue(y.actual, ind.unit, lang, d))}${count}</td>` +
        `<td>${y.source === null ? '–' : esc(reportText(y.source === 'metric' ? 'sourceMetric' : 'sourceActuals', lang))}</td>` +
        statusCell(y.status, lang, data) +
        `<td class="num">${esc(formatValue(y.line, ind.unit, lang, d))}</td><td>${esc(onTrackLabel(y.onTrack, lang))}</td></tr>`
      );
    })
    .join('');
  const cite = ind.cite ? `<p class="cite">${reportText('cite', lang)}: ${esc(ind.cite.doc)}, ${esc(ind.cite.article)}${ind.cite.note ? ` — ${esc(ind.cite.note)}` : ''}</p>` : '';
  const base = e.baseline ? (lang === 'vi' ? `năm gốc ${e.baseline.year}` : `baseline ${e.baseline.year}`) : lang === 'vi' ? 'chưa có năm gốc' : 'no baseline';
  const final = e.finalTarget ? `${formatTarget(e.finalTarget.value, ind.unit, ind.direction, ind.strict === true, lang)} (${e.finalTarget.year})` : '–';
  const caption =
    lang === 'vi'
      ? `Hình ${index + 2}. ${esc(ind.title)}: thực hiện (đường liền, chấm tròn), mục tiêu từng năm (gạch đỏ) và lộ trình thẳng từ ${base} đến mục tiêu cuối ${esc(final)} (đường chấm).`
      : `Figure ${index + 2}. ${esc(ind.title)}: actual (solid line, dots), yearly target (red dashes) and the straight line from the ${base} to the final target ${esc(final)} (dotted).`;
  return (
    `<article class="indicator" id="ct-${esc(ind.id)}"><h3>${esc(ind.title)} <small>(${esc(ind.id)})</small></h3>${cite}` +
    `<figure>${indicatorChartSvg(id, e, lang, d)}<figcaption>${caption}</figcaption>` +
    `<table><caption>${lang === 'vi' ? `Số liệu của Hình ${index + 2}` : `Data of figure ${index + 2}`}</caption><thead><tr><th scope="col">${reportText('year', lang)}</th><th scope="col">${reportText('target', lang)}</th><th scope="col">${reportText('actual', lang)}</th><th scope="col">${reportText('source', lang)}</th><th scope="col">${reportText('status', lang)}</th><th scope="col">${reportText('line', lang)}</th><th scope="col">${reportText('onTrack', lang)}</th></tr></thead><tbody>${rows}</tbody></table></figure></article>`
  );
}

function idList(ids: readonly string[], evaluation: ProgrammeEvaluation, lang: ReportLang, key: string): string {
  if (ids.length === 0) return `<p${attrs({ list: key })}>${reportText('none', lang)}</p>`;
  const title = new Map(evaluation.indicators.map((e) => [e.indicator.id, e.indicator.title]));
  return `<ul class="plain"${attrs({ list: key })}>${ids.map((id) => `<li><a href="#ct-${esc(id)}">${esc(title.get(id) ?? id)}</a></li>`).join('')}</ul>`;
}

function summarySection(evaluation: ProgrammeEvaluation, lang: ReportLang): string {
  const s = evaluation.summary;
  const d = evaluation.decimals;
  const named = (list: readonly { id: string; name: string }[], key: string): string =>
    list.length === 0 ? `<p${attrs({ list: key })}>${reportText('none', lang)}</p>` : `<ul class="plain"${attrs({ list: key })}>${list.map((x) => `<li>${esc(x.name)} (${esc(x.id)})</li>`).join('')}</ul>`;
  const weakest =
    s.weakestUnits.length === 0
      ? `<p>${reportText('none', lang)}</p>`
      : `<table id="bang-don-vi-yeu"><caption>${reportText('weakest', lang)} — ${s.asOf}</caption><thead><tr><th scope="col">${reportText('unit', lang)}</th><th scope="col">${reportText('kind', lang)}</th><th scope="col">${reportText('level', lang)}</th><th scope="col">${reportText('membersRated', lang)}</th><th scope="col">${reportText('membersGood', lang)}</th><th scope="col">${reportText('membersKhtnv', lang)}</th></tr></thead><tbody>${s.weakestUnits
          .map(
            (u) =>
              `<tr><th scope="row">${esc(u.name)}</th><td>${esc(subjectsLabel(u.kind, lang))}</td><td>${u.level ?? '–'}</td><td class="num">${formatNumber(u.members.rated, lang)}</td><td class="num">${formatNumber(u.members.httnvOrBetter, lang)} (${formatPercent(u.members.percent, lang, d)})</td><td class="num">${formatNumber(u.members.khtnv, lang)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const notes = evaluation.notes.length === 0 ? '' : `<h3>${reportText('notes', lang)}</h3><ul class="plain">${evaluation.notes.map((n) => `<li>${esc(n.message[lang])}</li>`).join('')}</ul>`;
  return (
    `<section id="so-ket"><h2>${reportText('summary', lang)} — ${reportText('asOf', lang)} ${s.asOf}</h2>` +
    `<h3>${reportText('met', lang)} (${s.met.length})</h3>${idList(s.met, evaluation, lang, 'met')}` +
    `<h3>${reportText('behind', lang)} (${s.behind.length})</h3>${idList(s.behind, evaluation, lang, 'behind')}` +
    `<h3>${reportText('offTrack', lang)} (${s.offTrack.length})</h3>${idList(s.offTrack, evaluation, lang, 'off-track')}` +
    `<h3>${reportText('noData', lang)} (${s.noData.length})</h3>${idList(s.noData, evaluation, lang, 'no-data')}` +
    `<h3>${reportText('consecutiveOrgs', lang)}</h3>${named(s.consecutiveKhtnv.organizations, 'khtnv-organizations')}` +
    `<h3>${reportText('consecutiveMembers', lang)}</h3>${named(s.consecutiveKhtnv.members, 'khtnv-members')}` +
    `<h3>${reportText('weakest', lang)}</h3>${weakest}${notes}</section>`
  );
}

function programmeSection(evaluation: ProgrammeEvaluation, lang: ReportLang): string {
  return (
    `<section id="chi-tieu"><h2>${lang === 'vi' ? 'Thực hiện các chỉ tiêu' : 'Indicators'}</h2>${overviewTable(evaluation, lang)}` +
    evaluation.indicators.map((e, i) => indicatorArticle(e, i, evaluation, lang)).join('') +
    '</section>'
  );
}

/**
 * The HTML report as one self-contained document: a chart of levels per year with its table and
 * the roll-up tables (from `rollUp`; counts and percentages in separate cells, so they paste into
 * a spreadsheet; the members not reviewed with their reasons), each indicator's progress against
 * its target with its table, and the sơ kết summary (from `programme`). Without a `title`, the
 * title names the unit of the roll-up. No script, no external resource; `lang="vi"`;
 * `@page` A4. Cells carry `data-*` attributes (`data-indicator`, `data-year`, `data-field`…) so
 * tests and scrapers can read the numbers back.
 *
 * @example
 * ```ts
 * import { rollUp, renderHtmlReport } from 'xeploai/report';
 * import type { ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * const html = renderHtmlReport({ title: 'Đảng bộ xã An Bình', rollUp: rollUp(result) });
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const lang = input.lang ?? 'vi';
  const programme = input.programme;
  const unit = input.rollUp ? rollUpUnit(input.rollUp) : undefined;
  const generic = lang === 'vi' ? 'Báo cáo tổng hợp kết quả đánh giá, xếp loại chất lượng' : 'Quality rating report';
  const title = input.title ?? programme?.programme.title ?? (unit !== undefined ? `${generic} — ${unit}` : generic);
  const meta: string[] = [];
  if (programme) {
    meta.push(`${reportText('period', lang)}: ${programme.programme.fromYear}–${programme.programme.toYear}`, `${reportText('asOf', lang)}: ${programme.summary.asOf}`);
  }
  const years = input.rollUp?.years.map((y) => y.year) ?? [];
  if (unit !== undefined && input.title !== undefined) meta.push(`${lang === 'vi' ? 'Đơn vị' : 'Unit'}: ${unit}`);
  if (years.length === 1) meta.push(`${lang === 'vi' ? 'Số liệu xếp loại năm' : 'Ratings of'} ${years[0]}`);
  else if (years.length > 1) meta.push(`${lang === 'vi' ? 'Số liệu xếp loại các năm' : 'Ratings of'} ${years.join(', ')}`);
  const footer =
    lang === 'vi'
      ? 'Lập bằng xeploai. Tỷ lệ các mức xếp loại tính trên số được xếp loại; đánh giá đạt/chưa đạt so sánh giá trị chính xác, con số hiển thị đã làm tròn. Tệp này không tải tài nguyên nào từ mạng.'
      : 'Made with xeploai. Level shares are over those rated; verdicts compare exact values, the figures shown are rounded. This file loads nothing from the network.';
  return (
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="xeploai">\n` +
    `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<header><h1>${esc(title)}</h1>${meta.length > 0 ? `<p class="meta">${esc(meta.join(' · '))}</p>` : ''}</header>\n<main>\n` +
    (input.rollUp ? levelsSection(input.rollUp, lang) : '') +
    (programme ? programmeSection(programme, lang) + summarySection(programme, lang) : '') +
    `\n</main>\n<footer><p>${esc(footer)}</p></footer>\n</body>\n</html>\n`
  );
}

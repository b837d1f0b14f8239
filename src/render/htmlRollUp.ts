/**
 * The roll-up part of the HTML report: the chart of levels per year with its table, the tables of
 * each year (counts and percentages in separate cells, so they paste into a spreadsheet), the
 * reasons for not rating, and the members not reviewed.
 *
 * @module
 */
import { LEVELS } from '../levels.js';
import type { CountShare, RollUp, RollUpRow, Tally, TallySubjects, YearRollUp } from '../report/types.js';
import { escapeHtml as esc, levelsChartSvg, LEVEL_COLOURS, type LevelBar } from './charts.js';
import { formatNumber, formatPercent, levelName, reasonLabel, reportText, subjectsLabel, type ReportLang } from './labels.js';
import { alone, countsItself, rowLabel, subjectsOrder } from './order.js';

/**
 * `data-*` attributes, escaped.
 *
 * @example
 * ```ts
 * attrs({ year: 2024, field: 'count' }); // ' data-year="2024" data-field="count"'
 * ```
 */
export function attrs(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([k, v]) => ` data-${k}="${esc(String(v))}"`)
    .join('');
}

/**
 * The unit a roll-up is about (the same in every year), for the title of the report.
 *
 * @example
 * ```ts
 * rollUpUnit({ by: 'parent', rounding: 'half-up', decimals: 2, years: [] }); // undefined
 * ```
 */
export function rollUpUnit(table: RollUp): string | undefined {
  const names = new Set(table.years.map((y) => y.unit?.name));
  const [name] = names;
  return names.size === 1 ? name : undefined;
}

/** The tallies that stand for a whole year: the first row by parent or type; the TCCSĐ and chi bộ rows by kind. */
function overall(year: YearRollUp): Tally[] {
  if (year.rows.length === 0) return [];
  const first = year.rows[0]!;
  if (first.row !== 'kind') return [...first.tallies.filter((t) => t.subjects !== 'members' && t.subjects !== 'cap-tren'), ...first.tallies.filter((t) => t.subjects === 'members')];
  const out: Tally[] = [];
  for (const row of year.rows) {
    if (row.depth !== 0 || row.id === 'cap-tren') continue;
    const own = row.tallies.find((t) => t.subjects !== 'members');
    if (own) out.push(own);
  }
  const members = year.rows.find((r) => r.id === 'tccsd')?.tallies.find((t) => t.subjects === 'members');
  if (members) out.push(members);
  return out;
}

type Part = keyof Tally['ofTotal'];

/** The shares of the total a table shows: rated always; exempt, not reviewed, no basis when some row has any. */
function partsOf(tallies: readonly Tally[]): Part[] {
  return (['rated', 'exempt', 'notReviewed', 'noBasis'] as const).filter((p) => p === 'rated' || tallies.some((t) => t.ofTotal[p].count > 0));
}

const PART_TEXT: Readonly<Record<Part, 'rated' | 'exempt' | 'notReviewed' | 'noBasis'>> = { rated: 'rated', exempt: 'exempt', notReviewed: 'notReviewed', noBasis: 'noBasis' };

function countPercentCells(c: CountShare, decimals: number, lang: ReportLang, data: Record<string, string | number>): string {
  return `<td class="num"${attrs({ ...data, field: 'count' })}>${formatNumber(c.count, lang)}</td><td class="num pct"${attrs({ ...data, field: 'percent' })}>${formatPercent(c.percent, lang, decimals)}</td>`;
}

function levelHeader(lang: ReportLang, first: readonly string[], parts: readonly Part[]): string {
  const pair = `<th scope="col"><abbr title="${reportText('count', lang)}">${lang === 'vi' ? 'SL' : 'n'}</abbr></th><th scope="col">%</th>`;
  const ofTotal = lang === 'vi' ? 'Tỷ lệ trên tổng số' : 'Share of all';
  const ofRated = lang === 'vi' ? 'Số lượng và tỷ lệ trên số được đánh giá, xếp loại' : 'Count and share of those rated';
  return (
    `<thead><tr>${first.map((h) => `<th scope="col" rowspan="3">${esc(h)}</th>`).join('')}<th scope="col" rowspan="3">${reportText('total', lang)}</th>` +
    `<th scope="colgroup" colspan="${2 * parts.length}">${ofTotal}</th><th scope="colgroup" colspan="10">${ofRated}</th>` +
    `<th scope="colgroup" colspan="3">${reportText('htxsnvShare', lang)}</th></tr>` +
    `<tr>${parts.map((p) => `<th scope="colgroup" colspan="2">${reportText(PART_TEXT[p], lang)}</th>`).join('')}` +
    `${LEVELS.map((l) => `<th scope="colgroup" colspan="2"><abbr title="${esc(levelName(l, lang))}">${l}</abbr></th>`).join('')}<th scope="colgroup" colspan="2">${reportText('httnvOrBetter', lang)}</th>` +
    `<th scope="col" rowspan="2">${reportText('overHttnvLong', lang)}</th><th scope="col" rowspan="2">${reportText('overHttnvOrBetterLong', lang)}</th><th scope="col" rowspan="2">${reportText('overRated', lang)}</th></tr>` +
    `<tr>${parts.map(() => pair).join('')}${LEVELS.map(() => pair).join('')}${pair}</tr></thead>`
  );
}

function tallyCells(t: Tally, parts: readonly Part[], lang: ReportLang, data: Record<string, string | number>): string {
  const d = t.decimals;
  return (
    `<td class="num"${attrs({ ...data, field: 'total' })}>${formatNumber(t.total, lang)}</td>` +
    parts.map((p) => countPercentCells(t.ofTotal[p], d, lang, { ...data, part: p })).join('') +
    LEVELS.map((l) => countPercentCells(t.levels[l], d, lang, { ...data, level: l })).join('') +
    countPercentCells(t.httnvOrBetter, d, lang, { ...data, level: 'httnv-or-better' }) +
    t.htxsnvShare.map((s) => `<td class="num" title="${esc(s.label[lang])}"${attrs({ ...data, share: s.base })}>${formatPercent(s.percent, lang, d)}</td>`).join('')
  );
}

/** The reasons for not rating, under a table: one line per row that has any; a lone reason repeats no count. */
function reasonsNote(entries: readonly { label: string; tally: Tally }[], lang: ReportLang): string {
  const text = (t: Tally): string =>
    t.notRatedReasons.length === 1 ? esc(reasonLabel(t.notRatedReasons[0]!.code, lang)) : t.notRatedReasons.map((r) => `${esc(reasonLabel(r.code, lang))}: ${formatNumber(r.count, lang)}`).join('; ');
  const lines = entries.filter((e) => e.tally.notRated > 0).map((e) => `<li>${esc(e.label)} (${formatNumber(e.tally.notRated, lang)}): ${text(e.tally)}</li>`);
  return lines.length === 0 ? '' : `<p class="meta">${reportText('reasons', lang)}:</p><ul class="plain reasons">${lines.join('')}</ul>`;
}

function detailTables(year: YearRollUp, table: RollUp, lang: ReportLang): string {
  const parts: string[] = [`<h3>${lang === 'vi' ? 'Năm' : 'Year'} ${year.year}</h3>`];
  if (!year.tree) parts.push(`<p class="meta">${esc(reportText('noTree', lang))}</p>`);
  const first = table.by === 'parent' ? reportText('unit', lang) : table.by === 'kind' ? reportText('kind', lang) : reportText('type', lang);
  for (const subjects of subjectsOrder(year.rows)) {
    const present = year.rows.flatMap((row) => {
      const t = row.tallies.find((x) => x.subjects === subjects);
      return t && t.total > 0 ? [{ row, t }] : [];
    });
    if (present.length === 0) continue;
    const shown = partsOf(present.map((p) => p.t));
    const withLevel = table.by === 'parent' && subjects !== 'members';
    const span = 1 + 2 * shown.length + 10 + 3;
    const reasons: { label: string; tally: Tally }[] = [];
    const body = present
      .map(({ row, t }) => {
        const indent = row.depth > 0 ? ` style="padding-left:${5 + Math.min(row.depth, 10) * 12}px"` : '';
        const data = { year: year.year, row: row.id, subjects };
        const own = withLevel ? `<td${attrs({ ...data, field: 'unit-level' })}>${ownLevel(t, row, lang)}</td>` : '';
        const name = esc(rowLabel(row, lang));
        if (alone(t, row)) return `<tr><th scope="row" class="name"${indent}>${name}</th>${own}<td colspan="${span}"></td></tr>`;
        reasons.push({ label: rowLabel(row, lang), tally: t });
        return `<tr><th scope="row" class="name"${indent}>${name}</th>${own}${tallyCells(t, shown, lang, data)}</tr>`;
      })
      .join('');
    const head = levelHeader(lang, withLevel ? [first, reportText('unitLevel', lang)] : [first], shown);
    parts.push(`<table class="levels"><caption>${esc(subjectsLabel(subjects, lang))} — ${year.year}</caption>${head}<tbody>${body}</tbody></table>${reasonsNote(reasons, lang)}`);
  }
  if (year.notReviewed.length > 0) {
    const items = year.notReviewed.map((m) => `<li${attrs({ member: m.id })}>${esc(m.name)} (${esc(m.id)}), ${esc(m.orgName)}: ${esc(m.reason[lang])}</li>`).join('');
    parts.push(`<p class="meta">${reportText('notReviewedList', lang)} — ${year.year} (${formatNumber(year.notReviewed.length, lang)}):</p><ul class="plain"${attrs({ list: `not-reviewed-${year.year}` })}>${items}</ul>`);
  }
  return parts.join('');
}

function ownLevel(t: Tally, row: RollUpRow, lang: ReportLang): string {
  if (!countsItself(t, row)) return '';
  if (row.level !== undefined && row.level !== null) return `<abbr title="${esc(levelName(row.level, lang))}">${row.level}</abbr>`;
  const reason = t.notRatedReasons[0];
  return alone(t, row) && reason !== undefined ? esc(`${reportText('notRated', lang)}: ${reasonLabel(reason.code, lang)}`) : '–';
}

/**
 * The roll-up section: the chart of levels of each year with its table, then the tables of each year.
 *
 * @example
 * ```ts
 * import type { RollUp } from 'xeploai/report';
 * declare const table: RollUp;
 * levelsSection(table, 'vi').startsWith('<section id="xep-loai">'); // true
 * ```
 */
export function levelsSection(table: RollUp, lang: ReportLang): string {
  const bars: LevelBar[] = [];
  const rows: string[] = [];
  const reasons: { label: string; tally: Tally }[] = [];
  const tallies = table.years.flatMap((y) => overall(y));
  const shown = partsOf(tallies);
  for (const year of table.years) {
    for (const t of overall(year)) {
      const label = `${year.year} — ${subjectsLabel(t.subjects, lang)}`;
      reasons.push({ label, tally: t });
      bars.push({ label, counts: Object.fromEntries(LEVELS.map((l) => [l, t.levels[l].count])) as LevelBar['counts'], percents: Object.fromEntries(LEVELS.map((l) => [l, t.levels[l].percent])) as LevelBar['percents'] });
      rows.push(`<tr><th scope="row">${year.year}</th><td>${esc(subjectsLabel(t.subjects, lang))}</td>${tallyCells(t, shown, lang, { year: year.year, subjects: t.subjects })}</tr>`);
    }
  }
  const years = table.years.map((y) => y.year);
  const title =
    lang === 'vi'
      ? `Kết quả xếp loại chất lượng ${years.length === 1 ? `năm ${years[0]}` : 'qua các năm'}`
      : `Quality ratings ${years.length === 1 ? `in ${years[0]}` : 'by year'}`;
  const legend = LEVELS.map((l) => `<span class="key" style="background:${LEVEL_COLOURS[l].fill}"></span>${l} — ${esc(levelName(l, lang))}`).join('; ');
  const d = table.decimals;
  const how = {
    'half-up': { vi: 'từng ô (làm tròn nửa lên)', en: 'cell by cell (half up)' },
    truncate: { vi: 'xuống (bỏ phần thừa)', en: 'down (truncated)' },
    'largest-remainder': { vi: 'theo phần dư lớn nhất (cùng một số liệu, cùng một tỷ lệ)', en: 'by largest remainder (one value per count)' },
  }[table.rounding];
  const caption =
    lang === 'vi'
      ? `Hình 1. Tỷ lệ mỗi mức xếp loại trên số được đánh giá, xếp loại${years.length === 1 ? '' : ', theo năm'} (${legend}). Tỷ lệ làm tròn ${how.vi}, ${d} chữ số thập phân.`
      : `Figure 1. Share of each level over those rated${years.length === 1 ? '' : ', by year'} (${legend}). Rounded ${how.en}, ${d} decimals.`;
  return (
    `<section id="xep-loai"><h2>${esc(title)}</h2><figure id="hinh-xep-loai">${levelsChartSvg('chart-levels', title, bars, lang, d)}` +
    `<figcaption>${caption}</figcaption>` +
    `<table id="bang-xep-loai" class="levels"><caption>${lang === 'vi' ? 'Số liệu của Hình 1' : 'Data of figure 1'}</caption>${levelHeader(lang, [reportText('year', lang), lang === 'vi' ? 'Đối tượng' : 'Subjects'], shown)}<tbody>${rows.join('')}</tbody></table>${reasonsNote(reasons, lang)}</figure>` +
    table.years.map((y) => detailTables(y, table, lang)).join('') +
    '</section>'
  );
}

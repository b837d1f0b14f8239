/**
 * Roll-ups and programme evaluations as box-drawn text tables for a terminal.
 *
 * @module
 */
import { renderGrid, type GridColumn } from '../cli/format/grid.js';
import { truncateDisplay } from '../cli/format/width.js';
import { LEVELS } from '../levels.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import type { RollUp, RollUpRow, Tally, TallySubjects } from '../report/types.js';
import { formatNumber, formatPercent, formatTarget, formatValue, onTrackLabel, reasonLabel, reportText, statusLabel, subjectsLabel, type ReportLang } from './labels.js';

const NAME_WIDTH = 40;

function countCell(count: number, percent: number | null, lang: ReportLang, decimals: number): string {
  return `${formatNumber(count, lang)} (${formatPercent(percent, lang, decimals)})`;
}

function subjectsOrder(rows: readonly RollUpRow[]): TallySubjects[] {
  const seen: TallySubjects[] = [];
  for (const row of rows) for (const t of row.tallies) if (!seen.includes(t.subjects)) seen.push(t.subjects);
  // Organizations first, as the report forms print them; members last.
  return [...seen.filter((s) => s !== 'members'), ...seen.filter((s) => s === 'members')];
}

function rowName(row: RollUpRow): string {
  return truncateDisplay(`${'  '.repeat(row.depth)}${row.name}`, NAME_WIDTH);
}

function levelTable(rows: readonly RollUpRow[], subjects: TallySubjects, lang: ReportLang, decimals: number): string[] {
  const columns: GridColumn[] = [
    { header: reportText('unit', lang) },
    { header: reportText('total', lang), align: 'right' },
    { header: reportText('rated', lang), align: 'right' },
    ...LEVELS.map((l): GridColumn => ({ header: l, align: 'right' })),
    { header: reportText('httnvOrBetter', lang), align: 'right' },
    { header: `${reportText('htxsnvShare', lang)} ${reportText('overHttnv', lang)}`, align: 'right' },
    { header: reportText('notRated', lang) },
  ];
  const body: string[][] = [];
  for (const row of rows) {
    const t = row.tallies.find((x) => x.subjects === subjects);
    if (!t || t.total === 0) continue;
    body.push([
      rowName(row),
      formatNumber(t.total, lang),
      formatNumber(t.rated, lang),
      ...LEVELS.map((l) => countCell(t.levels[l].count, t.levels[l].percent, lang, decimals)),
      countCell(t.httnvOrBetter.count, t.httnvOrBetter.percent, lang, decimals),
      formatPercent(t.htxsnvShare[0].percent, lang, decimals),
      notRatedText(t, lang),
    ]);
  }
  return renderGrid(columns, body);
}

function notRatedText(t: Tally, lang: ReportLang): string {
  if (t.notRated === 0) return '0';
  return `${formatNumber(t.notRated, lang)}: ${t.notRatedReasons.map((r) => `${reasonLabel(r.code, lang)} ${r.count}`).join('; ')}`;
}

/**
 * A roll-up as text tables: for each year, one table per kind of subject (TCCSĐ, chi bộ…,
 * members), a row per organization (indented by depth) or per kind, each level as
 * `count (percent)`, and the HTXSNV share over exactly-HTTNV.
 *
 * @example
 * ```ts
 * import { rollUp, rollUpTable } from 'xeploai/report';
 * import type { ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * console.log(rollUpTable(rollUp(result), 'vi'));
 * ```
 */
export function rollUpTable(table: RollUp, lang: ReportLang = 'vi'): string {
  const lines: string[] = [reportText('rollUpTitle', lang)];
  for (const year of table.years) {
    for (const subjects of subjectsOrder(year.rows)) {
      lines.push('', `${reportText('year', lang)} ${year.year} — ${subjectsLabel(subjects, lang)}`);
      lines.push(...levelTable(year.rows, subjects, lang, table.decimals));
    }
    if (!year.tree) lines.push(reportText('noTree', lang));
  }
  return `${lines.join('\n')}\n`;
}

function listLine(label: string, ids: readonly string[], lang: ReportLang): string {
  return `${label}: ${ids.length === 0 ? reportText('none', lang) : ids.join(', ')}`;
}

/**
 * A programme evaluation as text: one table row per indicator and year (target, actual, verdict,
 * line, progress), then the sơ kết summary.
 *
 * @example
 * ```ts
 * import { programmeTable } from 'xeploai/report';
 * import type { ProgrammeEvaluation } from 'xeploai/programme';
 * declare const evaluation: ProgrammeEvaluation;
 * console.log(programmeTable(evaluation, 'vi'));
 * ```
 */
export function programmeTable(evaluation: ProgrammeEvaluation, lang: ReportLang = 'vi'): string {
  const { programme, decimals, summary } = evaluation;
  const lines: string[] = [reportText('programmeTitle', lang), `${programme.title} (${programme.id}), ${programme.fromYear}–${programme.toYear}`, ''];
  const columns: GridColumn[] = [
    { header: reportText('indicator', lang) },
    { header: reportText('year', lang) },
    { header: reportText('target', lang), align: 'right' },
    { header: reportText('actual', lang), align: 'right' },
    { header: reportText('status', lang) },
    { header: reportText('line', lang), align: 'right' },
    { header: reportText('onTrack', lang) },
  ];
  const body: string[][] = [];
  for (const e of evaluation.indicators) {
    const ind = e.indicator;
    e.years.forEach((y, i) => {
      const actual = formatValue(y.actual, ind.unit, lang, decimals) + (y.source === 'actuals' ? '*' : '');
      body.push([
        i === 0 ? truncateDisplay(`${ind.id}: ${ind.title}`, NAME_WIDTH) : '',
        String(y.year),
        formatTarget(y.target, ind.unit, ind.direction, ind.strict === true, lang),
        actual,
        statusLabel(y.status, lang),
        formatValue(y.line, ind.unit, lang, decimals),
        onTrackLabel(y.onTrack, lang),
      ]);
    });
  }
  lines.push(...renderGrid(columns, body));
  lines.push(lang === 'vi' ? '* số liệu nhập (actuals)' : '* entered actual');
  lines.push('', `${reportText('summary', lang)} — ${reportText('asOf', lang)} ${summary.asOf}`);
  lines.push(listLine(reportText('met', lang), summary.met, lang));
  lines.push(listLine(reportText('behind', lang), summary.behind, lang));
  lines.push(listLine(reportText('offTrack', lang), summary.offTrack, lang));
  lines.push(listLine(reportText('noData', lang), summary.noData, lang));
  lines.push(listLine(reportText('consecutiveOrgs', lang), summary.consecutiveKhtnv.organizations.map((o) => `${o.name} (${o.id})`), lang));
  lines.push(listLine(reportText('consecutiveMembers', lang), summary.consecutiveKhtnv.members.map((m) => `${m.name} (${m.id})`), lang));
  if (summary.weakestUnits.length > 0) {
    lines.push('', reportText('weakest', lang));
    lines.push(
      ...renderGrid(
        [
          { header: reportText('unit', lang) },
          { header: reportText('level', lang) },
          { header: reportText('membersRated', lang), align: 'right' },
          { header: reportText('membersGood', lang), align: 'right' },
          { header: reportText('membersKhtnv', lang), align: 'right' },
        ],
        summary.weakestUnits.map((u) => [
          truncateDisplay(u.name, NAME_WIDTH),
          u.level ?? '–',
          formatNumber(u.members.rated, lang),
          countCell(u.members.httnvOrBetter, u.members.percent, lang, decimals),
          formatNumber(u.members.khtnv, lang),
        ]),
      ),
    );
  }
  if (evaluation.notes.length > 0) {
    lines.push('', reportText('notes', lang));
    for (const n of evaluation.notes) lines.push(`- ${n.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}

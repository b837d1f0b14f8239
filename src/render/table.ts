/**
 * Roll-ups and programme evaluations as box-drawn text tables for a terminal.
 *
 * @module
 */
import { renderGrid, type GridColumn } from '../text/grid.js';
import { truncateDisplay } from '../text/width.js';
import { LEVELS } from '../levels.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import type { CountShare, RollUp, RollUpRow, Tally, TallySubjects, YearRollUp } from '../report/types.js';
import { alone, countsItself, rowLabel, subjectsOrder } from './order.js';
import { formatNumber, formatPercent, formatTarget, formatValue, onTrackLabel, reasonLabel, reportText, statusLabel, subjectsLabel, type ReportLang } from './labels.js';

const NAME_WIDTH = 40;
const MAX_INDENT = 10;

function countCell(count: number, percent: number | null, lang: ReportLang, decimals: number): string {
  return `${formatNumber(count, lang)} (${formatPercent(percent, lang, decimals)})`;
}

function rowName(row: RollUpRow, lang: ReportLang): string {
  // Indentation stops at ten levels (the HTML report's too): deeper rows keep the column readable,
  // and a deep tree costs no more per row than a flat one.
  return truncateDisplay(`${'  '.repeat(Math.min(row.depth, MAX_INDENT))}${rowLabel(row, lang)}`, NAME_WIDTH);
}

/** A column of a level table: when it shows, its header, its cell for one row, and whether a row that states its own level fills it. */
interface LevelColumn {
  readonly column: GridColumn;
  readonly shown?: (tallies: readonly Tally[]) => boolean;
  readonly cell: (t: Tally, row: RollUpRow) => string;
  readonly own?: true;
}

function levelColumns(subjects: TallySubjects, lang: ReportLang, by: RollUp['by']): LevelColumn[] {
  const byParent = by === 'parent';
  const any = (pick: (t: Tally) => number) => (tallies: readonly Tally[]) => tallies.some((t) => pick(t) > 0);
  const share = (c: CountShare, t: Tally): string => countCell(c.count, c.percent, lang, t.decimals);
  const columns: LevelColumn[] = [
    { column: { header: reportText(by === 'parent' ? 'unit' : by, lang) }, cell: (_t, row) => rowName(row, lang), own: true },
    { column: { header: reportText('unitLevel', lang) }, shown: () => byParent && subjects !== 'members', cell: (t, row) => ownLevel(t, row, lang), own: true },
    { column: { header: reportText('total', lang), align: 'right' }, cell: (t) => formatNumber(t.total, lang) },
    { column: { header: `${reportText('rated', lang)} (1)`, align: 'right' }, cell: (t) => share(t.ofTotal.rated, t) },
    { column: { header: `${reportText('exempt', lang)} (1)`, align: 'right' }, shown: any((t) => t.ofTotal.exempt.count), cell: (t) => share(t.ofTotal.exempt, t) },
    { column: { header: `${reportText('notReviewed', lang)} (1)`, align: 'right' }, shown: any((t) => t.ofTotal.notReviewed.count), cell: (t) => share(t.ofTotal.notReviewed, t) },
    { column: { header: `${reportText('noBasis', lang)} (1)`, align: 'right' }, shown: any((t) => t.ofTotal.noBasis.count), cell: (t) => share(t.ofTotal.noBasis, t) },
    ...LEVELS.map((l): LevelColumn => ({ column: { header: `${l} (2)`, align: 'right' }, cell: (t) => share(t.levels[l], t) })),
    { column: { header: `${reportText('httnvOrBetter', lang)} (2)`, align: 'right' }, cell: (t) => share(t.httnvOrBetter, t) },
    { column: { header: reportText('overHttnv', lang), align: 'right' }, cell: (t) => formatPercent(t.htxsnvShare[0].percent, lang, t.decimals) },
    { column: { header: reportText('overHttnvOrBetter', lang), align: 'right' }, cell: (t) => formatPercent(t.htxsnvShare[1].percent, lang, t.decimals) },
    { column: { header: reportText('reasons', lang) }, shown: any((t) => t.notRated), cell: (t) => reasonsText(t, lang) },
  ];
  return columns;
}

function ownLevel(t: Tally, row: RollUpRow, lang: ReportLang): string {
  if (!countsItself(t, row)) return '';
  if (row.level !== undefined && row.level !== null) return row.level;
  const reason = t.notRatedReasons[0];
  return alone(t, row) && reason !== undefined ? `${reportText('notRated', lang)}: ${reasonLabel(reason.code, lang)}` : '–';
}

/** The reasons for not rating, each with its count when there are several (a lone reason repeats no count). */
function reasonsText(t: Tally, lang: ReportLang): string {
  if (t.notRated === 0) return '';
  if (t.notRatedReasons.length === 1) return reasonLabel(t.notRatedReasons[0]!.code, lang);
  return t.notRatedReasons.map((r) => `${reasonLabel(r.code, lang)} ${formatNumber(r.count, lang)}`).join('; ');
}

function levelTable(rows: readonly RollUpRow[], subjects: TallySubjects, lang: ReportLang, by: RollUp['by']): string[] {
  const body: { row: RollUpRow; t: Tally }[] = [];
  for (const row of rows) {
    const t = row.tallies.find((x) => x.subjects === subjects);
    if (t && t.total > 0) body.push({ row, t });
  }
  if (body.length === 0) return [];
  const tallies = body.map((b) => b.t);
  const columns = levelColumns(subjects, lang, by).filter((c) => c.shown === undefined || c.shown(tallies));
  return renderGrid(
    columns.map((c) => c.column),
    // A row that is one organization alone states its level, not counts of one.
    body.map(({ row, t }) => columns.map((c) => (c.own === true || !alone(t, row) ? c.cell(t, row) : ''))),
  );
}

function notReviewedLines(year: YearRollUp, lang: ReportLang): string[] {
  if (year.notReviewed.length === 0) return [];
  return [
    '',
    `${reportText('notReviewedList', lang)} (${formatNumber(year.notReviewed.length, lang)}):`,
    ...year.notReviewed.map((m) => `- ${m.name} (${m.id}), ${m.orgName}: ${m.reason[lang]}`),
  ];
}

/**
 * A roll-up as text tables: for each year, one table per kind of subject (TCCSĐ, chi bộ…,
 * members; a table with nobody in it is left out), a row per organization (indented by depth),
 * kind or type. Rated, exempt and not reviewed are shares of the total (1); each level,
 * HTTNV-or-better as `count (percent)` of those rated (2); the HTXSNV share over exactly-HTTNV
 * (the quota base) and over HTTNV-and-above. A row that is one organization alone (a TCCSĐ in
 * the TCCSĐ table) states its own level. Then the members not reviewed, with their reasons.
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
      const grid = levelTable(year.rows, subjects, lang, table.by);
      if (grid.length === 0) continue;
      lines.push('', `${reportText('year', lang)} ${year.year} — ${subjectsLabel(subjects, lang)}`, ...grid);
    }
    lines.push(`${reportText('ofTotalNote', lang)}; ${reportText('ofRatedNote', lang)}.`);
    lines.push(...notReviewedLines(year, lang));
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

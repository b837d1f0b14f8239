/**
 * Roll-ups and their outputs: the year-end summary tables of one or more results (counts and
 * percentages per level, per organization and its tree, per kind), and the renderers (src/render)
 * of roll-ups and programme evaluations — text tables, CSV (csv-stringify), and the
 * self-contained HTML report. Pure string building: runs in Node, browsers and workers. The
 * subpath `xeploai/report`. A programme is read and evaluated with `xeploai/programme`; its
 * evaluation is rendered here (`programmeTable`, `programmeCsv`, `renderHtmlReport`).
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { rollUp, rollUpTable } from 'xeploai/report';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * rollUpTable(rollUp([result])).length > 0; // true
 * ```
 *
 * @module xeploai/report
 */
export * from './types.js';
export {
  ROUNDINGS,
  MAX_DECIMALS,
  percentHalfUp,
  percentTruncate,
  percentOf,
  percentsLargestRemainder,
  percentsOf,
  rationalOf,
  compareRational,
  roundRational,
  type Rounding,
  type Rational,
} from './percent.js';
export { rollUp, TOTAL_ROW_ID, TYPE_ROW_NAMES, UNTYPED_ROW_ID } from './rollUp.js';
export { notRatedReason } from './tally.js';
export { isTccsdKind } from './yearData.js';
export { RESULT_FORMAT, parseResultDocument, safeParseResultDocument } from './resultDocument.js';
export { countLevels } from '../evaluate/summary.js';
export {
  formatNumber,
  formatPercent,
  formatValue,
  formatTarget,
  statusLabel,
  onTrackLabel,
  subjectsLabel,
  typeLabel,
  reasonLabel,
  levelName,
  reportText,
  type ReportLang,
  type ReportTextKey,
} from '../render/labels.js';
export { rollUpCsv, programmeCsv, spreadsheetText, type CsvOptions } from '../render/csv.js';
export { rollUpTable, programmeTable } from '../render/table.js';
export { escapeHtml, levelsChartSvg, indicatorChartSvg, niceAxis, LEVEL_COLOURS, type LevelBar } from '../render/charts.js';
export { renderHtmlReport, type HtmlReportInput } from '../render/html.js';

/**
 * Outputs of roll-ups and programme evaluations: text tables, CSV (csv-stringify), and the
 * self-contained HTML report. Pure string building: runs in Node, browsers and workers.
 * The subpath `xeploai/report`, which also exports the roll-up (src/report) and re-exports the
 * programme API of `xeploai/programme`, so one import renders what it computes.
 *
 * @module xeploai/report
 */
export * from '../report/index.js';
export * from '../programme/index.js';
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
} from './labels.js';
export { rollUpCsv, programmeCsv, spreadsheetText, type CsvOptions } from './csv.js';
export { rollUpTable, programmeTable } from './table.js';
export { escapeHtml, levelsChartSvg, indicatorChartSvg, niceAxis, LEVEL_COLOURS, type LevelBar } from './charts.js';
export { renderHtmlReport, type HtmlReportInput } from './html.js';

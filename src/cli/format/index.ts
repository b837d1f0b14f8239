/**
 * The output formats of `xeploai evaluate`, by name. A new format (ndjson, csv, html) is one
 * more entry here and one more module beside this one.
 *
 * @module
 */
import type { ReviewResult } from '../../rules/types.js';
import { formatCsv, formatHtml } from './csv.js';
import { formatJson, formatJsonParts } from './json.js';
import { formatNdjson } from './ndjson.js';
import type { Lang } from './labels.js';
import { formatTable, type ReviewNames } from './table.js';

/**
 * What a format may use besides the result.
 *
 * @example
 * ```ts
 * const ctx: FormatContext = { review: { organizations: [], members: [] }, lang: 'vi', color: false, defaults: {} };
 * ```
 */
export interface FormatContext {
  /** The review input, for names (the result carries ids only). */
  readonly review: ReviewNames | undefined;
  readonly lang: Lang;
  readonly color: boolean;
  /** Default settings of the rule set used. */
  readonly defaults: ResultDefaults;
  /** The terminal width to fit tables and lines to (`terminalWidth`); none for a file or a pipe. */
  readonly width?: number;
}

type ResultDefaults = ReviewResult['settings'];

/**
 * An output format: turns a whole result into text.
 *
 * @example
 * ```ts
 * const upper: ResultFormat = { name: 'ids', description: 'member ids', render: (r) => r.members.map((m) => m.id).join('\n') };
 * ```
 */
export interface ResultFormat {
  readonly name: string;
  readonly description: string;
  render(result: ReviewResult, ctx: FormatContext): string;
  /** The same text in parts, for a result too large for one string (see `formatJsonParts`). */
  renderParts?(result: ReviewResult, ctx: FormatContext): Iterable<string>;
}

/**
 * The formats `--format` accepts, in the order the help lists them.
 *
 * @example
 * ```ts
 * RESULT_FORMATS.map((f) => f.name); // ['table', 'json', 'ndjson', 'csv', 'html']
 * ```
 */
export const RESULT_FORMATS: readonly ResultFormat[] = [
  {
    name: 'table',
    description: 'tables for reading in a terminal (default)',
    render: (result, ctx) => formatTable(result, ctx.review, { lang: ctx.lang, color: ctx.color, defaults: ctx.defaults, ...(ctx.width === undefined ? {} : { width: ctx.width }) }),
  },
  { name: 'json', description: 'the result document xeploai/result@1', render: (result) => formatJson(result), renderParts: (result) => formatJsonParts(result) },
  { name: 'ndjson', description: 'one line per entry, written as computed (docs/guides/formats.md §4)', render: (result) => formatNdjson(result) },
  { name: 'csv', description: 'one row per organization, head and member', render: (result, ctx) => formatCsv(result, ctx.review, ctx.lang) },
  { name: 'html', description: 'the HTML report of the evaluation (roll-up)', render: (result, ctx) => formatHtml(result, ctx.review, ctx.lang) },
];

/**
 * The format with this name, or `undefined`.
 *
 * @example
 * ```ts
 * findResultFormat('json')?.name; // 'json'
 * ```
 */
export function findResultFormat(name: string): ResultFormat | undefined {
  return RESULT_FORMATS.find((f) => f.name === name);
}

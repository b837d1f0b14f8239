/**
 * Roll-ups: the year-end summary tables of one or more results (counts and percentages per
 * level, per organization and its tree, per kind). Exported by the subpath `xeploai/report`
 * with the renderers (src/render).
 *
 * @module
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

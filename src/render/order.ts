/**
 * What the report outputs share about the tables of a roll-up.
 *
 * @module
 */
import type { RollUpRow, Tally, TallySubjects } from '../report/types.js';
import { isTccsdKind } from '../report/yearData.js';
import { reportText, subjectsLabel, typeLabel, type ReportLang } from './labels.js';

/**
 * The kinds of subject a year's rows count, in the order tables print them: organizations first,
 * as the report forms do, members last.
 *
 * @example
 * ```ts
 * subjectsOrder([{ id: 'cb', name: 'cb', row: 'organization', depth: 0, tallies: [] }]); // []
 * ```
 */
export function subjectsOrder(rows: readonly RollUpRow[]): TallySubjects[] {
  const seen = new Set<TallySubjects>();
  for (const row of rows) for (const t of row.tallies) seen.add(t.subjects);
  return [...[...seen].filter((s) => s !== 'members'), ...[...seen].filter((s) => s === 'members')];
}

/**
 * Whether a tally counts the row's own organization (a TCCSĐ row in the TCCSĐ table, a chi bộ row
 * in the chi bộ table): that row can state the organization's own level.
 *
 * @example
 * ```ts
 * // countsItself(tccsdTally, rowOfXaAnBinh) === true
 * ```
 */
export function countsItself(t: Tally, row: RollUpRow): boolean {
  if (row.kind === undefined || t.subjects !== (isTccsdKind(row.kind) ? 'tccsd' : row.kind)) return false;
  // A superior is counted only when rated (see rollUp): unrated, its table counts the others alone.
  return row.kind !== 'cap-tren' || (row.level !== undefined && row.level !== null);
}

/**
 * Whether a tally counts the row's organization alone (a TCCSĐ with no other TCCSĐ below it): the
 * row states its level instead of counts of one.
 *
 * @example
 * ```ts
 * // alone(tccsdTally, rowOfChiBoCoSo) === true
 * ```
 */
export function alone(t: Tally, row: RollUpRow): boolean {
  return row.row === 'organization' && t.total === 1 && countsItself(t, row);
}

/**
 * The name a row prints: an organization's own name; a kind, a type or the total in the
 * report's language.
 *
 * @example
 * ```ts
 * rowLabel({ id: 'cong-an', name: 'Công an', row: 'type', depth: 1, tallies: [] }, 'en'); // 'Police'
 * ```
 */
export function rowLabel(row: RollUpRow, lang: ReportLang): string {
  if (row.row === 'type') return typeLabel(row.id, lang);
  if (row.row === 'kind') return subjectsLabel(row.id as TallySubjects, lang);
  if (row.row === 'total') return reportText('grandTotal', lang);
  return row.name;
}

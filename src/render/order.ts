/**
 * What the report outputs share about the tables of a roll-up.
 *
 * @module
 */
import type { RollUpRow, TallySubjects } from '../report/types.js';

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

/**
 * Where a subject's level starts: score or criteria, else the proposal (docs/guides/formats.md §1 "Where the level comes from").
 * The grading tables and their cite are rule-set data (`GradingTable`).
 *
 * @module
 */
import type { Level } from '../../levels.js';
import type { Criteria } from '../../model/index.js';
import type { Finding } from '../types.js';
import { gradeCriteria } from './grading.js';
import { makeFinding } from './findings.js';
import type { GradingTable } from './params.js';


/**
 * The level indicated before any ceiling, where it came from, and the findings that explain it.
 *
 * @example
 * ```ts
 * const b: Basis = { level: 'HTTNV', source: 'criteria', findings: [] };
 * ```
 */
export interface Basis {
  readonly level: Level;
  readonly source: 'criteria' | 'score' | 'proposal';
  readonly score?: number;
  readonly findings: readonly Finding[];
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * The basis from criteria under a grading table; a Kém criterion gives KHTNV with its finding.
 *
 * @example
 * ```ts
 * // criteriaBasis({ results: 'tot', ethics: 'kem' }, table, 'members[0].criteria').level === 'KHTNV'
 * ```
 */
export function criteriaBasis(criteria: Criteria, table: GradingTable, path: string): Basis {
  const outcome = gradeCriteria(criteria, table);
  if (outcome.kem !== undefined) {
    return { level: 'KHTNV', source: 'criteria', findings: [makeFinding('criterion-kem', 'cap', table.kem, { cap: 'KHTNV', path: `${path}.${outcome.kem}` })] };
  }
  if (outcome.level === 'KHTNV') {
    return { level: 'KHTNV', source: 'criteria', findings: [makeFinding('criteria-below-htnv', 'cap', table.belowAll, { cap: 'KHTNV', path })] };
  }
  // A row that rests on an assumption (e.g. QĐ 132's HTTNV/HTNV rows for members, read by
  // parallel structure) must not change a level silently: say which row gave the basis.
  const row = table.rows.find((r) => r.level === outcome.level);
  if (row !== undefined && row.rule.assumption) {
    return { level: outcome.level, source: 'criteria', findings: [makeFinding('criteria-row-assumed', 'info', row.rule, { path })] };
  }
  return { level: outcome.level, source: 'criteria', findings: NO_FINDINGS };
}

/**
 * The basis from the proposal alone (no criteria, no score).
 *
 * @example
 * ```ts
 * import { proposalBasis } from 'xeploai/rules';
 * proposalBasis('HTTNV').source; // 'proposal'
 * ```
 */
export function proposalBasis(level: Level): Basis {
  return { level, source: 'proposal', findings: NO_FINDINGS };
}

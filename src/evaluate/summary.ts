/**
 * Counts per level for the result summary.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { LevelCounts } from '../rules/types.js';

/**
 * Counts rated and not-rated subjects and each level.
 *
 * @example
 * ```ts
 * import { countLevels } from 'xeploai/report';
 * countLevels([{ level: 'HTTNV' }, { level: null }]); // { rated: 1, notRated: 1, HTXSNV: 0, HTTNV: 1, HTNV: 0, KHTNV: 0 }
 * ```
 */
export function countLevels(results: Iterable<{ readonly level: Level | null }>): LevelCounts {
  const counts: LevelCounts = { rated: 0, notRated: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  for (const r of results) {
    if (r.level === null) counts.notRated++;
    else {
      counts.rated++;
      counts[r.level]++;
    }
  }
  return counts;
}

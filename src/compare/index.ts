/**
 * Comparing rule sets: the same review under several rule sets (`compareRuleSets`) and the
 * difference of two rule sets' data (`diffRuleSets`). The subpath `xeploai/compare`.
 *
 * @module xeploai/compare
 */
export * from './compare.js';
export * from './diff.js';

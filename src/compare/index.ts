/**
 * Comparing rule sets: the same review under several rule sets (`compareRuleSets`) and the
 * difference of two rule sets' data (`diffRuleSets`).
 *
 * @module
 */
export * from './compare.js';
export * from './diff.js';

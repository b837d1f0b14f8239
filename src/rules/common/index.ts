/**
 * Mechanisms shared by every rule set, for apps that build their own rule sets.
 *
 * @module
 */
export * from './basis.js';
export * from './byYear.js';
export * from './discipline.js';
export * from './findings.js';
export * from './grading.js';
export * from './leader.js';
export * from './linkage.js';
export * from './member.js';
export * from './organization.js';
export * from './params.js';
export * from './tasks.js';
export * from './facts.js';
export * from './cases.js';
export * from './inherit.js';
export * from './leaderCases.js';
export * from './posts.js';
export * from './score.js';

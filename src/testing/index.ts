/**
 * `xeploai/testing` — build test reviews, run case tables under any rule set (built-in or your
 * province's), and assert levels and findings with messages a committee member can read. Pure
 * (no Node APIs, no test runner dependency): works in vitest, jest, `node:test` and browsers.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { evaluateWith, expectFinding, expectLevel, review } from 'xeploai/testing';
 * const result = evaluateWith(getRuleSet('qd124-2023'), review(2024).member({
 *   name: 'Vũ Thị Lan', criteria: { results: 'tot' }, disciplines: [{ form: 'canh-cao', decidedOn: '2024-08-20' }],
 * }));
 * expectLevel(result, 'dv-1', 'KHTNV');
 * expectFinding(result, 'dv-1', 'discipline-in-year').cite.article; // 'Điều 12, khoản 4, điểm 4.3 d'
 * ```
 *
 * @module xeploai/testing
 */
export * from './builder.js';
export * from './records.js';
export * from './results.js';
export * from './expect.js';
export * from './evaluate.js';
export * from './caseTable.js';

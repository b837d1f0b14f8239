/**
 * xeploai — kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên, as typed,
 * cited, tested rules. The public API re-exports only; the CLI lives in `xeploai` (bin).
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * result.ruleSet.id; // 'qd124-2023'
 * ```
 *
 * @module xeploai
 */
export * from './levels.js';
export * from './errors.js';
export * from './model/index.js';
export * from './rules/types.js';
export * from './rules/settings.js';
export * from './rules/registry.js';
export * from './rules/extend.js';
export * from './rules/common/index.js';
export * from './evaluate/index.js';
export * from './check/index.js';
export * from './compare/index.js';
export * from './score/index.js';
export * from './period/index.js';
export * from './report/index.js';
export * from './programme/index.js';

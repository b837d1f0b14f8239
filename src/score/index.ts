/**
 * Score sheets (bảng chấm điểm) for the 100-point rule sets: define and validate a sheet, mark
 * a subject against it, and the built-in QĐ 366 sheets. The subpath `xeploai/score`.
 *
 * @module xeploai/score
 */
export * from './builtin.js';
export * from './marks.js';
export * from './sheet.js';
export * from './tenths.js';

/**
 * Score sheets (bảng chấm điểm) for the 100-point rule sets: define and validate a sheet, mark
 * a subject against it, and the built-in QĐ 366 sheets. A possible subpath `xeploai/score`.
 *
 * @module
 */
export * from './builtin.js';
export * from './marks.js';
export * from './sheet.js';
export * from './tenths.js';

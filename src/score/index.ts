/**
 * Score sheets (bảng chấm điểm) for the 100-point rule sets: the frame and general-criteria
 * parts of each QĐ 366 subject group, define and validate a sheet, check it against a group,
 * mark a subject against it, and the built-in QĐ 366 sheets. The subpath `xeploai/score`.
 *
 * @module xeploai/score
 */
export * from './qd366Sheets.js';
export * from './check.js';
export * from './frames.js';
export * from './marks.js';
export * from './sheet.js';
export * from './tenths.js';
export * from './types.js';

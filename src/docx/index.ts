/**
 * Word out (`xeploai/docx`, on the docx library): the roll-up and the programme evaluation as A4
 * documents with tables, ready to paste into the year-end report. Bytes out (no file system): it
 * runs in Node and in browsers.
 *
 * @module xeploai/docx
 */
export { writeReportDocument, writeProgrammeDocument, type DocumentOptions } from './document.js';

/**
 * Streaming evaluation of NDJSON reviews (docs/guides/formats.md §1, NDJSON): a pure core, no I/O. The CLI
 * feeds it lines from a file and writes its records.
 *
 * @module xeploai/stream
 */
export { LineSplitter, splitLines, isBlankLine, type NumberedLine } from './lines.js';
export { lineIssueToInputIssue, MAX_LINE_ISSUES, type LineIssue } from './issues.js';
export { parseHeaderLine, parseEntryLine, type StreamOptions, type StreamHeader, type StreamEntry } from './parse.js';
export { memorySpool, type Spool, type SpoolFactory, type SpoolOptions } from './spool.js';
export { IdFingerprints, memoryFingerprintStore, type FingerprintStore, type FingerprintRun } from './idset.js';
export { OrganizationTable } from './aggregates.js';
export { NdjsonEvaluator, type StreamRecord, type ResultHeader, type StreamEvaluatorOptions } from './evaluator.js';
export { ndjsonLine, memberRenderer, memberSeparator, JsonResultWriter } from './output.js';
export { OutcomePacker, forEachOutcome, packedBuffers, type PackedOutcomes, type PackedExtra } from './packed.js';
export { evaluateNdjson, collectResult } from './run.js';

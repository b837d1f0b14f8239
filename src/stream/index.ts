/**
 * Streaming evaluation of NDJSON reviews (docs/guides/formats.md §1, NDJSON): a pure core, no I/O. The CLI
 * feeds it lines from a file and writes its records. An app gives `evaluateNdjson` the text (or
 * chunks of it), or feeds an `NdjsonEvaluator` lines and reads its records; where long runs keep
 * their spill-over (`Spool`, `FingerprintStore`) is the app's to choose, in memory by default.
 * The worker-thread protocol the CLI uses for national runs is not part of this API.
 *
 * @module xeploai/stream
 */
export { LineSplitter, splitLines, isBlankLine, type NumberedLine } from './lines.js';
export { lineIssueToInputIssue, MAX_LINE_ISSUES, type LineIssue } from './issues.js';
export { parseHeaderLine, parseEntryLine, type StreamOptions, type StreamHeader, type StreamEntry } from './parse.js';
export { memorySpool, type Spool, type SpoolFactory, type SpoolOptions } from './spool.js';
export { memoryFingerprintStore, type FingerprintStore, type FingerprintRun } from './idset.js';
export { NdjsonEvaluator, type StreamRecord, type ResultHeader, type StreamEvaluatorOptions } from './evaluator.js';
export { ndjsonLine, JsonResultWriter } from './output.js';
export { evaluateNdjson, collectResult } from './run.js';

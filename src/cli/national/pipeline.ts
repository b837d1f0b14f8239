/**
 * `xeploai evaluate FILE.ndjson`: the streaming run, in this thread or, for a large file, with
 * worker threads (workers.ts). Lines are read in 1 MB chunks and fed to the evaluator; `ndjson`
 * and `json` output is written as it is computed into a temporary file (scratch.ts), which
 * becomes the output only once the whole input proved valid (renamed over `--out`, or copied to
 * stdout). Invalid input: exit 2, every problem as `line N: path: message`, nothing written.
 *
 * @module
 */
import { findRuleSet } from '../../rules/registry.js';
import { defaultSettings } from '../../rules/settings.js';
import type { Member, Organization } from '../../model/types.js';
import { NdjsonEvaluator, type StreamRecord } from '../../stream/evaluator.js';
import { JsonResultWriter, ndjsonLine } from '../../stream/output.js';
import { collectResult } from '../../stream/run.js';
import { CliError } from '../exit.js';
import { terminalWidth } from '../format/fit.js';
import { findResultFormat } from '../format/index.js';
import type { Lang } from '../format/labels.js';
import { fileErrorReason, useColor, WriteError, type CliIo } from '../io.js';
import { formatCount, type Progress } from '../progress.js';
import { fileSize, readFileLines } from '../readLines.js';
import { heapKeptTight, keepHeapTight } from './runtime.js';
import { PendingOutput, ScratchDir } from './scratch.js';
import { readParallel, workerCount } from './workers.js';

/**
 * What the streaming run needs from the command line.
 *
 * @example
 * ```ts
 * const args: StreamArgs = { file: 'national.ndjson', format: 'ndjson', settings: {}, lang: 'vi' };
 * ```
 */
export interface StreamArgs {
  readonly file: string;
  readonly format: string;
  readonly out?: string;
  readonly ruleSet?: string;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly lang: Lang;
  /** The input as named on the command line, when `file` is a copy of it (a pipe, a FIFO). */
  readonly label?: string;
}

function isSystemError(error: unknown): boolean {
  const code: unknown = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

function readError(file: string, error: unknown): CliError {
  if (error instanceof WriteError) return writeError(error);
  return new CliError(`${file}: cannot read: ${fileErrorReason(error)}`);
}

function writeError(error: WriteError): CliError {
  return new CliError(`${error.target}: cannot write: ${fileErrorReason(error.cause)}`);
}

/**
 * Evaluates an NDJSON review file. `json` and `ndjson` stream; other formats (a table) need the
 * whole result and the names, so they keep them.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * await runNdjson({ file: 'national.ndjson', format: 'ndjson', out: 'result.ndjson', settings: {}, lang: 'vi' }, io, undefined);
 * ```
 */
export async function runNdjson(args: StreamArgs, io: CliIo, progress: Progress | undefined): Promise<void> {
  const format = findResultFormat(args.format);
  if (format === undefined) throw new CliError(`unknown --format ${args.format}`);
  const label = args.label ?? args.file;
  const scratch = new ScratchDir();
  let output: PendingOutput | undefined;
  try {
    try {
      output = new PendingOutput(args.out, io.cwd, scratch);
    } catch (error) {
      throw new CliError(`${args.out ?? 'stdout'}: cannot write: ${fileErrorReason(error)}`);
    }
    const out = output;
    const streaming = args.format === 'ndjson' || args.format === 'json';
    const records: StreamRecord[] = [];
    const names = { organizations: [] as Organization[], members: [] as Member[] };
    const json = new JsonResultWriter((text) => out.write(text));
    const sink = args.format === 'ndjson' ? (r: StreamRecord) => out.write(ndjsonLine(r)) : args.format === 'json' ? (r: StreamRecord) => json.write(r) : (r: StreamRecord) => void records.push(r);
    const evaluator = new NdjsonEvaluator(
      {
        ...(args.ruleSet !== undefined ? { ruleSet: args.ruleSet } : {}),
        ...(Object.keys(args.settings).length > 0 ? { settings: args.settings } : {}),
        spools: scratch.spools(),
        fingerprints: scratch.fingerprints(),
        ...(streaming ? {} : { onEntry: (e) => void (e.kind === 'member' ? names.members.push(e.value) : names.organizations.push(e.value)) }),
      },
      sink,
    );
    const jobs = streaming ? workerCount(fileSize(args.file, io.cwd), io.env) : 0;
    try {
      if (jobs > 0) {
        if (!heapKeptTight()) keepHeapTight(); // later than at start-up, it still bounds old space
        await readParallel(args.file, io.cwd, evaluator, jobs, {
          format: args.format === 'json' ? 'json' : 'ndjson',
          options: { ...(args.ruleSet !== undefined ? { ruleSet: args.ruleSet } : {}), ...(Object.keys(args.settings).length > 0 ? { settings: args.settings } : {}) },
          onProgress: (bytes) => progress?.update(bytes, evaluator.members),
        });
      } else {
        await readFileLines(args.file, io.cwd, (text, n) => evaluator.line(text, n), {
          onChunk: (bytes) => progress?.update(bytes, evaluator.members),
          stop: () => evaluator.full,
        });
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('xeploai worker:')) throw error;
      throw readError(label, error);
    }
    if (evaluator.end().needsReread) {
      progress?.note(args.lang === 'vi' ? 'đang kiểm tra lại mã đảng viên (trùng dấu vân tay)' : 'checking member ids again (a repeated fingerprint)');
      try {
        await readFileLines(args.file, io.cwd, (text, n) => evaluator.reread(text, n));
      } catch (error) {
        throw readError(label, error);
      }
    }
    progress?.note(args.lang === 'vi' ? `đã xếp loại ${formatCount(evaluator.members)} đảng viên; đang xếp loại tổ chức, người đứng đầu và kiểm tra đơn vị` : `${formatCount(evaluator.members)} members rated; rating organizations and heads, checking units`);
    evaluator.finish();
    if (!streaming) {
      const result = collectResult(records);
      const ruleSet = findRuleSet(result.ruleSet.id);
      out.write(format.render(result, { review: names, lang: args.lang, color: args.out === undefined && useColor(io), defaults: ruleSet ? defaultSettings(ruleSet) : {}, ...(args.out === undefined && terminalWidth(io) !== undefined ? { width: terminalWidth(io)! } : {}) }));
    }
    progress?.finish(`${formatCount(evaluator.members)} ${args.lang === 'vi' ? 'đảng viên trong' : 'members in'} ${(progress.elapsed / 1000).toFixed(1)} s`);
    try {
      out.commit(io.stdout);
    } catch (error) {
      throw new CliError(`${args.out ?? 'stdout'}: cannot write: ${fileErrorReason(error)}`);
    }
    output = undefined;
  } catch (error) {
    // Spools and output live on disk: a full or failing disk anywhere after reading is a write
    // error of this run (exit 2), not a bug. Read errors are already reported as such.
    if (error instanceof WriteError) throw writeError(error);
    if (!(error instanceof CliError) && isSystemError(error)) throw new CliError(`${args.out ?? 'stdout'}: cannot write: ${fileErrorReason(error)}`);
    throw error;
  } finally {
    output?.discard();
    progress?.finish();
    scratch.close();
  }
}

/**
 * The command line once the process is set up (see main.ts, which loads this module only then):
 * dispatch to a command, and turn every failure into a message on stderr and an exit code.
 *
 * @module
 */
import { formatIssues, type InputIssue } from '../errors.js';
import { escapeControlsInLines } from '../text/escape.js';
import { usageError } from './args.js';
import { cleanUpOnSignals } from './cleanup.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { globalHelp } from './help.js';
import { fileErrorReason, nodeIo, type CliIo } from './io.js';
import { readVersion } from './version.js';

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(globalHelp(COMMANDS));
    return EXIT.INVALID;
  }
  if (first === '-h' || first === '--help') {
    io.stdout(globalHelp(COMMANDS));
    return EXIT.OK;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${await readVersion()}\n`);
    return EXIT.OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(globalHelp(COMMANDS));
      return EXIT.OK;
    }
    const command = findCommand(topic);
    if (!command) throw usageError(undefined, `unknown command ${JSON.stringify(topic)}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    io.stdout(command.help);
    return EXIT.OK;
  }
  if (first.startsWith('-')) throw usageError(undefined, `unknown option ${JSON.stringify(first)}`);
  const command = findCommand(first);
  if (!command) throw usageError(undefined, `unknown command ${JSON.stringify(first)}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  return command.run(rest, io);
}

function inputIssues(error: unknown): readonly InputIssue[] | undefined {
  // Duck-typed rather than `instanceof`, so an XeploaiError from another copy of the library counts too.
  if (error instanceof Error && error.name === 'XeploaiError') {
    const issues = (error as { issues?: unknown }).issues;
    if (Array.isArray(issues)) return issues as InputIssue[];
  }
  return undefined;
}

/** Input problems printed at most; the rest are counted (a file can have millions). */
const MAX_PRINTED_ISSUES = 1000;

function report(error: unknown, io: CliIo): ExitCode {
  // Messages quote the input (names, file names): its control characters are shown escaped.
  if (error instanceof CliError) {
    io.stderr(`${escapeControlsInLines(error.message)}\n`);
    return error.exitCode;
  }
  const issues = inputIssues(error);
  if (issues) {
    const more = issues.length - MAX_PRINTED_ISSUES;
    const shown = more > 0 ? issues.slice(0, MAX_PRINTED_ISSUES) : issues;
    io.stderr(`${escapeControlsInLines(formatIssues(shown))}\n${more > 0 ? `… and ${more} more problems (${issues.length} in all)\n` : ''}`);
    return EXIT.INVALID;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (io.env['XEPLOAI_DEBUG'] === '1' && error instanceof Error && error.stack) {
    io.stderr(`xeploai: internal error: ${error.stack}\n`);
  } else {
    io.stderr(`xeploai: internal error: ${escapeControlsInLines(message)}\n(set XEPLOAI_DEBUG=1 to see the stack; please report this)\n`);
  }
  return EXIT.INTERNAL;
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code; never
 * throws. The process must be set up first (`setUpRuntime`): `main` does both.
 *
 * @example
 * ```ts
 * let out = '';
 * const code = await runCommandLine(['--version'], { stdout: (s) => { out += s; }, stderr: () => {}, stdoutIsTTY: false, env: {}, cwd: process.cwd() });
 * // code === 0, out === '0.1.0\n'
 * ```
 */
export async function runCommandLine(argv: readonly string[], io: CliIo = nodeIo()): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}

/**
 * What the `xeploai` process does besides running the command: temporary files and folders go
 * when the run is interrupted (exit code 128 + signal), a closed stdout pipe ends the run quietly,
 * and any other stdout failure is a write error (exit 2).
 *
 * @example
 * ```ts
 * declare const isBin: boolean;
 * if (isBin) guardProcess();
 * ```
 */
export function guardProcess(): void {
  cleanUpOnSignals();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`xeploai evaluate … | head`) is not an error.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Any other failure (`> /dev/full`: no space left) is a write error: exit 2, one line.
    process.stderr.write(`stdout: cannot write: ${fileErrorReason(error)}\n`);
    process.exit(EXIT.INVALID);
  });
}

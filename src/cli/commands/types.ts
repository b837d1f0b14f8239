/**
 * The shape of a CLI command.
 *
 * @module
 */
import type { ExitCode } from '../exit.js';
import type { CliIo } from '../io.js';

/**
 * A subcommand of `xeploai`: its name, a one-line summary for the global help, its own help,
 * and `run`, which returns the exit code (and throws `CliError` or `XeploaiError` for exit 2).
 *
 * @example
 * ```ts
 * const hello: Command = { name: 'hello', synopsis: '', summary: 'say hello', help: 'Usage: xeploai hello\n', run: async (_args, io) => { io.stdout('xin chào\n'); return 0; } };
 * ```
 */
export interface Command {
  readonly name: string;
  /** `FILE [options]` as shown after the name in the global help. */
  readonly synopsis: string;
  readonly summary: string;
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}

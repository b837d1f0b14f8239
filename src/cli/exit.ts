/**
 * Exit codes of the CLI and the error that carries one.
 *
 * @module
 */

/**
 * Exit codes: `OK` 0; `CHECK_FAILED` 1 (a `check` found a problem); `INVALID` 2 (invalid input
 * or usage: nothing is written to stdout or `--out`); `INTERNAL` 70 (a bug: EX_SOFTWARE).
 *
 * @example
 * ```ts
 * EXIT.INVALID; // 2
 * ```
 */
export const EXIT = { OK: 0, CHECK_FAILED: 1, INVALID: 2, INTERNAL: 70 } as const;

/** One of the exit codes. @example `const code: ExitCode = EXIT.OK;` */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An expected failure with a one-line message for stderr (a usage error, an unreadable or
 * malformed file): never printed with a stack.
 *
 * @example
 * ```ts
 * throw new CliError('review.json: invalid JSON: the file is empty');
 * ```
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Add a hint to run `--help` after the message. */
  readonly showUsage: boolean;

  constructor(message: string, options: { exitCode?: ExitCode; showUsage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT.INVALID;
    this.showUsage = options.showUsage ?? false;
  }
}

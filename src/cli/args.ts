/**
 * Command-line parsing on top of `node:util` `parseArgs`, with its errors turned into usage
 * errors (exit 2) that point to the command's help.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseSettingAssignment } from '../rules/settings.js';
import { CliError } from './exit.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseCommandArgs` returns for options `O`: typed `values` and the `positionals`. @example `type P = ParsedCommandArgs<{ out: { type: 'string' } }>; // P['values']['out']: string | undefined` */
export type ParsedCommandArgs<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/**
 * Parses `args` strictly (unknown options are errors) and allows positionals.
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs('evaluate', ['a.json', '--format', 'json'], {
 *   format: { type: 'string' },
 * });
 * values.format; // 'json'
 * positionals; // ['a.json']
 * ```
 */
export function parseCommandArgs<const O extends Options>(command: string, args: readonly string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's wording differs between versions: name the option ourselves where we can.
    const option = /'([^']+)'/.exec(message)?.[1];
    if ((error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
      throw usageError(command, `unknown option ${JSON.stringify(option)}`);
    }
    throw usageError(command, message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/**
 * A usage error for `command`, ending with a pointer to its help.
 *
 * @example
 * ```ts
 * usageError('evaluate', 'missing FILE').message;
 * // "xeploai evaluate: missing FILE\nRun 'xeploai evaluate --help' for usage."
 * ```
 */
export function usageError(command: string | undefined, message: string): CliError {
  const name = command ? `xeploai ${command}` : 'xeploai';
  return new CliError(`${name}: ${message}\nRun '${name} --help' for usage.`);
}

/**
 * The `--set NAME=VALUE` options of a command as a settings object. Each name becomes an own
 * property (even `__proto__`), so an unknown or forbidden name reaches validation and is refused
 * with its path rather than silently dropped.
 *
 * @example
 * ```ts
 * settingsFromArgs('evaluate', ['headCap=cap', 'quotaPercent=25']); // { headCap: 'cap', quotaPercent: 25 }
 * ```
 */
export function settingsFromArgs(command: string, assignments: readonly string[] | undefined): Record<string, string | number | boolean> {
  const settings: Record<string, string | number | boolean> = {};
  for (const assignment of assignments ?? []) {
    if (!assignment.includes('=') || assignment.startsWith('=')) throw usageError(command, `--set ${JSON.stringify(assignment)}: expected NAME=VALUE, e.g. --set headCap=cap`);
    const [name, value] = parseSettingAssignment(assignment);
    Object.defineProperty(settings, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return settings;
}

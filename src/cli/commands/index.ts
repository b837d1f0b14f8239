/**
 * The commands of `xeploai`, by name. A new command (check, report, programme) is a module in
 * this folder and one entry in `COMMANDS`.
 *
 * @module
 */
import { checkCommand } from './check.js';
import { convertCommand } from './convert.js';
import { diffCommand } from './diff.js';
import { programmeCommand } from './programme.js';
import { reportCommand } from './report.js';
import { evaluateCommand } from './evaluate.js';
import { templateCommand } from './template.js';
import type { Command } from './types.js';

export type { Command } from './types.js';

/**
 * Every command, in the order the global help lists them.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); // ['evaluate', 'check', 'diff', 'report', 'programme', 'template', 'convert']
 * ```
 */
export const COMMANDS: readonly Command[] = [evaluateCommand, checkCommand, diffCommand, reportCommand, programmeCommand, templateCommand, convertCommand];

/**
 * The command with this name, or `undefined`.
 *
 * @example
 * ```ts
 * findCommand('evaluate')?.summary; // 'rate a review file and print the result'
 * ```
 */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

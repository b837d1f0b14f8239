/**
 * The global help of `xeploai`.
 *
 * @module
 */
import type { Command } from './commands/index.js';

/**
 * The text of `xeploai --help`: usage, commands with their summaries, global options.
 *
 * @example
 * ```ts
 * globalHelp(COMMANDS).startsWith('xeploai — '); // true
 * ```
 */
export function globalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  xeploai ${c.name} ${c.synopsis}`).join('\n');
  return `xeploai — kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên
(quality rating of party organizations and members, with citations)

Usage: xeploai <command> [options]

Commands:
${list}

Options:
  -h, --help     show this help; "xeploai <command> --help" for a command
  -v, --version  print the version

Exit codes: 0 success, 1 a check failed, 2 invalid input or usage, 70 internal error.
`;
}

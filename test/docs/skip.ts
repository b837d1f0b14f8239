// Files whose examples do not pass yet, each with the reason — other helpers' modules still being
// written or wired into the package's entries. Goal: both lists empty. A listed file whose examples
// all pass fails its "still failing" test, so the lists cannot go stale.

const CLI_IO = 'CLI example uses names it does not import (nodeIo, COMMANDS, main…) or files in the working directory';

/** Not run (still type-checked unless also in SKIP_TYPES). */
export const SKIP_RUN: Readonly<Record<string, string>> = {
  'src/cli/commands/check.ts': CLI_IO,
  'src/cli/commands/diff.ts': CLI_IO,
  'src/cli/commands/evaluate.ts': CLI_IO,
  'src/cli/exit.ts': 'the example throws the CliError it constructs (review.json is empty) instead of showing it',
  'src/cli/help.ts': CLI_IO,
  'src/cli/io.ts': CLI_IO,
};

/** Not type-checked. */
export const SKIP_TYPES: Readonly<Record<string, string>> = {
  // the same reasons as SKIP_RUN, except exit.ts and input.ts, whose examples type-check
  ...Object.fromEntries(Object.entries(SKIP_RUN).filter(([f]) => f !== 'src/cli/exit.ts' )),
  'src/cli/format/findings.ts': 'FindingSubject example lacks the required `id`',
  'src/levels.ts': "compareLevels example sorts a string[] (['HTNV', 'HTXSNV'] needs `as Level[]`)",
  'src/rules/common/tasks.ts': 'meetsTaskCondition example passes `rule` to Omit<TaskCondition, "rule">',
};

/** Exported declarations without a summary or an @example, by file. */
export const SKIP_EXPORTS: Readonly<Record<string, string>> = {
};

// Example code users copy (examples/province/) is run and type-checked against the sources:
// copies with their 'xeploai…' imports pointed at src/ (as in the doc examples).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, writeIfChanged } from './extract.js';
import { resolveSpecifier } from './transform.js';

const dir = join(root, '.tmp', 'province');
mkdirSync(dir, { recursive: true });

/** Copies an example module with its 'xeploai…' and relative imports pointed at the sources and the copies. */
export function copyExample(file: string): string {
  const text = readFileSync(join(root, file), 'utf8').replace(/(from\s+)'([^']+)'/g, (_m, from: string, spec: string) => {
    if (spec.startsWith('./')) return `${from}${JSON.stringify(join(dir, spec.replace(/\.js$/, '.ts')))}`;
    return `${from}${JSON.stringify(resolveSpecifier(spec))}`;
  });
  const out = join(dir, file.split('/').at(-1)!);
  // the test reads the JSON files beside it
  writeIfChanged(out, text.replaceAll("new URL('./", `new URL('${new URL(`file://${join(root, file, '..')}/`).href}`));
  return out;
}

/**
 * The package version, read at run time from the package.json next to the bundle.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';

/**
 * The version of the xeploai package. The bundle is `dist/cli.js`, so `../package.json` is the
 * package's; from the sources (tests) the search goes up until a package.json named xeploai.
 *
 * @example
 * ```ts
 * await readVersion(); // '0.1.0'
 * ```
 */
export async function readVersion(from: URL = new URL(import.meta.url)): Promise<string> {
  let url = new URL('../package.json', from);
  for (let depth = 0; depth < 5; depth++) {
    try {
      const pkg = JSON.parse(await readFile(url, 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'xeploai' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here: look one directory up
    }
    url = new URL('../package.json', url);
  }
  return 'unknown';
}

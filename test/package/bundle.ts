// Bundles a package entry the way an app's bundler would (esbuild — tsup's bundler — with the
// dependencies, minified, tree-shaken, for a neutral platform) and measures it.
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { root } from '../docs/extract.js';

export interface Bundle {
  readonly minBytes: number;
  readonly gzipBytes: number;
  /** gzip bytes attributed to each part (a dependency, or a folder of src/), largest first. */
  readonly parts: readonly (readonly [string, number])[];
  /** Imports of Node built-ins, as `specifier ← importer`. */
  readonly nodeImports: readonly string[];
}

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function partOf(input: string): string {
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (dep) return dep[1]!;
  const src = /^src\/(rules\/[^/]+|[^/]+)/.exec(input);
  return src ? `src/${src[1]}` : input;
}

/**
 * Bundles `entry` (a path from the repository root, e.g. `src/index.ts`; several joined by ` + `
 * are bundled as one app that imports them all). `browser`: resolve packages as a browser bundler
 * does (the `browser` field first: exceljs's `main` is its Node build, `browser` its browser build).
 */
export async function bundle(entry: string, options: { readonly browser?: boolean } = {}): Promise<Bundle> {
  const nodeImports: string[] = [];
  const recordBuiltins: Plugin = {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.path.startsWith('node:') || BUILTINS.has(args.path) || BUILTINS.has(args.path.split('/')[0]!)) {
          nodeImports.push(`${args.path} ← ${args.importer.replace(`${root}/`, '')}`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    ...(entry.includes(' + ')
      ? { stdin: { contents: entry.split(' + ').map((e) => `export * from './${e}';`).join('\n'), resolveDir: root, sourcefile: 'app.ts', loader: 'ts' as const } }
      : { entryPoints: [join(root, entry)] }),
    absWorkingDir: root,
    bundle: true,
    minify: true,
    treeShaking: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: options.browser ? ['browser', 'module', 'main'] : ['module', 'main'],
    ...(options.browser ? { conditions: ['browser'] } : {}),
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    plugins: [recordBuiltins],
  });
  const code = result.outputFiles[0]!.contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const byPart = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) byPart.set(partOf(input), (byPart.get(partOf(input)) ?? 0) + bytesInOutput);
  // gzip does not split by input: attribute the gzip size in proportion to the minified bytes
  const parts = [...byPart].map(([k, v]) => [k, Math.round((v / code.length) * gzipBytes)] as const).sort((a, b) => b[1] - a[1]);
  return { minBytes: code.length, gzipBytes, parts, nodeImports };
}

export function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

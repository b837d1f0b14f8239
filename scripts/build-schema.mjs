#!/usr/bin/env node
// Writes the JSON Schema files under schema/ from the zod schemas (src/schema/jsonSchema.ts).
//   node scripts/build-schema.mjs           rewrite schema/*.json
//   node scripts/build-schema.mjs --check   exit 1 if a committed file differs from the generated one
// The sources are bundled in memory with esbuild (tsup's bundler), so no build is needed first.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const bundle = await build({
  entryPoints: [join(root, 'src/schema/index.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].text;
const { JSON_SCHEMA_FILES } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const outDir = join(root, 'schema');
mkdirSync(outDir, { recursive: true });
let stale = 0;
for (const [name, schema] of Object.entries(JSON_SCHEMA_FILES)) {
  const file = join(outDir, name);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    console.error(`schema/${name} is stale: run node scripts/build-schema.mjs`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote schema/${name}`);
  }
}
process.exit(stale > 0 ? 1 : 0);

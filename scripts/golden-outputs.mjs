#!/usr/bin/env node
// Records or compares the CLI's outputs on every example and on the benchmark's synthetic
// reviews (each year's rule set, JSON and NDJSON, grouped and interleaved), so a refactoring can
// show its results are byte-identical (issue 17 "Must not change").
//
// Usage: node scripts/golden-outputs.mjs --record DIR | --compare DIR   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReview } from '../bench/generate.mjs';

const [mode, dir] = process.argv.slice(2);
if ((mode !== '--record' && mode !== '--compare') || dir === undefined) {
  console.error('usage: node scripts/golden-outputs.mjs --record DIR | --compare DIR');
  process.exit(2);
}
const inputs = join(dir, 'inputs');
mkdirSync(inputs, { recursive: true });

async function synth(name, options) {
  const path = join(inputs, name);
  if (existsSync(path)) return path;
  const out = createWriteStream(path);
  await writeReview({ seed: 20241215, order: 'grouped', ...options }, out);
  return path;
}

const files = ['examples/xa-an-binh-2024.json', 'examples/xa-an-binh-2025.json', 'examples/province/tinh-vi-du-2025.json'];
for (const year of [2020, 2024, 2025]) {
  for (const format of ['json', 'ndjson']) {
    for (const order of ['grouped', 'interleaved']) files.push(await synth(`synth-${year}-${order}.${format}`, { members: 4000, year, format, order }));
  }
}

const runs = [];
for (const file of files) {
  for (const format of ['json', 'ndjson', 'table', 'csv']) runs.push(['evaluate', file, '--format', format, '--quiet']);
  runs.push(['check', file, '--format', 'json']);
}
runs.push(['evaluate', 'examples/xa-an-binh-2024.json', '--format', 'json', '--set', 'quotaScope=chi-bo', '--set', 'headCap=cap']);
runs.push(['evaluate', 'examples/xa-an-binh-2024.json', '--format', 'table', '--lang', 'en']);
runs.push(['diff', 'examples/xa-an-binh-2025.json', '--rule-sets', 'qd124-2023,qd366-2025', '--format', 'json']);
runs.push(['diff', 'examples/xa-an-binh-2024.json', '--rule-sets', 'qd132-2018,qd124-2023', '--format', 'json']);

let failures = 0;
for (const args of runs) {
  let out;
  let code = 0;
  try {
    out = execFileSync(process.execPath, ['dist/cli.js', ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, COLUMNS: '160' } });
  } catch (e) {
    out = e.stdout ?? Buffer.alloc(0);
    code = e.status ?? -1;
  }
  const key = createHash('sha1').update(args.join(' ')).digest('hex').slice(0, 12);
  const path = join(dir, `${key}.out`);
  const record = Buffer.concat([Buffer.from(`exit ${code}\n`), out]);
  if (mode === '--record') writeFileSync(path, record);
  else if (!existsSync(path) || !readFileSync(path).equals(record)) {
    failures++;
    console.error(`DIFFERS: xeploai ${args.join(' ')} (${path})`);
    writeFileSync(`${path}.new`, record);
  }
}
console.log(`${runs.length} runs ${mode === '--record' ? 'recorded' : failures === 0 ? 'identical' : `${failures} differ`}`);
process.exit(failures === 0 ? 0 : 1);

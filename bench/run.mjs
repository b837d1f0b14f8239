#!/usr/bin/env node
// `npm run bench`: speed claims as ratios measured in one run (STYLE.md "benchmarks").
//
//   (a) per-member evaluation throughput of the public API (tinybench);
//   (b) the same member rules in json-rules-engine (bench/jre.mjs), checked to agree on every
//       record of a sample, timed in the same run: the ratio;
//   (c) end-to-end CLI on a JSON review against the floor of reading, JSON.parse-ing,
//       JSON.stringify-ing and writing the same data (bench/floor.mjs), both as child processes;
//   (d) with --national: 5.6 M members through NDJSON streaming, wall time and peak RSS.
//
// Prints one table and writes bench/results.md (the figures between the markers; the notes
// around them are kept). Needs the built package (npm run build).
//
// Usage: node bench/run.mjs [--quick] [--national] [--members N] [--national-members N] [--runs N]
//   --quick             CI smoke run, under a minute: small sizes, one run each
//   --national          also the 5.6 M-member NDJSON run (generates bench/out/national-*.ndjson once)
//   --members N         size of the end-to-end JSON review (default 300000; quick 50000)
//   --national-members  size of the national run (default 5600000)
//   --runs N            runs of each end-to-end measurement, the median is kept (default 3; quick 1)
//   --no-write          do not write bench/results.md
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { generateReview, NATIONAL_MEMBERS, writeReview } from './generate.mjs';
import { buildEngine, evaluateWithEngine, libraryAnswer } from './jre.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'bench', 'out');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RESULTS = path.join(ROOT, 'bench', 'results.md');

function parseArgs(argv) {
  const o = { quick: false, national: false, members: undefined, nationalMembers: NATIONAL_MEMBERS, runs: undefined, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--national') o.national = true;
    else if (a === '--members') o.members = Number(argv[++i]);
    else if (a === '--national-members') o.nationalMembers = Number(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--no-write') o.write = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (process.env.XEPLOAI_BENCH_NATIONAL === '1') o.national = true;
  o.members ??= o.quick ? 50_000 : 300_000;
  o.runs ??= o.quick ? 1 : 3;
  return o;
}

const fmt = {
  n: (x) => Math.round(x).toLocaleString('en-US'),
  us: (ms) => `${(ms * 1000).toFixed(ms * 1000 < 10 ? 2 : 0)} µs`,
  s: (ms) => `${(ms / 1000).toFixed(2)} s`,
  mb: (kb) => `${Math.round(kb / 1024)} MB`,
  x: (r) => `${r >= 10 ? Math.round(r) : r.toFixed(2)}×`,
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a command in a child process; wall time in ms and peak RSS in kB (through bench/maxrss.mjs). */
function timed(args, { stdout, env = {} } = {}) {
  const rssFile = path.join(OUT, `.rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(ROOT, 'bench', 'maxrss.mjs')).href, ...args], {
    stdio: ['ignore', stdout === undefined ? 'ignore' : stdout, 'pipe'],
    env: { ...process.env, ...env, XEPLOAI_BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 2000)}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  rmSync(rssFile, { force: true });
  return { ms, rss };
}

async function perMember(lib, qd124, quick) {
  const review = lib.parseReview(generateReview({ members: quick ? 5000 : 20_000, seed: 424242 }));
  const ruleSet = lib.getRuleSet('qd124-2023');
  const ctx = lib.buildContext(review, lib.defaultSettings(ruleSet)).memberCtx;
  const engine = buildEngine(lib, ruleSet, ctx, qd124.qd124MemberParams);
  // Agreement on every member of the sample: rated, level and the set of finding codes.
  let agree = 0;
  const disagreements = [];
  for (let i = 0; i < review.members.length; i++) {
    const ours = libraryAnswer(ruleSet.evaluateMember(review.members[i], i, ctx));
    const theirs = await evaluateWithEngine(engine, review.members[i]);
    if (JSON.stringify(ours) === JSON.stringify(theirs)) agree++;
    else if (disagreements.length < 3) disagreements.push({ id: review.members[i].id, ours, theirs });
  }
  const members = review.members;
  const OURS_BATCH = 1000;
  const THEIRS_BATCH = 20;
  let a = 0;
  let b = 0;
  const bench = new Bench({ time: quick ? 500 : 2000, warmupTime: quick ? 100 : 500, throws: true });
  bench.add('xeploai', () => {
    for (let k = 0; k < OURS_BATCH; k++) {
      a = (a + 1) % members.length;
      ruleSet.evaluateMember(members[a], a, ctx);
    }
  });
  bench.add('json-rules-engine', async () => {
    for (let k = 0; k < THEIRS_BATCH; k++) {
      b = (b + 1) % members.length;
      await evaluateWithEngine(engine, members[b]);
    }
  });
  await bench.run();
  const [ours, theirs] = bench.tasks.map((t) => t.result);
  const oursMs = ours.latency.mean / OURS_BATCH;
  const theirsMs = theirs.latency.mean / THEIRS_BATCH;
  return { sample: members.length, agree, disagreements, oursMs, theirsMs, ratio: theirsMs / oursMs };
}

/** In-process phases of the JSON path, to say what bounds the end-to-end time. */
function phases(lib, file) {
  const out = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    out[name] = now - t;
    t = now;
  };
  const text = readFileSync(file, 'utf8');
  lap('read');
  const raw = JSON.parse(text);
  lap('JSON.parse');
  lib.guardInput(raw);
  lap('guard pre-pass alone (parseReview runs it too)');
  const review = lib.parseReview(raw);
  lap('parseReview (guard, zod, document checks)');
  const result = lib.evaluateParsedReview(review, lib.getRuleSet(review.ruleSet ?? 'qd124-2023'));
  lap('evaluate (rules, checks)');
  const json = `${JSON.stringify(result, null, 2)}\n`;
  lap('JSON.stringify result');
  writeFileSync(path.join(OUT, 'phases.json'), json);
  lap('write');
  rmSync(path.join(OUT, 'phases.json'), { force: true });
  return out;
}

async function ensureReview(file, options) {
  if (existsSync(file)) return;
  process.stderr.write(`bench: generating ${path.relative(ROOT, file)} (${fmt.n(options.members)} members)…\n`);
  await writeReview({ year: 2024, seed: 20241215, order: 'grouped', ...options }, createWriteStream(file));
}

function endToEnd(file, runs) {
  const cli = [];
  const floor = [];
  const out = path.join(OUT, 'e2e-out.json');
  for (let i = 0; i < runs; i++) {
    let fd = openSync(out, 'w');
    floor.push(timed([path.join(ROOT, 'bench', 'floor.mjs'), file], { stdout: fd }).ms);
    closeSync(fd);
    fd = openSync(out, 'w');
    cli.push(timed([CLI, 'evaluate', file, '--format', 'json', '--quiet'], { stdout: fd }).ms);
    closeSync(fd);
  }
  rmSync(out, { force: true });
  return { cliMs: median(cli), floorMs: median(floor), ratio: median(cli) / median(floor), cli, floor };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

function table(rows) {
  const head = ['measure', 'xeploai', 'baseline', 'ratio', 'target', 'met'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The engine's internals the bench needs (`buildContext`, `guardInput`, `evaluateParsedReview`): not in the package's entries, so bundled here from bench/internals.ts. */
async function internals() {
  const { build } = await import('tsup');
  const outDir = path.join(OUT, 'internals');
  await build({ config: false, entry: { internals: path.join(ROOT, 'bench', 'internals.ts') }, outDir, format: ['esm'], platform: 'neutral', target: 'node20', treeshake: true, silent: true });
  return import(pathToFileURL(path.join(outDir, 'internals.js')).href);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) {
    process.stderr.write('bench: dist/ is missing: run `npm run build` first (npm run bench does)\n');
    process.exit(2);
  }
  mkdirSync(OUT, { recursive: true });
  const lib = { ...(await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)), ...(await import(pathToFileURL(path.join(ROOT, 'dist', 'period.js')).href)), ...(await import(pathToFileURL(path.join(ROOT, 'dist', 'rules.js')).href)), ...(await internals()) };
  const qd124 = await import(pathToFileURL(path.join(ROOT, 'dist', 'rules', 'qd124-2023.js')).href);
  const m = machine();
  const started = performance.now();
  process.stderr.write(`bench: ${m.cpu}, ${m.memory}, Node ${m.node}, load ${m.load}\n`);

  process.stderr.write('bench: (a)+(b) per-member evaluation and json-rules-engine…\n');
  const pm = await perMember(lib, qd124, o.quick);

  process.stderr.write(`bench: (c) end-to-end JSON, ${fmt.n(o.members)} members…\n`);
  const jsonFile = path.join(OUT, `review-${o.members}.json`);
  await ensureReview(jsonFile, { members: o.members, format: 'json' });
  const e2e = endToEnd(jsonFile, o.runs);
  const ph = phases(lib, jsonFile);

  let nat;
  if (o.national) {
    const file = path.join(OUT, `national-${o.nationalMembers}.ndjson`);
    await ensureReview(file, { members: o.nationalMembers, format: 'ndjson' });
    process.stderr.write(`bench: (d) NDJSON streaming, ${fmt.n(o.nationalMembers)} members (${(statSync(file).size / 1e9).toFixed(2)} GB)…\n`);
    const out = path.join(OUT, 'national-result.ndjson');
    const run = timed([CLI, 'evaluate', file, '--format', 'ndjson', '--out', out, '--quiet']);
    const outBytes = statSync(out).size;
    rmSync(out, { force: true });
    nat = { members: o.nationalMembers, bytes: statSync(file).size, outBytes, ...run };
  }

  const ok = (b) => (b ? 'yes' : 'NO');
  const rows = [
    ['per-member evaluation', fmt.us(pm.oursMs), `${fmt.us(pm.theirsMs)} json-rules-engine`, `${fmt.x(pm.ratio)} faster`, '≥ 300×', ok(pm.ratio >= 300)],
    ['agreement with json-rules-engine', `${fmt.n(pm.agree)} / ${fmt.n(pm.sample)}`, '', `${((100 * pm.agree) / pm.sample).toFixed(1)} %`, '100 %', ok(pm.agree === pm.sample)],
    [`end-to-end JSON, ${fmt.n(o.members)} members`, fmt.s(e2e.cliMs), `${fmt.s(e2e.floorMs)} read+parse+stringify+write`, fmt.x(e2e.ratio), '≤ 2×', ok(e2e.ratio <= 2)],
  ];
  if (nat) {
    const scale = NATIONAL_MEMBERS / nat.members;
    rows.push([`NDJSON streaming, ${fmt.n(nat.members)} members, wall`, fmt.s(nat.ms), '', scale === 1 ? '' : `(×${scale.toFixed(1)} → ${fmt.s(nat.ms * scale)})`, '≤ 60 s', ok(nat.ms * scale <= 60_000)]);
    rows.push([`NDJSON streaming, ${fmt.n(nat.members)} members, peak RSS`, fmt.mb(nat.rss), '', '', '≤ 256 MB', ok(nat.rss <= 256 * 1024)]);
  }
  const text = table(rows);
  process.stdout.write(`\n${text}\n\n`);
  if (pm.disagreements.length > 0) process.stdout.write(`disagreements (first ${pm.disagreements.length}): ${JSON.stringify(pm.disagreements)}\n`);
  const phaseLines = Object.entries(ph).map(([k, v]) => `| ${k} | ${fmt.s(v)} | ${((1000 * v) / o.members).toFixed(2)} µs |`);
  const figures = [
    `Run: \`node bench/run.mjs${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(' ')}` : ''}\` — ${m.date}, ${fmt.s(performance.now() - started)} in all.`,
    '',
    `Machine: ${m.cpu}, ${m.memory} RAM, ${m.os}; Node ${m.node}; load average at start ${m.load} (the machine is shared: figures vary with the load).`,
    '',
    text,
    '',
    `End-to-end runs (ms, ${o.runs} each, median kept): CLI ${e2e.cli.map(Math.round).join(', ')}; floor ${e2e.floor.map(Math.round).join(', ')}.`,
    '',
    `Phases of the JSON path in one process (${fmt.n(o.members)} members, same file):`,
    '',
    '| phase | time | per member |',
    '|---|---|---|',
    ...phaseLines,
    ...(nat ? ['', `National run: ${fmt.n(nat.members)} members, input ${(nat.bytes / 1e9).toFixed(2)} GB NDJSON, output ${(nat.outBytes / 1e9).toFixed(2)} GB NDJSON, wall ${fmt.s(nat.ms)}, peak RSS ${fmt.mb(nat.rss)}.`] : []),
  ].join('\n');
  if (o.write) {
    const START = '<!-- figures:start -->';
    const END = '<!-- figures:end -->';
    const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : `# Benchmark results\n\n${START}\n${END}\n`;
    const before = current.includes(START) ? current.slice(0, current.indexOf(START)) : `${current}\n`;
    const after = current.includes(END) ? current.slice(current.indexOf(END) + END.length) : '\n';
    writeFileSync(RESULTS, `${before}${START}\n${figures}\n${END}${after}`);
    process.stderr.write(`bench: wrote ${path.relative(ROOT, RESULTS)}\n`);
  }
  const failed = pm.agree !== pm.sample;
  process.exitCode = failed ? 1 : 0;
}

await main();

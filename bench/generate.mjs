#!/usr/bin/env node
// A deterministic synthetic national review (xeploai/review@1) for benchmarks and scale tests.
//
// The tree is the 2025 one (programme.md "2025 restructure"): 34 provinces (cap-tren) → communes,
// wards and special zones (3,321 at 5.6 M members, scaled with the size asked for) → TCCSĐ →
// chi bộ. Communes and wards are the đảng ủy cấp trên trực tiếp of their TCCSĐ (cap-tren); a
// special zone is either above its TCCSĐ or itself a TCCSĐ (dang-bo-co-so), as 294-QĐ/TW lets the
// tỉnh ủy decide. Under a commune: an đảng bộ cơ sở of the commune's offices (three chi bộ), the
// police and military chi bộ cơ sở, schools, the health station, sometimes enterprises (đảng bộ
// cơ sở with chi bộ), and the chi bộ of villages and residential groups (thôn, tổ dân phố).
//
// Shares (rough national orders of magnitude, not statistics): ~4 % exempt (miễn sinh hoạt, mostly
// elderly), ~0.02 % suspended, ~3.5 % admitted in the last 12 months (NQ 21: 3–4 % a year), ~0.35 %
// disciplined in the year, every chi bộ and TCCSĐ with a head (bí thư) and a deputy, ~20 % of
// members with a CBCCVC rating, ~60 % with task data, criteria for ~92 %, a proposal for ~97 %,
// a few members with neither (no-basis). Final levels aim at ~12 % HTXSNV, ~75 % HTTNV, ~11 %
// HTNV, ~1.5 % KHTNV of those rated, with some TCCSĐ over the 20 % quota.
//
// Deterministic: the tree comes from one fixed-seed PRNG, each chi bộ's members from a PRNG seeded
// by (seed, chi bộ number), so JSON and NDJSON output hold the same review in the same order.
// Members are grouped by chi bộ (all organizations first, then the members of each chi bộ).
//
// Usage: node bench/generate.mjs [--members N] [--format json|ndjson] [--out PATH] [--year Y]
//                                [--seed S] [--order grouped|interleaved]
//   --members N   number of members (default 300000; 5600000 is the national size)
//   --format      json (one document) or ndjson (header line, then one line per entry); default
//                 from the --out extension (.ndjson/.jsonl → ndjson), else json
//   --out PATH    file to write (default stdout)
//   --year Y      review year (default 2024: qd124-2023). 2018–2022 → qd132-2018 (criteria);
//                 2025 on → qd366-2025 (100-point scores instead of criteria)
//   --seed S      PRNG seed (default 20241215)
//   --order       grouped (default) or interleaved: members of each commune dealt round-robin
//                 across its chi bộ, so a chi bộ's members are not contiguous
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildTree, chiBoMembers, regime } from './synthetic.mjs';

export { NATIONAL_MEMBERS, buildTree, chiBoMembers } from './synthetic.mjs';


/**
 * Parses the command line of the generator.
 *
 * @param {readonly string[]} argv
 */
export function parseOptions(argv) {
  const options = { members: 300_000, format: undefined, out: undefined, year: 2024, seed: 20241215, order: 'grouped' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg}: missing value`);
      return v;
    };
    if (arg === '--members') options.members = Number(value().replaceAll('_', ''));
    else if (arg === '--format') options.format = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--year') options.year = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--order') options.order = value();
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown argument ${JSON.stringify(arg)}`);
  }
  if (!Number.isInteger(options.members) || options.members < 1) throw new Error('--members: expected a whole number ≥ 1');
  if (!Number.isInteger(options.year) || options.year < 2018 || options.year > 2100) throw new Error('--year: expected a year from 2018');
  if (!Number.isInteger(options.seed)) throw new Error('--seed: expected an integer');
  if (options.format === undefined) options.format = options.out !== undefined && /\.(ndjson|jsonl)$/i.test(options.out) ? 'ndjson' : 'json';
  if (options.format !== 'json' && options.format !== 'ndjson') throw new Error('--format: expected json or ndjson');
  if (options.order !== 'grouped' && options.order !== 'interleaved') throw new Error('--order: expected grouped or interleaved');
  return options;
}

/**
 * The records of the review in output order: the header fields, then every organization, then
 * every member (grouped by chi bộ, or interleaved within each commune).
 */
export function* reviewRecords(options) {
  const { members, seed, year } = options;
  const { ruleSet, basis } = regime(year);
  const tree = buildTree({ members, seed, year });
  yield { kind: 'header', value: { format: 'xeploai/review@1', year, period: { kind: 'year' }, ruleSet, reviewDate: `${year}-12-15`, settings: { quotaScope: 'tccsd' } } };
  for (const o of tree.organizations) yield { kind: 'organization', value: o };
  let serial = 0;
  if (options.order === 'interleaved') {
    for (let start = 0; start < tree.chiBo.length; ) {
      let end = start;
      while (end < tree.chiBo.length && tree.chiBo[end].communeIndex === tree.chiBo[start].communeIndex) end++;
      const lists = [];
      for (let k = start; k < end; k++) {
        lists.push(chiBoMembers(tree.chiBo[k], k, options, serial, basis));
        serial += tree.chiBo[k].size;
      }
      for (let i = 0, more = true; more; i++) {
        more = false;
        for (const list of lists) if (i < list.length) {
          more = true;
          yield { kind: 'member', value: list[i] };
        }
      }
      start = end;
    }
    return;
  }
  for (let k = 0; k < tree.chiBo.length; k++) {
    for (const m of chiBoMembers(tree.chiBo[k], k, options, serial, basis)) yield { kind: 'member', value: m };
    serial += tree.chiBo[k].size;
  }
}

/**
 * The review as text chunks: NDJSON (a header line, then `{"organization": …}` and `{"member": …}`
 * lines) or one JSON document with one entry per line.
 */
export function* reviewText(options) {
  let buffer = '';
  let section = 'header';
  const flushAt = 1 << 16;
  for (const record of reviewRecords(options)) {
    if (options.format === 'ndjson') {
      buffer += record.kind === 'header' ? `${JSON.stringify(record.value)}\n` : `{"${record.kind}":${JSON.stringify(record.value)}}\n`;
    } else if (record.kind === 'header') {
      buffer += `${JSON.stringify(record.value).slice(0, -1)},\n"organizations":[`;
      section = 'organizations-first';
    } else {
      if (record.kind === 'member' && section.startsWith('organizations')) {
        buffer += '\n],\n"members":[';
        section = 'members-first';
      }
      buffer += `${section.endsWith('-first') ? '\n' : ',\n'}${JSON.stringify(record.value)}`;
      section = record.kind === 'member' ? 'members' : 'organizations';
    }
    if (buffer.length >= flushAt) {
      yield buffer;
      buffer = '';
    }
  }
  if (options.format === 'json') {
    if (section.startsWith('organizations')) buffer += '\n],\n"members":[';
    buffer += '\n]}\n';
  }
  yield buffer;
}

/**
 * The whole review as one object (for small sizes: tests, the per-member benchmark).
 */
export function generateReview(options) {
  const opts = { members: 1000, seed: 20241215, year: 2024, order: 'grouped', ...options };
  let review;
  const organizations = [];
  const members = [];
  for (const r of reviewRecords(opts)) {
    if (r.kind === 'header') review = r.value;
    else if (r.kind === 'organization') organizations.push(r.value);
    else members.push(r.value);
  }
  return { ...review, organizations, members };
}

/** Writes the review to a file or stdout, respecting backpressure. */
export async function writeReview(options, stream) {
  for (const chunk of reviewText(options)) {
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  await new Promise((resolve, reject) => {
    if (stream === process.stdout) resolve();
    else stream.end((error) => (error ? reject(error) : resolve()));
  });
}

async function cli() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate: ${error.message}\n`);
    process.exit(2);
  }
  if (options.help) {
    const text = (await import('node:fs')).readFileSync(new URL(import.meta.url), 'utf8');
    process.stdout.write(`${text.split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n')}\n`);
    return;
  }
  const stream = options.out === undefined ? process.stdout : createWriteStream(options.out);
  await writeReview(options, stream);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await cli();

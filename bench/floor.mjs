// The floor of the end-to-end benchmark: read a review file, JSON.parse it, JSON.stringify it (two-space
// indent, as the CLI's json format) and write it, in a process of its own like the CLI.
// Usage: node bench/floor.mjs IN.json > OUT.json
import { readFileSync } from 'node:fs';

const value = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

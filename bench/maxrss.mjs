// Preloaded into a benchmarked child process (`node --import ./bench/maxrss.mjs …`): on exit, writes
// the process's peak resident set size in kilobytes (worker threads included) to the file named by
// XEPLOAI_BENCH_RSS_FILE, so the benchmark needs no /usr/bin/time.
import { writeFileSync } from 'node:fs';

const file = process.env.XEPLOAI_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));

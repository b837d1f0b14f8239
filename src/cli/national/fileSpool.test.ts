import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSpool } from './fileSpool.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function spoolFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xeploai-spool-'));
  dirs.push(dir);
  return path.join(dir, 'records.jsonl');
}

describe('FileSpool', () => {
  it('reads records back in order and one by one, before and after the buffer is flushed', () => {
    const spool = new FileSpool<{ id: string; n: number }>(spoolFile());
    spool.push({ id: 'Chi bộ thôn 1', n: 0 });
    expect(spool.at(0)).toEqual({ id: 'Chi bộ thôn 1', n: 0 });
    // enough records, some of them long (Vietnamese text: several bytes a character), to cross
    // the write buffer (256 KB) and the read window (64 KB) many times
    const records = Array.from({ length: 4000 }, (_, n) => ({ id: `${'Đảng bộ xã '.repeat(n % 50 === 0 ? 9000 : 3)}${n}`, n }));
    for (const r of records.slice(1)) spool.push(r);
    expect(spool.size).toBe(4000);
    expect(spool.at(3999).n).toBe(3999);
    expect(spool.at(1).n).toBe(1);
    expect(spool.at(100)).toEqual(records[100]);
    for (const n of [2500, 7, 3000, 50, 51, 49, 3999, 0]) expect(spool.at(n)).toEqual(n === 0 ? { id: 'Chi bộ thôn 1', n: 0 } : records[n]);
    expect([...spool.read()].map((r) => r.n)).toEqual(records.map((r) => r.n));
    spool.push({ id: 'last', n: 4000 });
    expect(spool.at(4000)).toEqual({ id: 'last', n: 4000 });
    expect(() => spool.at(4001)).toThrow(RangeError);
    expect(() => spool.at(-1)).toThrow(RangeError);
    spool.close();
  });

  it('keeps no index when read in order only', () => {
    const spool = new FileSpool<{ n: number }>(spoolFile(), { inOrderOnly: true });
    for (let n = 0; n < 3000; n++) spool.push({ n });
    expect(spool.size).toBe(3000);
    expect([...spool.read()].map((r) => r.n)).toEqual(Array.from({ length: 3000 }, (_, n) => n));
    expect(() => spool.at(0)).toThrow(/read in order only/);
    spool.close();
  });
});

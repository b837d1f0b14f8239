import { it } from 'vitest';
import * as z from 'zod';
import { guardWalk } from './guard.js';
it('perf', () => {
  const N = 900_000;
  const strings = Array.from({ length: N }, (_, i) => `Nguyễn Văn ${i}`);
  const variants: Record<string, z.ZodType> = {
    plain: z.string(),
    chain: z.string().normalize('NFC').trim().min(1),
    overwrite: z.string().overwrite((s) => s.normalize('NFC').trim()).min(1),
    refineOnly: z.string().refine((s) => s.length > 0),
  };
  for (let round = 0; round < 3; round++) {
    const row: Record<string, string> = {};
    for (const [k, s] of Object.entries(variants)) { const t = performance.now(); for (const x of strings) s.safeParse(x); row[k] = (performance.now() - t).toFixed(0); }
    const arr = z.array(variants.chain!); let t = performance.now(); arr.safeParse(strings); row.arrChain = (performance.now() - t).toFixed(0);
    const arr2 = z.array(variants.plain!); t = performance.now(); arr2.safeParse(strings); row.arrPlain = (performance.now() - t).toFixed(0);
    const arr3 = z.array(variants.overwrite!); t = performance.now(); arr3.safeParse(strings); row.arrOverwrite = (performance.now() - t).toFixed(0);
    console.log(JSON.stringify(row));
  }
  const members = JSON.parse(JSON.stringify(Array.from({ length: 300000 }, (_, i) => ({ id: `dv-${i}`, criteria: { results: 'tot' }, tasks: { assigned: 1, completed: 1 } }))));
  for (let round = 0; round < 3; round++) { const t = performance.now(); guardWalk({ members }); console.log('guard', (performance.now() - t).toFixed(0)); }
}, 120000);

import { it } from 'vitest';
import type { Level } from '../levels.js';
import type { MemberResult } from '../rules/types.js';
import { runChecks, quotaChecks, civilServiceShareChecks } from './index.js';
import { makeContext, org, orgResult } from './testUtil.js';
import { qd124 } from '../rules/qd124-2023/index.js';
it('bench', () => {
  const orgs = [org('root', 'cap-tren')];
  for (let d = 0; d < 5000; d++) { orgs.push(org(`d${d}`, 'dang-bo-co-so', { parentId: 'root', group: `g${d % 7}` })); for (let c = 0; c < 10; c++) orgs.push(org(`d${d}c${c}`, 'chi-bo', { parentId: `d${d}` })); }
  const L: Level[] = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV'];
  const members: MemberResult[] = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `m${i}`, orgId: `d${i % 5000}c${(i >> 3) % 10}`, rated: true, level: L[(i * 7919) % 6]!, basis: 'HTXSNV', score: 50 + (i % 50), findings: [] }));
  const review = { format: 'xeploai/review@1' as const, year: 2024, organizations: orgs, members: [] };
  const ctx = makeContext(review);
  const results = { members, organizations: orgs.map((o) => orgResult(o.id, o.kind, 'HTTNV')), leaders: [] };
  for (let r = 0; r < 4; r++) {
    let t = performance.now(); const c = runChecks(ctx, results, qd124); process.stdout.write(`@@ all ${c.length} checks in ${(performance.now() - t).toFixed(0)} ms\n`);
    t = performance.now(); quotaChecks(ctx, results, qd124.checks); process.stdout.write(`@@ quota ${(performance.now() - t).toFixed(0)} ms\n`);
    t = performance.now(); civilServiceShareChecks(ctx, results, qd124.checks); process.stdout.write(`@@ civil ${(performance.now() - t).toFixed(0)} ms\n`);
  }
}, 60000);

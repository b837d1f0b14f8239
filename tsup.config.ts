import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Each key is the subpath's name (`xeploai/rules/qd366-2025` -> rules/qd366-2025): package.json
    // `typesVersions` maps a subpath to dist/<name>.d.cts for TypeScript's node10 resolution.
    entry: {
      index: 'src/index.ts',
      core: 'src/core.ts',
      rules: 'src/rules/index.ts',
      'rules/qd132-2018': 'src/rules/qd132-2018/index.ts',
      'rules/qd124-2023': 'src/rules/qd124-2023/index.ts',
      'rules/qd366-2025': 'src/rules/qd366-2025/index.ts',
      compare: 'src/compare/index.ts',
      period: 'src/period/index.ts',
      programme: 'src/programme/index.ts',
      score: 'src/score/index.ts',
      report: 'src/report/index.ts',
      testing: 'src/testing/index.ts',
      schema: 'src/schema/index.ts',
      stream: 'src/stream/index.ts',
      xlsx: 'src/xlsx/index.ts',
      docx: 'src/docx/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
  },
  {
    // One file, no chunks: a worker thread starts this same file (src/cli/national/workers.ts).
    // main.ts sets the process up, then import()s the commands: without splitting, esbuild keeps
    // them in this file inside lazy wrappers that run at that import(), so their top-level schemas
    // are built after the set-up (checked by test/cli/bin.test.ts).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: false,
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);

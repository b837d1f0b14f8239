import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // On a 2-core machine the worker-thread, stream-equality and bench tests share the CPU with
    // the rest of the suite: 5 s is too tight for them there, 30 s leaves a margin.
    testTimeout: 30_000,
    // Type tests (`*.test-d.ts`, `expectTypeOf` and `@ts-expect-error`) run with the suite: tsc
    // checks them with the project's tsconfig (strict, exactOptionalPropertyTypes).
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});

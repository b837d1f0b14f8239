// Test helper: counts the zod schemas built in this process (each construction reads
// `globalConfig.postProcessor`), and notes how many were built when `zod/compile` installed its
// post-processor. Call before zod loads: zod adopts an existing `globalThis.__zod_globalConfig`.
interface Watch {
  built(): number;
  compilerInstalledAt(): number | undefined;
}

export function watchSchemas(): Watch {
  const holder = globalThis as { __zod_globalConfig?: object };
  if (holder.__zod_globalConfig !== undefined) throw new Error('zod was loaded before watchSchemas()');
  let built = 0;
  let installedAt: number | undefined;
  let postProcessor: unknown;
  const config = {};
  Object.defineProperty(config, 'postProcessor', {
    configurable: true,
    enumerable: true,
    get() {
      built++;
      return postProcessor;
    },
    set(value: unknown) {
      installedAt ??= built;
      postProcessor = value;
    },
  });
  holder.__zod_globalConfig = config;
  return { built: () => built, compilerInstalledAt: () => installedAt };
}

// What the benchmark times or needs beyond the package's API: internals of the engine (not
// exported by any entry). bench/run.mjs bundles this file with tsup beside the built dist/.
export { buildContext } from '../src/evaluate/context.js';
export { evaluateParsedReview } from '../src/evaluate/evaluate.js';
export { guardInput } from '../src/model/guard.js';

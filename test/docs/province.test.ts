// Runs the example province rule set's own test file (examples/province/rule-set.test.ts) against the sources.
import { copyExample } from './province.js';

copyExample('examples/province/rule-set.ts');
await import(/* @vite-ignore */ copyExample('examples/province/rule-set.test.ts'));

/**
 * PLACEHOLDER rule set `qd366-2025` — being written; replaced before this lands.
 *
 * @module
 */
import { qd124 } from '../qd124-2023/index.js';
import type { RuleSet } from '../types.js';

/** Placeholder. @example `qd366.id` */
export const qd366: RuleSet = Object.freeze<RuleSet>({ ...qd124, id: 'qd366-2025', appliesTo: { fromYear: 2025 } });

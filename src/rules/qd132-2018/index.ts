/**
 * PLACEHOLDER rule set `qd132-2018` — being written; replaced before this lands.
 *
 * @module
 */
import { qd124 } from '../qd124-2023/index.js';
import type { RuleSet } from '../types.js';

/** Placeholder. @example `qd132.id` */
export const qd132: RuleSet = Object.freeze<RuleSet>({ ...qd124, id: 'qd132-2018', appliesTo: { fromYear: 2018, toYear: 2022 } });

// Importing the rule set's subpath first must not trip over the registry, which imports it too.
import { qd366 } from './index.js';
import { describe, expect, it } from 'vitest';
import { findRuleSet, ruleSetFor } from '../registry.js';
import { qd366CollectiveSheet } from '../../score/index.js';
import { quarterReportDeadline } from '../../period/index.js';

describe('xeploai/rules/qd366-2025 imported before the registry', () => {
  it('is the registered rule set for 2025 on, and its module-level data is built', () => {
    expect(findRuleSet('qd366-2025')).toBe(qd366);
    expect(ruleSetFor(2031)).toBe(qd366);
    expect(qd366CollectiveSheet.groups).toHaveLength(2);
    expect(quarterReportDeadline(2025, 1).before).toBe('2025-03-15');
  });
});

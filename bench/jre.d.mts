// Types of bench/jre.mjs, for the TypeScript test that imports it.
import type { EvaluationContext, MemberParams, MemberResult, RuleSet } from '../src/index.js';

export interface EngineAnswer {
  rated: boolean;
  level: MemberResult['level'];
  codes: string[];
}

export function memberRules(params: MemberParams, settings: EvaluationContext['settings']): unknown[];
export function buildEngine(lib: unknown, ruleSet: RuleSet, ctx: EvaluationContext, params: MemberParams): unknown;
export function evaluateWithEngine(engine: unknown, member: unknown): Promise<EngineAnswer>;
export function libraryAnswer(result: MemberResult): EngineAnswer;

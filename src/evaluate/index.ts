/**
 * The evaluation engine.
 *
 * @module
 */
export { memberPhaseContext } from './context.js';
export { evaluateParsedReview, evaluateReview, parseAndEvaluateReview, safeEvaluateReview, type EvaluateOptions } from './evaluate.js';
export { countLevels } from './summary.js';
export { namedMemberResult, namedOrganizationResult } from './names.js';
export { assessChecks, checkReview, type CheckAssessment, type CheckOutcome, type SubjectError } from './checkReview.js';

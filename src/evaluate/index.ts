/**
 * The evaluation engine.
 *
 * @module
 */
export { bottomUpOrder, buildContext, type MutableContext } from './context.js';
export { evaluateParsedReview, evaluateReview, parseAndEvaluateReview, safeEvaluateReview, type EvaluateOptions } from './evaluate.js';
export { countLevels } from './summary.js';
export { namedMemberResult, namedOrganizationResult } from './names.js';
export { evaluateLeader, evaluateMember, evaluateOrganization } from './subjects.js';
export { assessChecks, checkReview, type CheckAssessment, type CheckOutcome, type SubjectError } from './checkReview.js';

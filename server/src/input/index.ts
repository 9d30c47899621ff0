/**
 * The input layer: files of any format a plan comes in, to plan text. Front ends (command line,
 * language server, indexer) import from here; none of them knows a format.
 */
export type { InputErrorCode, InputFailure, PlanSource, ReadResult, SourceFormat } from './types';
export { isFailure } from './types';
export { readPlanSource } from './read-plan-file';
export { readPlanBytes, type ReadOptions } from './read-plan-bytes';
export { decodePlanBytes } from './decode-plan-bytes';
export { planTextContent, planTextPath, PLAN_TEXT_SUFFIX } from './plan-text-file';

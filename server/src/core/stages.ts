/**
 * The analysis split into its stages, for the benchmark (npm run bench) and profiling only.
 */
export { lexPlan } from './grammar/lexer';
export { parseTokens } from './grammar/parser';
export { buildPlan } from './model/build-plan';
export { runRules } from './rules';
export { normalizeText } from './text/normalize';
export { LineIndex } from './text/line-index';
export { analyzePlan } from './analyze';

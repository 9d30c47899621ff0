/** The analysis core's public surface. */
export { analyzePlan, type AnalyzeOptions, type PlanAnalysis } from './analyze';
export { FIX_EDIT_BUDGET, planCounts, toJson, type FileJson, type PlanCounts, type SectionJson } from './serialize';
export { RULES, type RuleConfig, type RuleSetting } from './rules';
export { LineIndex, type Position, type Range } from './text/line-index';
export * from './model/types';
export { sectionsInOrder } from './model/sections-in-order';
export { applyEdits, formatPlan, formatText, type FormatEdit, type FormatOptions, type LabelForms } from './format/format-plan';

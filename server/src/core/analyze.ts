/**
 * The analysis core's entry point: text in, plan model and diagnostics out. Knows nothing of LSP
 * or of files; the language server and the command line are thin layers over this.
 */
import { buildPlan, type BuiltPlan, type ModelOptions } from './model/build-plan';
import type { PlanDiagnostic, PlanModel } from './model/types';
import { runRules, type RuleConfig } from './rules';
import type { LineIndex } from './text/line-index';

export interface AnalyzeOptions extends ModelOptions {
  rules?: RuleConfig;
}

export interface PlanAnalysis {
  /** The text analysed, as given. */
  text: string;
  lineIndex: LineIndex;
  model: PlanModel;
  diagnostics: PlanDiagnostic[];
  /** The normalised text the model's strings come from (same length as `text`). */
  normalized: string;
}

export function analyzePlan(text: string, options: AnalyzeOptions = {}): PlanAnalysis {
  // A BOM is not part of the plan; VS Code hides it too, so offsets match the editor's.
  const built: BuiltPlan = buildPlan(text, options);
  const diagnostics = runRules(built, options.rules);
  return { text, lineIndex: built.lineIndex, model: built.model, diagnostics, normalized: built.normalized };
}

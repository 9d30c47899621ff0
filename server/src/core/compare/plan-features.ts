/**
 * A plan's actions and tasks with their text features, computed once per plan and segmenter:
 * holding one plan against a whole folder segments it once, not once per pair.
 */
import type { PlanAnalysis } from '../analyze';
import type { Segmenter } from '../segment/segmenter';
import { actionSections, clauseSpans, sectionUnit, taskUnit, tasksOf, type PlanUnit } from './plan-units';
import { textFeatures, type TextFeatures } from './text-features';

export interface FeaturedUnit {
  unit: PlanUnit;
  title: TextFeatures;
  body: TextFeatures;
}

export interface PlanFeatures {
  actions: FeaturedUnit[];
  /** Tasks per action id, in document order. */
  tasks: Map<string, FeaturedUnit[]>;
}

const cache = new WeakMap<Segmenter, WeakMap<PlanAnalysis, PlanFeatures>>();

export function planFeatures(analysis: PlanAnalysis, segmenter: Segmenter): PlanFeatures {
  let bySegmenter = cache.get(segmenter);
  if (!bySegmenter) cache.set(segmenter, (bySegmenter = new WeakMap()));
  let features = bySegmenter.get(analysis);
  if (!features) bySegmenter.set(analysis, (features = build(analysis, segmenter)));
  return features;
}

function build(analysis: PlanAnalysis, segmenter: Segmenter): PlanFeatures {
  const featured = (unit: PlanUnit): FeaturedUnit => ({ unit, title: textFeatures(unit.title, segmenter), body: textFeatures(unit.body, segmenter) });
  const clauses = clauseSpans(analysis);
  const sections = actionSections(analysis.model.outline);
  return {
    actions: sections.map((s) => featured(sectionUnit(analysis, s, clauses))),
    tasks: new Map(sections.map((s) => [s.id, tasksOf(analysis, s).map((t) => featured(taskUnit(analysis, t, clauses)))])),
  };
}

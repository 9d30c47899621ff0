/**
 * A plan's actions and tasks with their text features, computed once per plan and segmenter:
 * holding one plan against a whole folder segments it once, not once per pair.
 */
import type { PlanAnalysis } from '../analyze';
import type { Segmenter } from '../segment/segmenter';
import { actionSections, clauseSpans, sectionUnit, taskUnit, tasksOf, type PlanUnit } from './plan-units';
import type { Section } from '../model/types';
import { mergeFeatures, textFeatures, type TextFeatures } from './text-features';

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
  const actions: FeaturedUnit[] = [];
  const tasks = new Map<string, FeaturedUnit[]>();
  for (const s of actionSections(analysis.model.outline)) {
    const own = tasksOf(analysis, s).map((t) => featured(taskUnit(analysis, t, clauses)));
    tasks.set(s.id, own);
    actions.push(own.length ? composed(analysis, s, clauses, own, segmenter) : featured(sectionUnit(analysis, s, clauses)));
  }
  return { actions, tasks };
}

/**
 * An action's features from its own lines (heading, introduction) and its tasks' features,
 * which are already there: the tasks' text is segmented once, not again as part of the action.
 */
function composed(analysis: PlanAnalysis, s: Section, clauses: ReturnType<typeof clauseSpans>, own: FeaturedUnit[], segmenter: Segmenter): FeaturedUnit {
  const taskSpans = tasksOf(analysis, s).map((t) => t.span);
  const unit = sectionUnit(analysis, s, clauses);
  const rest = sectionUnit(analysis, s, [...clauses, ...taskSpans]).body;
  return {
    unit,
    title: textFeatures(unit.title, segmenter),
    body: mergeFeatures([textFeatures(rest, segmenter), ...own.map((f) => f.body)]),
  };
}

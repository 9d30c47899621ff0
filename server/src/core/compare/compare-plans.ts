/**
 * Holding one plan against another: `left` is the LOWER plan (city, province, or a sector plan
 * implementing a national one), `right` the UPPER plan. Structure (actions and tasks matched by
 * meaning), targets (same indicator, year by year), agencies and deadlines.
 *
 * Pure over its inputs; the only state is the segmenter, loaded lazily once per process unless
 * the caller passes one (or null, to force the character-bigram fallback).
 */
import type { PlanAnalysis } from '../analyze';
import { bigramSegmenter } from '../segment/bigram-segmenter';
import { loadSegmenter, segmenterStatus, type Segmenter } from '../segment/segmenter';
import { summarizeAgencies } from './agencies';
import { summarizeDeadlines } from './deadlines';
import { DEFAULT_MATCH_OPTIONS, matchSections } from './match-sections';
import { matchTargets } from './match-targets';
import { actionSections } from './plan-units';
import type { ComparisonMethod, PlanComparison, PlanSide } from './types';

export interface CompareOptions {
  leftName?: string;
  rightName?: string;
  /** The segmenter to use; undefined loads nodejieba (once), null forces character bigrams. */
  segmenter?: Segmenter | null;
  /** Both plans cover the same area (a national sector plan against the national plan). */
  sameScope?: boolean;
  actionThreshold?: number;
  taskThreshold?: number;
  movedThreshold?: number;
  indicatorThreshold?: number;
}

function side(name: string, a: PlanAnalysis): PlanSide {
  return { name, title: a.model.title, actions: actionSections(a.model.outline).length, tasks: a.model.tasks.length, targets: a.model.targets.length };
}

/** The segmenter to use and how to describe it: jieba when it loads, else bigrams, said so. */
export function resolveSegmenter(given: Segmenter | null | undefined): { segmenter: Segmenter; kind: 'jieba' | 'bigram'; note: string | null } {
  if (given === null) return { segmenter: bigramSegmenter, kind: 'bigram', note: '按要求使用字符二元组（未使用分词）' };
  if (given) return { segmenter: given, kind: given === bigramSegmenter ? 'bigram' : 'jieba', note: null };
  const loaded = loadSegmenter();
  if (loaded) return { segmenter: loaded, kind: 'jieba', note: segmenterStatus().error ?? null };
  const why = segmenterStatus().error ?? '原因不明';
  return { segmenter: bigramSegmenter, kind: 'bigram', note: `分词组件 nodejieba 无法加载，改用字符二元组比较，结果较粗：${why}` };
}

export function comparePlans(left: PlanAnalysis, right: PlanAnalysis, options: CompareOptions = {}): PlanComparison {
  const { segmenter, kind, note } = resolveSegmenter(options.segmenter);
  const matchOptions = {
    actionThreshold: options.actionThreshold ?? DEFAULT_MATCH_OPTIONS.actionThreshold,
    taskThreshold: options.taskThreshold ?? DEFAULT_MATCH_OPTIONS.taskThreshold,
    movedThreshold: options.movedThreshold ?? DEFAULT_MATCH_OPTIONS.movedThreshold,
  };
  const sameScope = options.sameScope ?? false;
  const { actions, movedTasks } = matchSections(left, right, segmenter, matchOptions);
  const targets = matchTargets(left, right, segmenter, { sameScope, indicatorThreshold: options.indicatorThreshold ?? 0.6 });
  const method: ComparisonMethod = { segmentation: kind, note, ...matchOptions, sameScope };
  const l = side(options.leftName ?? '本方案', left);
  const r = side(options.rightName ?? '上级方案', right);

  const matched = actions.filter((a) => a.left && a.right);
  const scoreSum = matched.reduce((s, a) => s + a.score, 0);
  const rightKeys = new Set(targets.filter((t) => t.finding === 'right-only').map((t) => t.key));
  return {
    left: l,
    right: r,
    method,
    sections: actions,
    movedTasks,
    targets,
    agencies: summarizeAgencies(left, right),
    deadlines: summarizeDeadlines(left, right),
    summary: {
      matchedActions: matched.length,
      unmatchedLeftActions: actions.filter((a) => a.left && !a.right).length,
      unmatchedRightActions: actions.filter((a) => !a.left && a.right).length,
      matchedTasks: actions.reduce((n, a) => n + a.tasks.filter((t) => t.left && t.right).length, 0) + movedTasks.length,
      targetPairs: targets.filter((t) => t.left && t.right).length,
      weaker: targets.filter((t) => t.finding === 'weaker').length,
      rightOnlyIndicators: rightKeys.size,
      // Matched similarity spread over both plans' actions: 1 only for two identical outlines.
      similarity: l.actions + r.actions > 0 ? Math.round(((2 * scoreSum) / (l.actions + r.actions)) * 1000) / 1000 : 0,
    },
  };
}

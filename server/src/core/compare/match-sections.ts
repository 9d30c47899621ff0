/**
 * Which actions and tasks of one plan correspond to which of the other, by meaning: TF-IDF
 * cosine over words and character bigrams of titles and bodies, then a one-to-one assignment.
 * Position and numbering play no part (Jiangxi puts 工业领域碳达峰行动 second, the nation third).
 */
import type { PlanAnalysis } from '../analyze';
import type { Segmenter } from '../segment/segmenter';
import { assign } from './assignment';
import { planFeatures, type FeaturedUnit, type PlanFeatures } from './plan-features';
import type { PlanUnit } from './plan-units';
import { termCount } from './term-bag';
import { cosine, DenseVector, TfIdf, topShared, type SparseVector } from './tfidf';
import type { ActionPair, SectionPair } from './types';

export interface MatchOptions {
  actionThreshold: number;
  taskThreshold: number;
  /** Tasks left over inside matched actions are paired across the plans above this score. */
  movedThreshold: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = { actionThreshold: 0.12, taskThreshold: 0.15, movedThreshold: 0.3 };

/** How much the title weighs against the body: titles are short and often paraphrased. */
const TITLE_WEIGHT = 0.3;
/** Preference for task pairs inside a matched pair of actions over pairs across actions. */
const IN_PAIR_BONUS = 0.1;
/** How far ahead of every other candidate a low-scoring moved pair must be (see distinctive). */
const DISTINCT_MARGIN = 1.4;
/** An action's own text against the evidence of its tasks (see matchSections). */
const CONTENT_WEIGHT = 0.6;
/** Words against character bigrams, within the title and within the body. */
const WORD_WEIGHT = 0.6;

interface UnitVectors {
  unit: PlanUnit;
  titleWords: SparseVector;
  titleBigrams: SparseVector;
  bodyWords: SparseVector;
  bodyBigrams: SparseVector;
}

/** Vectors for two lists of units, with IDF fitted on both lists together. */
function vectorize(lists: FeaturedUnit[][]): UnitVectors[][] {
  const all = lists.flat();
  const tw = new TfIdf(all.map((f) => f.title.words));
  const tb = new TfIdf(all.map((f) => f.title.bigrams));
  const bw = new TfIdf(all.map((f) => f.body.words));
  const bb = new TfIdf(all.map((f) => f.body.bigrams));
  return lists.map((list) =>
    list.map((f) => ({
      unit: f.unit,
      titleWords: tw.vector(f.title.words),
      titleBigrams: tb.vector(f.title.bigrams),
      bodyWords: bw.vector(f.body.words),
      bodyBigrams: bb.vector(f.body.bigrams),
    })),
  );
}

export function pairScore(a: UnitVectors, b: UnitVectors): number {
  const title = WORD_WEIGHT * cosine(a.titleWords, b.titleWords) + (1 - WORD_WEIGHT) * cosine(a.titleBigrams, b.titleBigrams);
  const body = WORD_WEIGHT * cosine(a.bodyWords, b.bodyWords) + (1 - WORD_WEIGHT) * cosine(a.bodyBigrams, b.bodyBigrams);
  return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body;
}

/** pairScore for every pair of two lists, into `table` (row-major): the left side spread dense. */
function fillScores(left: UnitVectors[], right: UnitVectors[], table: Float64Array): void {
  const size = termCount();
  const tw = new DenseVector(size);
  const tb = new DenseVector(size);
  const bw = new DenseVector(size);
  const bb = new DenseVector(size);
  for (let i = 0; i < left.length; i++) {
    const l = left[i];
    tw.load(l.titleWords);
    tb.load(l.titleBigrams);
    bw.load(l.bodyWords);
    bb.load(l.bodyBigrams);
    for (let j = 0; j < right.length; j++) {
      const r = right[j];
      const title = WORD_WEIGHT * tw.dot(r.titleWords) + (1 - WORD_WEIGHT) * tb.dot(r.titleBigrams);
      const body = WORD_WEIGHT * bw.dot(r.bodyWords) + (1 - WORD_WEIGHT) * bb.dot(r.bodyBigrams);
      table[i * right.length + j] = TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * body;
    }
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function pair(l: UnitVectors | null, r: UnitVectors | null, score: number): SectionPair {
  return {
    left: l?.unit.id ?? null,
    right: r?.unit.id ?? null,
    leftTitle: l?.unit.title ?? null,
    rightTitle: r?.unit.title ?? null,
    score: l && r ? round(score) : 0,
    leftLine: l?.unit.line ?? null,
    rightLine: r?.unit.line ?? null,
    sharedTerms: l && r ? topShared(l.bodyWords, r.bodyWords, 5) : [],
  };
}

/** Pairs for two lists: matched ones in the left list's order, then each side's leftovers. */
function matchLists(left: UnitVectors[], right: UnitVectors[], threshold: number, score: (l: UnitVectors, r: UnitVectors) => number = pairScore): SectionPair[] {
  const scores = left.map((l) => right.map((r) => score(l, r)));
  const chosen = assign(scores, threshold);
  const usedRight = new Set<number>();
  const pairs: SectionPair[] = [];
  left.forEach((l, i) => {
    const j = chosen[i];
    if (j >= 0) {
      usedRight.add(j);
      pairs.push(pair(l, right[j], scores[i][j]));
    } else pairs.push(pair(l, null, 0));
  });
  right.forEach((r, j) => {
    if (!usedRight.has(j)) pairs.push(pair(null, r, 0));
  });
  return pairs;
}

export interface SectionMatch {
  actions: ActionPair[];
  movedTasks: SectionPair[];
}

export function matchSections(left: PlanAnalysis, right: PlanAnalysis, segmenter: Segmenter, options: MatchOptions): SectionMatch {
  const lf = planFeatures(left, segmenter);
  const rf = planFeatures(right, segmenter);

  // Leaves: each action's tasks, or the action itself when it has none (政策保障's items).
  // They are vectorised together (IDF over every leaf of both plans) and each pair scored once.
  const leavesOf = (f: PlanFeatures) => new Map(f.actions.map((a) => [a.unit.id, f.tasks.get(a.unit.id)?.length ? f.tasks.get(a.unit.id)! : [a]]));
  const lLeaves = leavesOf(lf);
  const rLeaves = leavesOf(rf);
  const [llv, rlv] = vectorize([[...lLeaves.values()].flat(), [...rLeaves.values()].flat()]);
  // Every leaf pair scored once, up front, in a dense table (a comparison asks for most of them).
  const lIndex = new Map(llv.map((v, i) => [v.unit.id, i]));
  const rIndex = new Map(rlv.map((v, j) => [v.unit.id, j]));
  const table = new Float64Array(llv.length * rlv.length);
  fillScores(llv, rlv, table);
  const leafScore = (l: UnitVectors, r: UnitVectors): number => table[lIndex.get(l.unit.id)! * rlv.length + rIndex.get(r.unit.id)!];
  const lVec = (f: FeaturedUnit) => llv[lIndex.get(f.unit.id)!];
  const rVec = (f: FeaturedUnit) => rlv[rIndex.get(f.unit.id)!];

  // An action pair scores by its own text and by how well its tasks find partners in the other
  // (each task's best partner, averaged over both sides): two actions sharing one strong task
  // pair (组织开展城市碳达峰试点 ↔ 组织开展碳达峰试点建设) are related even if the rest differs.
  const evidence = (la: string, ra: string): number => {
    const lt = lLeaves.get(la)!.map((f) => lIndex.get(f.unit.id)!);
    const rt = rLeaves.get(ra)!.map((f) => rIndex.get(f.unit.id)!);
    const width = rlv.length;
    let sum = 0;
    for (const i of lt) {
      let best = 0;
      for (const j of rt) best = Math.max(best, table[i * width + j]);
      sum += best;
    }
    for (const j of rt) {
      let best = 0;
      for (const i of lt) best = Math.max(best, table[i * width + j]);
      sum += best;
    }
    return sum / (lt.length + rt.length);
  };
  const actionScore = (l: UnitVectors, r: UnitVectors): number =>
    CONTENT_WEIGHT * pairScore(l, r) + (1 - CONTENT_WEIGHT) * evidence(l.unit.id, r.unit.id);
  const [lv, rv] = vectorize([lf.actions, rf.actions]);
  const actionPairs = matchLists(lv, rv, options.actionThreshold, actionScore);

  // Tasks: one assignment over all leaves of both plans, so that a task finds its counterpart
  // even in another action (Jiangxi's 遏制“两高” is under 节能降碳, the nation's under 工业; a
  // sector plan's 钢铁 under 重点行业达峰行动). Pairs inside matched actions are preferred (a
  // bonus) and need only the task threshold; pairs across actions need the moved threshold, or
  // to stand out clearly (see runnerUps). Two single-task actions paired firmly at their own
  // level are settled and left out; a weak pair of them stays open, and is undone below when a
  // better partner turns up (a province's task and the nation's action a level apart).
  const actionOf = (leaves: Map<string, FeaturedUnit[]>) => {
    const m = new Map<string, string>();
    for (const [action, list] of leaves) for (const f of list) m.set(f.unit.id, action);
    return m;
  };
  const lActionOf = actionOf(lLeaves);
  const rActionOf = actionOf(rLeaves);
  const partner = new Map<string, string>();
  const settled = new Set<string>();
  const isLeafPair = (p: SectionPair) => !lf.tasks.get(p.left!)?.length && !rf.tasks.get(p.right!)?.length;
  for (const p of actionPairs) {
    if (!p.left || !p.right) continue;
    partner.set(p.left, p.right);
    if (isLeafPair(p) && p.score >= options.movedThreshold) {
      settled.add('L' + p.left);
      settled.add('R' + p.right);
    }
  }
  const lOpen = llv.filter((v) => !settled.has('L' + v.unit.id));
  const rOpen = rlv.filter((v) => !settled.has('R' + v.unit.id));
  const inPair = (l: UnitVectors, r: UnitVectors) => partner.get(lActionOf.get(l.unit.id)!) === rActionOf.get(r.unit.id);
  const runnerUp = runnerUps(lOpen, rOpen, leafScore);
  const eligible = lOpen.map((l, i) =>
    rOpen.map((r, j) => {
      const raw = leafScore(l, r);
      if (inPair(l, r)) return raw >= options.taskThreshold ? raw + IN_PAIR_BONUS : 0;
      const stands = raw >= options.taskThreshold && raw >= DISTINCT_MARGIN * Math.max(runnerUp.row[i].second(j), runnerUp.col[j].second(i));
      return raw >= options.movedThreshold || stands ? raw : 0;
    }),
  );
  const chosen = assign(eligible, Number.MIN_VALUE);
  const lPartner = new Map<string, UnitVectors>();
  const rTaken = new Set<string>();
  lOpen.forEach((l, i) => {
    if (chosen[i] < 0) return;
    lPartner.set(l.unit.id, rOpen[chosen[i]]);
    rTaken.add(rOpen[chosen[i]].unit.id);
  });

  const movedTasks: SectionPair[] = [];
  for (const l of lOpen) {
    const r = lPartner.get(l.unit.id);
    if (r && !inPair(l, r)) movedTasks.push(pair(l, r, leafScore(l, r)));
  }
  const moved = new Set(movedTasks.flatMap((p) => [`L${p.left}`, `R${p.right}`]));
  const actions: ActionPair[] = [];
  for (const p of actionPairs) {
    if (!p.left || !p.right) {
      actions.push({ ...p, tasks: [] });
      continue;
    }
    if (isLeafPair(p)) {
      // A weak pair of single-task actions, each of which the task assignment gave a different
      // partner: two leftovers here (their new pairs are among the moved ones).
      const lTo = lPartner.get(p.left)?.unit.id;
      const rFrom = rTaken.has(p.right) && lTo !== p.right;
      if (!settled.has('L' + p.left) && ((lTo !== undefined && lTo !== p.right) || rFrom)) {
        actions.push({ ...pair(lVec(lf.actions.find((a) => a.unit.id === p.left)!), null, 0), tasks: [] });
        actions.push({ ...pair(null, rVec(rf.actions.find((a) => a.unit.id === p.right)!), 0), tasks: [] });
      } else actions.push({ ...p, tasks: [] });
      continue;
    }
    // Leaves on each side: the tasks, or the action itself when it has none.
    const lt = lLeaves.get(p.left)!;
    const rt = rLeaves.get(p.right)!;
    const tasks: SectionPair[] = [];
    for (const f of lt) {
      if (moved.has('L' + f.unit.id)) continue;
      const l = lVec(f);
      const r = lPartner.get(f.unit.id);
      // A task paired with the other side's single-section action says which of the tasks it
      // corresponds to; with a single task on this side too, it would repeat the action row.
      if (r && (r.unit.id !== p.right || lt.length > 1)) tasks.push(pair(l, r, leafScore(l, r)));
      else if (!r && f.unit.id !== p.left) tasks.push(pair(l, null, 0));
    }
    for (const f of rt) if (!rTaken.has(f.unit.id) && f.unit.id !== p.right) tasks.push(pair(null, rVec(f), 0));
    actions.push({ ...p, tasks });
  }
  return { actions, movedTasks };
}

interface RunnerUp {
  /** The best score in the row (or column) other than at `except`. */
  second(except: number): number;
}

/** For each row and column of the score table, its two best scores and where the best is. */
function runnerUps(left: UnitVectors[], right: UnitVectors[], score: (l: UnitVectors, r: UnitVectors) => number): { row: RunnerUp[]; col: RunnerUp[] } {
  const top = (values: number[]): RunnerUp => {
    let best = -1;
    let a = 0;
    let b = 0;
    values.forEach((v, k) => {
      if (v > a) {
        b = a;
        a = v;
        best = k;
      } else if (v > b) b = v;
    });
    return { second: (except) => (except === best ? b : a) };
  };
  return {
    row: left.map((l) => top(right.map((r) => score(l, r)))),
    col: right.map((r) => top(left.map((l) => score(l, r)))),
  };
}

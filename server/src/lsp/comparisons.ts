/**
 * The comparisons a client has open (`planlens/compare` until `planlens/closeComparison`): one
 * per lower plan, with the upper plan's URI. They serve two things: the view's report, re-run
 * and pushed to the client when either plan changes (debounced: a comparison costs ~100 ms, too
 * much for every keystroke), and the target hover, which mentions the other plan's value.
 *
 * No LSP connection here: the server gives a host that loads plans (open document or file on
 * disk), the segmenter (which loads nodejieba the first time: 1–2 s, never on the diagnostics
 * path) and a way to push an update.
 */
import * as path from 'node:path';
import type { PlanAnalysis } from '../core';
import { COMPARISON_CSS, comparePlans, renderComparisonBody, type PlanComparison } from '../core/compare';
import type { Segmenter } from '../core/segment/segmenter';
import type { HoverComparison } from './features/comparison-hover';
import type { CompareResult } from './protocol';

export interface ComparisonHost {
  /** An open document's analysis, else the plan file on disk; null when it cannot be read. */
  load(uri: string): Promise<PlanAnalysis | null>;
  /** The segmenter; undefined lets the core try nodejieba and say why it fell back to bigrams. */
  segmenter(): Segmenter | undefined;
  /** A comparison was re-run after a change. */
  updated(result: CompareResult): void;
  log(message: string): void;
}

/** A request that cannot be answered, with a message for the user. */
export class CompareError extends Error {}

interface OpenComparison {
  lower: string;
  upper: string;
  comparison: PlanComparison;
}

export const RERUN_DELAY_MS = 800;

/** The last path segment of a URI, decoded: what a view shows as the plan's name. */
export function uriName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:/i, '').split('/').filter(Boolean).pop() ?? uri;
  try {
    return path.basename(decodeURIComponent(last));
  } catch {
    return last;
  }
}

export function compareResult(lower: string, upper: string, c: PlanComparison): CompareResult {
  const s = c.summary;
  return {
    lower,
    upper,
    lowerName: c.left.name,
    upperName: c.right.name,
    lowerTitle: c.left.title,
    upperTitle: c.right.title,
    summary: {
      matchedActions: s.matchedActions,
      unmatchedLowerActions: s.unmatchedLeftActions,
      unmatchedUpperActions: s.unmatchedRightActions,
      matchedTasks: s.matchedTasks,
      targetPairs: s.targetPairs,
      weaker: s.weaker,
      upperOnlyIndicators: s.rightOnlyIndicators,
      similarity: s.similarity,
    },
    actions: c.sections.map((p) => ({
      lower: p.left,
      upper: p.right,
      lowerTitle: p.leftTitle,
      upperTitle: p.rightTitle,
      score: p.score,
      lowerLine: p.leftLine,
      upperLine: p.rightLine,
    })),
    segmentation: c.method.segmentation,
    note: c.method.note,
    html: renderComparisonBody(c),
    css: COMPARISON_CSS,
  };
}

export class ComparisonSessions {
  private readonly open = new Map<string, OpenComparison>();
  /** Bumped by every run, replacement and close of a lower plan's comparison: a run that
   * finishes after a newer one started (or after the view closed) is dropped. */
  private readonly generation = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly host: ComparisonHost,
    private readonly rerunDelayMs = RERUN_DELAY_MS,
  ) {}

  /** Compares, keeps the comparison open for `lower`, and returns it for the client. */
  async compare(lower: string, upper: string, cancelled: () => boolean = () => false): Promise<CompareResult | null> {
    if (lower === upper) throw new CompareError('请选择另一个方案进行比较（不能与自身比较）。');
    const run = this.bump(lower);
    const c = await this.run(lower, upper);
    if (cancelled() || this.generation.get(lower) !== run) return null;
    this.open.set(lower, { lower, upper, comparison: c });
    return compareResult(lower, upper, c);
  }

  close(lower: string): void {
    this.bump(lower);
    this.open.delete(lower);
  }

  /** A plan changed (edited, closed, changed on disk): re-run, soon, the comparisons it is in. */
  changed(uri: string): void {
    for (const o of this.open.values()) if (o.lower === uri || o.upper === uri) this.schedule(o.lower);
  }

  /** Settings changed: every comparison may differ. */
  changedAll(): void {
    for (const lower of this.open.keys()) this.schedule(lower);
  }

  /** The open comparisons `uri` is part of, on either side. */
  forDocument(uri: string): HoverComparison[] {
    const out: HoverComparison[] = [];
    for (const o of this.open.values()) {
      if (o.lower === uri) out.push({ comparison: o.comparison, side: 'left' });
      else if (o.upper === uri) out.push({ comparison: o.comparison, side: 'right' });
    }
    return out;
  }

  get size(): number {
    return this.open.size;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private bump(lower: string): number {
    const next = (this.generation.get(lower) ?? 0) + 1;
    this.generation.set(lower, next);
    const timer = this.timers.get(lower);
    if (timer) clearTimeout(timer);
    this.timers.delete(lower);
    return next;
  }

  private async run(lower: string, upper: string): Promise<PlanComparison> {
    const [l, r] = await Promise.all([this.host.load(lower), this.host.load(upper)]);
    if (!l) throw new CompareError(`无法读取方案：${uriName(lower)}`);
    if (!r) throw new CompareError(`无法读取方案：${uriName(upper)}`);
    return comparePlans(l, r, { leftName: uriName(lower), rightName: uriName(upper), segmenter: this.host.segmenter() });
  }

  private schedule(lower: string): void {
    const previous = this.timers.get(lower);
    if (previous) clearTimeout(previous);
    const timer = setTimeout(() => {
      this.timers.delete(lower);
      void this.rerun(lower);
    }, this.rerunDelayMs);
    timer.unref?.();
    this.timers.set(lower, timer);
  }

  private async rerun(lower: string): Promise<void> {
    const o = this.open.get(lower);
    if (!o) return;
    const run = (this.generation.get(lower) ?? 0) + 1;
    this.generation.set(lower, run);
    try {
      const c = await this.run(o.lower, o.upper);
      if (this.generation.get(lower) !== run || !this.open.has(lower)) return;
      this.open.set(lower, { ...o, comparison: c });
      this.host.updated(compareResult(o.lower, o.upper, c));
    } catch (e) {
      // A plan deleted or unreadable now: the last comparison stays, the view with it.
      this.host.log(`重新比较 ${uriName(o.lower)} 失败：${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

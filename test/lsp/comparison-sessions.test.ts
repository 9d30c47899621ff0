/**
 * The server's open comparisons, without a connection: a request that a newer one overtook is
 * dropped (the client's view shows the newer plan), a closed comparison is never re-run, and a
 * change to either plan re-runs its comparison once, after the edits stop.
 */
import * as assert from 'node:assert/strict';
import { analyzePlan, type PlanAnalysis } from '../../server/src/core';
import { bigramSegmenter } from '../../server/src/core/segment/bigram-segmenter';
import { ComparisonSessions, CompareError, uriName, type ComparisonHost } from '../../server/src/lsp/comparisons';
import type { CompareResult } from '../../server/src/lsp/protocol';

const PLAN = (title: string, value: string) => analyzePlan(`${title}\n一、重点任务\n（一）能源绿色低碳转型行动\n1.大力发展新能源。到2025年，非化石能源消费比重达到${value}。（发展改革委负责）\n`);

class FakeHost implements ComparisonHost {
  plans = new Map<string, PlanAnalysis>([
    ['file:///a.plan', PLAN('某市实施方案', '18%')],
    ['file:///b.plan', PLAN('某省实施方案', '20%')],
    ['file:///c.plan', PLAN('另一省实施方案', '25%')],
    ['file:///x.plan', PLAN('某县实施方案', '10%')],
  ]);
  updates: CompareResult[] = [];
  /** Loads wait for release() while held. */
  held = false;
  private released: Array<() => void> = [];
  private listeners: Array<() => void> = [];

  async load(uri: string): Promise<PlanAnalysis | null> {
    if (this.held) await new Promise<void>((r) => this.released.push(r));
    return this.plans.get(uri) ?? null;
  }
  segmenter() {
    return bigramSegmenter;
  }
  updated(r: CompareResult): void {
    this.updates.push(r);
    for (const l of this.listeners.splice(0)) l();
  }
  log(): void {}
  release(): void {
    this.held = false;
    for (const r of this.released.splice(0)) r();
  }
  nextUpdate(): Promise<CompareResult> {
    return new Promise((resolve) => this.listeners.push(() => resolve(this.updates.at(-1)!)));
  }
}

describe('open comparisons (server side)', () => {
  it('drops a comparison overtaken by a newer request for the same lower plan', async () => {
    const host = new FakeHost();
    const s = new ComparisonSessions(host, 5);
    host.held = true;
    const first = s.compare('file:///a.plan', 'file:///b.plan');
    const second = s.compare('file:///a.plan', 'file:///c.plan');
    host.release();
    assert.equal(await first, null);
    assert.equal((await second)?.upper, 'file:///c.plan');
    assert.deepEqual(s.forDocument('file:///b.plan'), []);
    assert.deepEqual(s.forDocument('file:///c.plan').map((x) => x.side), ['right']);
    assert.deepEqual(s.forDocument('file:///a.plan').map((x) => x.side), ['left']);
    s.dispose();
  });

  it('re-runs once after a burst of changes, and never after the view closed', async () => {
    const host = new FakeHost();
    const s = new ComparisonSessions(host, 5);
    await s.compare('file:///a.plan', 'file:///b.plan');
    await s.compare('file:///x.plan', 'file:///b.plan');
    host.plans.set('file:///a.plan', PLAN('某市实施方案', '21%'));
    const next = host.nextUpdate();
    s.changed('file:///a.plan');
    s.changed('file:///a.plan');
    const update = await next;
    assert.equal(update.lower, 'file:///a.plan');
    assert.match(update.html, /高于上级/);
    assert.equal(host.updates.length, 1);

    // A change to b concerns both comparisons; a's view closes before its re-run fires.
    const after = host.nextUpdate();
    s.changed('file:///b.plan');
    s.close('file:///a.plan');
    assert.equal((await after).lower, 'file:///x.plan');
    assert.deepEqual(host.updates.map((u) => u.lower), ['file:///a.plan', 'file:///x.plan']);
    assert.deepEqual(s.forDocument('file:///a.plan'), []);
    s.dispose();
  });

  it('refuses a plan against itself and a plan it cannot read', async () => {
    const s = new ComparisonSessions(new FakeHost());
    await assert.rejects(s.compare('file:///a.plan', 'file:///a.plan'), CompareError);
    await assert.rejects(s.compare('file:///a.plan', 'file:///%E6%96%B9%E6%A1%88/missing.txt'), /无法读取方案：missing\.txt/);
    assert.equal(s.size, 0);
  });

  it('names a plan by its file name, decoded', () => {
    assert.equal(uriName('file:///tmp/%E6%B1%9F%E8%A5%BF%20plan.txt'), '江西 plan.txt');
    assert.equal(uriName('untitled:Untitled-1'), 'Untitled-1');
  });
});

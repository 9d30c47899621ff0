import * as assert from 'node:assert/strict';
import { SEGMENTER_UNAVAILABLE_MESSAGE, SegmenterProbe } from '../../server/src/lsp/segmenter-probe';

describe('segmenter probe', () => {
  const host = () => {
    const said: string[] = [];
    return { said, host: { idleMillis: () => 60_000, warn: (m: string, d: string) => said.push(`warn:${m}|${d}`), log: (m: string) => said.push(`log:${m}`) } };
  };

  it('says once that segmentation is off when nodejieba cannot load, however often it is asked', () => {
    const { said, host: h } = host();
    let loads = 0;
    const probe = new SegmenterProbe(h, () => {
      loads++;
      return { segmenter: null, error: 'Cannot find module nodejieba' };
    });
    assert.equal(probe.get(), null);
    assert.equal(probe.get(), null);
    assert.equal(loads, 1);
    assert.deepEqual(said, [`warn:${SEGMENTER_UNAVAILABLE_MESSAGE}|Cannot find module nodejieba`]);
    assert.deepEqual(probe.status(), { tried: true, loaded: false, error: 'Cannot find module nodejieba' });
  });

  it('a loader that throws counts as unavailable', () => {
    const { said, host: h } = host();
    const probe = new SegmenterProbe(h, () => {
      throw new Error('wrong ABI');
    });
    assert.equal(probe.get(), null);
    assert.equal(said.length, 1);
    assert.equal(probe.status().error, 'wrong ABI');
  });

  it('logs, without a warning, when it loads', () => {
    const { said, host: h } = host();
    const probe = new SegmenterProbe(h, () => ({ segmenter: { cut: (t: string) => [t] } }));
    assert.deepEqual(probe.get()!.cut('碳达峰'), ['碳达峰']);
    assert.deepEqual(said, ['log:中文分词已加载（nodejieba）。']);
    assert.deepEqual(probe.status(), { tried: true, loaded: true, error: undefined });
  });

  it('a scheduled try waits for its delay (a negative delay never tries)', async () => {
    const { host: h } = host();
    let loads = 0;
    const probe = new SegmenterProbe(h, () => {
      loads++;
      return { segmenter: null };
    });
    probe.schedule(-1);
    assert.equal(probe.status().tried, false);
    const tried = new Promise<void>((resolve) => {
      const p = new SegmenterProbe({ ...h, warn: () => resolve() }, () => ({ segmenter: null }));
      p.schedule(0);
    });
    await tried;
    assert.equal(loads, 0);
    probe.dispose();
  });
});

import * as assert from 'node:assert/strict';
import { SEGMENTER_UNAVAILABLE_MESSAGE, SegmenterProbe, type SegmenterLoaders } from '../../server/src/lsp/segmenter-probe';

describe('segmenter probe', () => {
  const host = () => {
    const said: string[] = [];
    return { said, host: { idleMillis: () => 60_000, warn: (m: string, d: string) => said.push(`warn:${m}|${d}`), log: (m: string) => said.push(`log:${m}`) } };
  };
  const counting = (check: () => string | null, load: SegmenterLoaders['load']) => {
    const calls = { check: 0, load: 0 };
    const loaders: SegmenterLoaders = {
      check: () => (calls.check++, check()),
      load: () => (calls.load++, load()),
    };
    return { calls, loaders };
  };

  it('says once that segmentation is off when nodejieba cannot load, however often it is asked', () => {
    const { said, host: h } = host();
    const { calls, loaders } = counting(() => 'Cannot find module nodejieba', () => ({ segmenter: null }));
    const probe = new SegmenterProbe(h, loaders);
    assert.equal(probe.check(), false);
    assert.equal(probe.check(), false);
    assert.equal(probe.get(), null);
    assert.deepEqual(calls, { check: 1, load: 0 });
    assert.deepEqual(said, [`warn:${SEGMENTER_UNAVAILABLE_MESSAGE}|Cannot find module nodejieba`]);
    assert.deepEqual(probe.status(), { tried: true, available: false, loaded: false, error: 'Cannot find module nodejieba' });
  });

  it('checks cheaply and loads the dictionaries only when a feature asks', () => {
    const { said, host: h } = host();
    const { calls, loaders } = counting(() => null, () => ({ segmenter: { cut: (t: string) => [t] } }));
    const probe = new SegmenterProbe(h, loaders);
    assert.equal(probe.check(), true);
    assert.deepEqual(calls, { check: 1, load: 0 });
    assert.deepEqual(probe.status(), { tried: true, available: true, loaded: false, error: undefined });
    assert.deepEqual(probe.get()!.cut('碳达峰'), ['碳达峰']);
    probe.get();
    assert.deepEqual(calls, { check: 1, load: 1 });
    assert.deepEqual(said, ['log:中文分词组件（nodejieba）可用，将在需要时加载。', 'log:中文分词已加载（nodejieba）。']);
    assert.equal(probe.status().loaded, true);
  });

  it('a load that fails or throws after a good check still warns once', () => {
    const { said, host: h } = host();
    const probe = new SegmenterProbe(h, {
      check: () => null,
      load: () => {
        throw new Error('dictionary missing');
      },
    });
    assert.equal(probe.get(), null);
    assert.equal(probe.get(), null);
    assert.equal(said.filter((m) => m.startsWith('warn:')).length, 1);
    assert.equal(probe.status().error, 'dictionary missing');
  });

  it('a scheduled check waits for its delay; a negative delay never checks', async () => {
    const { host: h } = host();
    const never = counting(() => 'no', () => ({ segmenter: null }));
    const idle = new SegmenterProbe(h, never.loaders);
    idle.schedule(-1);
    assert.equal(idle.status().tried, false);
    await new Promise<void>((resolve) => {
      const p = new SegmenterProbe({ ...h, warn: () => resolve() }, { check: () => 'no', load: () => ({ segmenter: null }) });
      p.schedule(0);
    });
    assert.deepEqual(never.calls, { check: 0, load: 0 });
    idle.dispose();
  });
});

/**
 * The short soak (300 random edits through the protocol; `npm run soak` runs 10 000): no crash,
 * every waited-on diagnostics equal to a fresh analysis, the final state equal too, and the
 * server's RSS not growing past 30 MB after the warm-up.
 */
import * as assert from 'node:assert/strict';
import { formatSoakReport, runSoak } from './soak-session';

const EDITS = Number(process.env.SOAK_EDITS ?? 300);

describe(`soak: ${EDITS} random edits through planlens lsp --stdio`, function () {
  // A hang detector: 300 edits take a few seconds.
  this.timeout(Math.max(120_000, EDITS * 100));
  this.slow(20_000);

  it('no crash, diagnostics always those of a fresh analysis, memory flat', async () => {
    // Half the run warms up: V8 grows its heap to a working size first, which is not a leak.
    const report = await runSoak({ edits: EDITS, warmUp: Math.min(1000, Math.floor(EDITS / 2)), seed: process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) : undefined });
    console.log(formatSoakReport(report).replace(/^/gm, '      '));
    assert.equal(report.crashes, 0);
    assert.equal(report.errorLogs, 0);
    assert.ok(report.finalEqual);
    assert.equal(report.edits, EDITS);
    if (report.rssWarmUpMb !== null && report.rssEndMb !== null) {
      assert.ok(report.rssEndMb - report.rssWarmUpMb < 30, `RSS grew by ${(report.rssEndMb - report.rssWarmUpMb).toFixed(1)} MB after the warm-up`);
    }
  });
});

/**
 * `npm run soak`: 10 000 random edits of the seed through `planlens lsp --stdio` (see
 * test/reliability/soak-session.ts), then the report: edits, crashes, the server's RSS after the
 * warm-up and at the end, whether the final diagnostics equal a fresh analysis. Exits 1 on a
 * crash, a mismatch, an error logged by the server, or RSS growth of 30 MB or more.
 *
 *   node scripts/soak.mjs [edits] [seed]     (after tsc -p . and the bundle: npm run soak does both)
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { runSoak, formatSoakReport } = require('../out/test/reliability/soak-session.js');

const edits = Number(process.argv[2] ?? process.env.SOAK_EDITS ?? 10_000);
const seed = process.argv[3] ?? process.env.SOAK_SEED;
const MAX_GROWTH_MB = 30;

try {
  const report = await runSoak({ edits, seed: seed === undefined ? undefined : Number(seed), log: (line) => console.log(`  ${line}`) });
  console.log(formatSoakReport(report));
  const growth = report.rssWarmUpMb !== null && report.rssEndMb !== null ? report.rssEndMb - report.rssWarmUpMb : null;
  const failures = [
    report.crashes > 0 && `${report.crashes} crash(es)`,
    report.errorLogs > 0 && `${report.errorLogs} error(s) logged by the server`,
    !report.finalEqual && 'final state differs from a fresh analysis',
    growth !== null && growth >= MAX_GROWTH_MB && `RSS grew by ${growth.toFixed(1)} MB after the warm-up`,
  ].filter(Boolean);
  if (failures.length > 0) {
    console.error(`soak FAILED: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('soak passed');
} catch (e) {
  console.error(`soak FAILED: ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
}

import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../core/helpers';
import { mutate, mutations, syntheticPlan, textEdits } from './generators';
import { checkIncremental } from './incremental';
import { checkInvariants } from './invariants';

/** npm test runs a short fuzz; `npm run fuzz` sets FUZZ_RUNS (100 000) for the long one. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const corpusDir = path.join(ROOT, 'test', 'fixtures', 'corpus');
const plans = [path.join(ROOT, 'seeds', '000_8df2462643963b13.txt'), ...fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpusDir, f))].map((f) =>
  fs.readFileSync(f, 'utf8'),
);

/** The slowest case of each property, for the README's figures (printed, never asserted). */
class Slowest {
  cases = 0;
  ms = 0;
  chars = 0;
  time<T>(chars: number, run: () => T): T {
    const start = performance.now();
    try {
      return run();
    } finally {
      const ms = performance.now() - start;
      this.cases++;
      if (ms > this.ms) [this.ms, this.chars] = [ms, chars];
    }
  }
  toString(): string {
    return `${this.cases} cases, slowest ${this.ms.toFixed(1)} ms (${this.chars} characters)`;
  }
}

describe('fuzzing the core', function () {
  this.timeout(0);
  const slowest = { synthetic: new Slowest(), mutated: new Slowest(), incremental: new Slowest() };
  after(() => {
    console.log(`\n${Object.entries(slowest).map(([name, s]) => `      ${name}: ${s}`).join('\n')}`);
  });

  it(`holds its invariants on ${RUNS} synthetic plans`, () => {
    fc.assert(fc.property(syntheticPlan, (text) => slowest.synthetic.time(text.length, () => checkInvariants(text))), { numRuns: RUNS });
  });

  it(`holds its invariants on ${RUNS} mutated corpus plans`, () => {
    fc.assert(
      fc.property(fc.nat({ max: plans.length - 1 }), mutations, (i, ms) => {
        const text = mutate(plans[i], ms);
        slowest.mutated.time(text.length, () => checkInvariants(text));
      }),
      { numRuns: RUNS },
    );
  });

  // A tenth as many: each case analyses a plan up to five times.
  const editRuns = Math.ceil(RUNS / 10);
  it(`gives after ${editRuns} series of incremental edits what a fresh analysis of the edited text gives`, () => {
    const start = fc.oneof(syntheticPlan, fc.nat({ max: plans.length - 1 }).map((i) => plans[i]));
    fc.assert(fc.property(start, textEdits, (text, edits) => slowest.incremental.time(text.length, () => checkIncremental(text, edits))), { numRuns: editRuns });
  });
});

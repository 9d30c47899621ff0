import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../core/helpers';
import { mutate, mutations, syntheticPlan } from './generators';
import { checkInvariants } from './invariants';

/** npm test runs a short fuzz; `npm run fuzz` sets FUZZ_RUNS (100 000) for the long one. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const corpusDir = path.join(ROOT, 'test', 'fixtures', 'corpus');
const plans = [path.join(ROOT, 'seeds', '000_8df2462643963b13.txt'), ...fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(corpusDir, f))].map((f) =>
  fs.readFileSync(f, 'utf8'),
);

describe('fuzzing the core', function () {
  this.timeout(0);

  it(`holds its invariants on ${RUNS} synthetic plans`, () => {
    fc.assert(fc.property(syntheticPlan, (text) => checkInvariants(text)), { numRuns: RUNS });
  });

  it(`holds its invariants on ${RUNS} mutated corpus plans`, () => {
    fc.assert(
      fc.property(fc.nat({ max: plans.length - 1 }), mutations, (i, ms) => checkInvariants(mutate(plans[i], ms))),
      { numRuns: RUNS },
    );
  });
});

/**
 * The ratchet: the figures on the hand-made gold sets may not drop below those committed in
 * test/fixtures/gold/scores.json (written by `npm run eval -- --write-scores`), overall and plan by
 * plan, so that a fix for one plan never silently loses another plan's targets or alarms.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GOLD_DIR } from './gold';
import { evaluate, type Evaluation, type Figures } from './evaluate';
import { ALARM_RULES } from './score-alarms';

const EPS = 1e-9;

describe('gold sets (npm run eval)', function () {
  this.timeout(120_000);
  let run: Evaluation;
  let committed: Figures;

  before(() => {
    run = evaluate();
    committed = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, 'scores.json'), 'utf8')) as Figures;
  });

  it('every gold plan has committed figures', () => {
    for (const s of run.targetScores) assert.ok(committed.targetPlans[s.name], `targets/${s.name}.json has no figures in scores.json: run npm run eval -- --write-scores`);
    for (const s of run.alarmScores) assert.ok(committed.alarmPlans[s.name], `alarms/${s.name}.json has no figures in scores.json`);
  });

  it('targets: overall precision, recall, field accuracy and non-numeric recall do not drop', () => {
    for (const split of ['dev', 'heldout'] as const) {
      const now = run.figures.targets[split];
      const then = committed.targets[split];
      if (!then || then.plans === 0) continue;
      for (const k of ['precision', 'recall', 'fieldAccuracy', 'nonNumericRecall'] as const) {
        assert.ok(now[k] >= then[k] - EPS, `${split} ${k} dropped: ${now[k]} < committed ${then[k]}`);
      }
    }
  });

  it('targets: no plan loses precision, recall or field accuracy', () => {
    const drops: string[] = [];
    for (const [name, now] of Object.entries(run.figures.targetPlans)) {
      const then = committed.targetPlans[name];
      if (!then) continue;
      for (const k of ['precision', 'recall', 'fieldAccuracy'] as const) {
        if (now[k] < then[k] - EPS) drops.push(`${name} ${k} ${now[k]} < ${then[k]}`);
      }
    }
    assert.deepEqual(drops, [], 'figures dropped (npm run eval -- --plan NAME shows the misses)');
  });

  it('alarms: precision, recall and lead accuracy do not drop, overall and per plan', () => {
    const drops: string[] = [];
    for (const split of ['dev', 'heldout'] as const) {
      const now = run.figures.alarms[split];
      const then = committed.alarms[split];
      if (!then || then.plans === 0) continue;
      for (const rule of ALARM_RULES) {
        for (const k of ['precision', 'recall'] as const) if (now[rule][k] < then[rule][k] - EPS) drops.push(`${split} ${rule} ${k} ${now[rule][k]} < ${then[rule][k]}`);
      }
      if (now.leadAccuracy < then.leadAccuracy - EPS) drops.push(`${split} leadAccuracy ${now.leadAccuracy} < ${then.leadAccuracy}`);
    }
    for (const [name, now] of Object.entries(run.figures.alarmPlans)) {
      const then = committed.alarmPlans[name];
      if (!then) continue;
      for (const rule of ALARM_RULES) {
        for (const k of ['precision', 'recall'] as const) if (now[rule][k] < then[rule][k] - EPS) drops.push(`${name} ${rule} ${k} ${now[rule][k]} < ${then[rule][k]}`);
      }
      if (now.leadAccuracy < then.leadAccuracy - EPS) drops.push(`${name} leadAccuracy ${now.leadAccuracy} < ${then.leadAccuracy}`);
    }
    assert.deepEqual(drops, []);
  });
});

#!/usr/bin/env node
// Debugging aid: prints PlanLens's verdict on every quantity of the given lines of a plan.
// Usage: node scripts/explain-line.mjs FILE LINE[,LINE…]   (after `tsc -p .`)
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
const require = createRequire(import.meta.url);
const { analyzePlan } = require('../out/server/src/core');
const [file, lines] = process.argv.slice(2);
const want = new Set(lines.split(',').map(Number));
const a = analyzePlan(fs.readFileSync(file, 'utf8'));
console.log('period', JSON.stringify(a.model.period), 'title', a.model.title);
for (const q of a.model.quantities) {
  const line = a.lineIndex.positionAt(q.span.start).line + 1;
  if (!want.has(line)) continue;
  const t = q.targetIndex !== null ? a.model.targets[q.targetIndex] : null;
  console.log(`L${line} ${q.text} → ${q.verdict}${t ? ` [${t.form}] «${t.indicator}» ${t.relation ?? ''} ${t.value ?? ''}${t.unit ?? ''} y=${t.year}(${t.yearSource})` : ` ${q.reason}`}`);
}

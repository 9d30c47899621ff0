/**
 * `npm run eval`: precision, recall and field accuracy of targets per plan, per form and overall;
 * the two alarms' precision and recall and the lead agency's accuracy; and what was missed.
 *
 *   --misses            list every miss, false find and wrong field of the dev plans
 *   --plan NAME         only that plan's misses
 *   --show-heldout      list the held-out plans' misses too (then they are no longer unseen)
 *   --write-scores      commit the figures as the new floor (test/fixtures/gold/scores.json)
 *   --markdown          the summary tables as Markdown (for the README)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GOLD_DIR, type Split } from './gold';
import { evaluate, formRecall, FORMS, targetTotals, type Figures } from './evaluate';
import { ALARM_RULES, ratio } from './score-alarms';
import type { PlanTargetScore } from './score-targets';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const planFilter = args.includes('--plan') ? args[args.indexOf('--plan') + 1] : null;
const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const SCORES = path.join(GOLD_DIR, 'scores.json');

const { targetScores, alarmScores, figures } = evaluate();

function targetTable(split: Split): void {
  const scores = targetScores.filter((s) => s.split === split);
  if (scores.length === 0) return;
  console.log(`\nTargets — ${split} (${scores.length} plans)`);
  console.log('plan'.padEnd(34) + '  gold  found  match  precision  recall  fields');
  for (const s of scores) {
    const right = s.pairs.filter((p) => p.wrong.length === 0).length;
    console.log(
      s.name.padEnd(34) +
        String(s.gold).padStart(6) + String(s.found).padStart(7) + String(s.matched).padStart(7) +
        pct(ratio(s.matched, s.found)).padStart(11) + pct(ratio(s.matched, s.gold)).padStart(8) + pct(ratio(right, s.matched)).padStart(8),
    );
  }
  const t = targetTotals(targetScores, split);
  console.log(
    'overall'.padEnd(34) + String(t.gold).padStart(6) + String(t.found).padStart(7) + String(t.matched).padStart(7) +
      pct(t.precision).padStart(11) + pct(t.recall).padStart(8) + pct(t.fieldAccuracy).padStart(8),
  );
  console.log('wrong fields among matched: ' + Object.entries(t.fieldWrong).map(([f, n]) => `${f} ${n}`).join(', '));
  const garbled = scores.reduce((acc, s) => ({ listed: acc.listed + s.garbled.listed, found: acc.found + s.garbled.found }), { listed: 0, found: 0 });
  if (garbled.listed > 0) console.log(`in tables scattered by text extraction (not in the figures above): ${garbled.found} of ${garbled.listed} found`);
  console.log('by form (recall, fields right among found):');
  for (const form of FORMS) {
    const r = formRecall(scores, form);
    if (r.gold === 0) continue;
    console.log(`  form ${String(form).padEnd(6)} ${String(r.matched).padStart(4)}/${String(r.gold).padEnd(4)} recall ${pct(ratio(r.matched, r.gold))}  fields ${pct(ratio(r.allFieldsRight, r.matched))}`);
  }
}

function alarmTable(split: Split): void {
  const scores = alarmScores.filter((s) => s.split === split);
  if (scores.length === 0) return;
  console.log(`\nAlarms — ${split} (${scores.length} plans, ${figures.alarms[split].tasks} tasks)`);
  console.log('plan'.padEnd(34) + '  tasks   deadline P/R (raised, wanted)    lead P/R (raised, wanted)   lead right');
  for (const s of scores) {
    const d = s.rules['missing-deadline'];
    const l = s.rules['missing-lead-agency'];
    console.log(
      s.name.padEnd(34) + String(s.tasks).padStart(7) +
        `   ${pct(ratio(d.wanted, d.raised))} ${pct(ratio(d.caught, d.goldWarn))} (${d.raised}, ${d.goldWarn})`.padEnd(32) +
        `   ${pct(ratio(l.wanted, l.raised))} ${pct(ratio(l.caught, l.goldWarn))} (${l.raised}, ${l.goldWarn})`.padEnd(28) +
        `   ${s.leadRight}/${s.withLead}`,
    );
  }
  const f = figures.alarms[split];
  for (const rule of ALARM_RULES) {
    const r = f[rule];
    console.log(`overall ${rule}: precision ${pct(r.precision)} recall ${pct(r.recall)} (raised ${r.raised}, reviewer would flag ${r.goldWarn})`);
  }
  console.log(`lead agency right: ${pct(f.leadAccuracy)}`);
}

function describeTarget(t: { indicator: string; value: number | null; unit: string | null; year: number | null }): string {
  return `${t.indicator} ${t.value ?? '—'}${t.unit ?? ''}${t.year ? ` (${t.year})` : ''}`;
}

function listTargetMisses(s: PlanTargetScore): void {
  if (s.missed.length + s.spurious.length + s.pairs.filter((p) => p.wrong.length).length === 0) return;
  console.log(`\n## ${s.name}`);
  for (const g of s.missed) {
    const note = s.missNotes.find((n) => n.gold === g)?.verdict ?? '';
    console.log(`  missed   L${g.line} [${g.forms.join(',')}] ${g.quote} — ${describeTarget(g)} ${g.comparator ?? ''}  ⟨${note.slice(0, 40)}⟩`);
  }
  for (const f of s.spurious) console.log(`  false    L${f.line} ${describeTarget(f.target)} ${f.target.comparator ?? ''}${f.target.qualifier ?? ''} «${f.target.text.slice(0, 40)}»`);
  for (const p of s.pairs) {
    if (p.wrong.length === 0) continue;
    const t = p.found.target;
    const detail = p.wrong.map((w) => {
      if (w === 'indicator') return `indicator «${t.indicator}» ≠ «${p.gold.indicator}»`;
      if (w === 'unit') return `unit ${t.unit} ≠ ${p.gold.unit}`;
      if (w === 'comparator') return `comparator ${t.comparator ?? ''}${t.qualifier ?? ''} ≠ ${p.gold.comparator}`;
      if (w === 'year') return `year ${t.year} ≠ ${p.gold.year} (${p.gold.yearSource})`;
      return `valueTo ${t.valueTo} ≠ ${p.gold.valueTo}`;
    });
    console.log(`  field    L${p.gold.line} ${p.gold.quote}: ${detail.join('; ')}`);
  }
}

function listAlarmMisses(): void {
  for (const s of alarmScores) {
    if (planFilter && s.name !== planFilter) continue;
    if (s.split === 'heldout' && !flag('--show-heldout')) continue;
    if (s.misses.length === 0 && s.wrongLeads.length === 0) continue;
    console.log(`\n## alarms ${s.name}`);
    for (const m of s.misses) {
      const why = m.rule === 'missing-deadline' ? m.task?.deadline.why ?? m.task?.deadline.source : m.task?.lead.source;
      console.log(`  ${m.kind.padEnd(11)} ${m.rule.padEnd(19)} L${m.line} ${m.task?.title ?? '(not a task in the gold)'}${why ? ` — ${why}` : ''}`);
    }
    for (const w of s.wrongLeads) console.log(`  lead       L${w.line} found ${JSON.stringify(w.found)} ≠ gold ${JSON.stringify(w.gold)}`);
  }
}

function markdownSummary(): void {
  const rows = ['| gold set | plans | listed | precision | recall | every field right | non-numeric recall |', '|---|---|---|---|---|---|---|'];
  for (const split of ['dev', 'heldout'] as Split[]) {
    const f = figures.targets[split];
    if (f.plans === 0) continue;
    rows.push(`| targets, ${split === 'dev' ? 'development' : 'held out'} | ${f.plans} | ${f.gold} | ${pct(f.precision).trim()} | ${pct(f.recall).trim()} | ${pct(f.fieldAccuracy).trim()} | ${pct(f.nonNumericRecall).trim()} |`);
  }
  console.log(rows.join('\n'));
  console.log('');
  const formRows = ['| form | development: recall (fields right) | held out: recall (fields right) |', '|---|---|---|'];
  const names: Record<string, string> = { 0: 'comparator before the number', 1: 'count between verb and noun', 2: 'quantity after its noun', 3: 'share before its noun', 4: 'lists', 5: 'year from outside the clause', 6: 'unusual units, negation, strength', 7: 'other verb frames', 8: 'non-numeric end states', table: 'indicator tables' };
  for (const form of FORMS) {
    const cell = (split: Split) => {
      const r = formRecall(targetScores.filter((s) => s.split === split), form);
      return r.gold === 0 ? '—' : `${pct(ratio(r.matched, r.gold)).trim()} of ${r.gold} (${pct(ratio(r.allFieldsRight, r.matched)).trim()})`;
    };
    formRows.push(`| ${form} ${names[String(form)]} | ${cell('dev')} | ${cell('heldout')} |`);
  }
  console.log(formRows.join('\n'));
  console.log('');
  const alarmRows = ['| gold set | plans | tasks | missing-deadline precision / recall | missing-lead-agency precision / recall | lead agency right |', '|---|---|---|---|---|---|'];
  for (const split of ['dev', 'heldout'] as Split[]) {
    const a = figures.alarms[split];
    if (a.plans === 0) continue;
    const d = a['missing-deadline'];
    const l = a['missing-lead-agency'];
    alarmRows.push(`| alarms, ${split === 'dev' ? 'development' : 'held out'} | ${a.plans} | ${a.tasks} | ${pct(d.precision).trim()} / ${pct(d.recall).trim()} (${d.raised} raised, ${d.goldWarn} wanted) | ${pct(l.precision).trim()} / ${pct(l.recall).trim()} (${l.raised} raised, ${l.goldWarn} wanted) | ${pct(a.leadAccuracy).trim()} |`);
  }
  console.log(alarmRows.join('\n'));
}

if (flag('--markdown')) {
  markdownSummary();
  process.exit(0);
}
targetTable('dev');
targetTable('heldout');
alarmTable('dev');
alarmTable('heldout');
if (flag('--misses') || planFilter) {
  for (const s of targetScores) {
    if (planFilter && s.name !== planFilter) continue;
    if (s.split === 'heldout' && !flag('--show-heldout')) continue;
    listTargetMisses(s);
  }
  listAlarmMisses();
}
if (flag('--write-scores')) {
  fs.writeFileSync(SCORES, JSON.stringify(figures satisfies Figures, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), SCORES)}`);
}

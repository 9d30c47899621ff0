#!/usr/bin/env node
// Checks the hand-made gold sets for form only (fields, enums, that each quote stands on its line):
// it reads the gold files and the plans, never PlanLens's output. Usage: node scripts/check-gold.mjs [files…]
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const goldDir = path.join(root, 'test/fixtures/gold');
const COMPARATORS = new Set(['=', '>=', '<=', '~', 'down', 'up', 'down>=', 'down<=', 'down~', 'up>=', 'up<=', 'up~', null]);
const FORMS = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 'table']);
const YEAR_SOURCES = new Set(['sentence', 'paragraph', 'section', 'plan-period', 'none']);
const DEADLINE_SOURCES = new Set(['own', 'section', 'plan-period', 'recurring', 'ongoing', 'table', 'none']);
const LEAD_SOURCES = new Set(['clause', 'body', 'plan-rule', 'table', 'convention', 'none']);

let problems = 0;
const complain = (file, msg) => {
  problems++;
  console.log(`${path.relative(root, file)}: ${msg}`);
};

function linesOf(gold, file) {
  const plan = path.join(root, gold.file ?? '');
  if (!gold.file || !fs.existsSync(plan)) {
    complain(file, `plan file not found: ${gold.file}`);
    return null;
  }
  return fs.readFileSync(plan, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function checkTargets(file, gold) {
  const lines = linesOf(gold, file);
  if (!lines) return;
  if (!['dev', 'heldout'].includes(gold.split)) complain(file, `split must be dev or heldout`);
  if (!Array.isArray(gold.targets)) return complain(file, 'targets must be an array');
  gold.targets.forEach((t, i) => {
    const at = `target ${i + 1} (line ${t.line})`;
    if (!Number.isInteger(t.line) || t.line < 1 || t.line > lines.length) return complain(file, `${at}: bad line`);
    const forms = t.forms ?? [];
    const text = lines[t.line - 1].replace(/\s/g, '');
    if (typeof t.quote !== 'string' || !text.includes(t.quote.replace(/\s/g, ''))) complain(file, `${at}: quote ${JSON.stringify(t.quote)} not on its line`);
    if (typeof t.indicator !== 'string' || t.indicator.trim() === '') complain(file, `${at}: indicator missing`);
    const nonNumeric = forms.includes(8);
    if (!nonNumeric && typeof t.value !== 'number') complain(file, `${at}: value must be a number (or form 8)`);
    if (nonNumeric && t.value !== null && t.value !== undefined) complain(file, `${at}: form 8 has value null`);
    if (t.valueTo !== undefined && t.valueTo !== null && typeof t.valueTo !== 'number') complain(file, `${at}: valueTo`);
    if (!COMPARATORS.has(t.comparator ?? null)) complain(file, `${at}: comparator ${t.comparator}`);
    if (t.year !== null && !(Number.isInteger(t.year) && t.year >= 1990 && t.year <= 2100)) complain(file, `${at}: year ${t.year}`);
    if (!YEAR_SOURCES.has(t.yearSource)) complain(file, `${at}: yearSource ${t.yearSource}`);
    if ((t.year === null) !== (t.yearSource === 'none')) complain(file, `${at}: year null iff yearSource none`);
    if (!Array.isArray(t.forms) || t.forms.length === 0 || t.forms.some((f) => !FORMS.has(f))) complain(file, `${at}: forms ${JSON.stringify(t.forms)}`);
  });
  for (const [i, n] of (gold.notTargets ?? []).entries()) {
    if (!Number.isInteger(n.line) || n.line < 1 || n.line > lines.length) complain(file, `notTarget ${i + 1}: bad line`);
    else if (!lines[n.line - 1].replace(/\s/g, '').includes(String(n.quote).replace(/\s/g, ''))) complain(file, `notTarget ${i + 1} (line ${n.line}): quote not on its line`);
  }
}

function checkAlarms(file, gold) {
  const lines = linesOf(gold, file);
  if (!lines) return;
  if (!['dev', 'heldout'].includes(gold.split)) complain(file, `split must be dev or heldout`);
  if (!['normal', 'division'].includes(gold.mode)) complain(file, 'mode must be normal or division');
  if (typeof gold.leadExpected !== 'boolean') complain(file, 'leadExpected must be a boolean');
  const seen = new Set();
  (gold.tasks ?? []).forEach((t, i) => {
    const at = `task ${i + 1} (line ${t.line})`;
    if (!Number.isInteger(t.line) || t.line < 1 || t.line > lines.length) return complain(file, `${at}: bad line`);
    if (seen.has(t.line)) complain(file, `${at}: two tasks on one line`);
    seen.add(t.line);
    if (t.label && !lines[t.line - 1].trim().replace(/\s/g, '').startsWith(t.label.replace(/\s/g, ''))) complain(file, `${at}: label ${t.label} does not open the line`);
    const d = t.deadline ?? {};
    if (!DEADLINE_SOURCES.has(d.source)) complain(file, `${at}: deadline.source ${d.source}`);
    if (typeof d.warn !== 'boolean') complain(file, `${at}: deadline.warn`);
    const l = t.lead ?? {};
    if (!LEAD_SOURCES.has(l.source)) complain(file, `${at}: lead.source ${l.source}`);
    if (typeof l.warn !== 'boolean') complain(file, `${at}: lead.warn`);
    if (!Array.isArray(l.lead)) complain(file, `${at}: lead.lead must be an array`);
    if (l.source === 'none' && l.lead?.length) complain(file, `${at}: lead source none but leads listed`);
  });
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : ['targets', 'alarms'].flatMap((d) => {
      const dir = path.join(goldDir, d);
      return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)) : [];
    });
for (const file of files) {
  let gold;
  try {
    gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    complain(file, `not valid JSON: ${e.message}`);
    continue;
  }
  if (file.includes(`${path.sep}alarms${path.sep}`)) checkAlarms(file, gold);
  else checkTargets(file, gold);
}
console.log(`${files.length} gold files, ${problems} problems`);
process.exitCode = problems ? 1 : 0;

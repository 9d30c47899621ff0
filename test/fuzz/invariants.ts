/**
 * What must hold for any input: no exception, no parse error, every range inside the document,
 * children inside parents, tasks and targets pointing at things that exist, work linear in size.
 */
import * as assert from 'node:assert/strict';
import { analyzePlan, type Section, type Span } from '../../server/src/core';
import { lexPlan } from '../../server/src/core/grammar/lexer';
import { normalizeText } from '../../server/src/core/text/normalize';

function within(span: Span, n: number, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= n, `${what}: [${span.start}, ${span.end}) outside 0..${n}`);
}

export function checkInvariants(text: string): void {
  const a = analyzePlan(text);
  const n = text.length;
  const m = a.model;
  assert.deepEqual(m.parseErrors, []);
  const ids = new Set<string>();
  const walk = (list: Section[], parent: Section | undefined) => {
    for (const s of list) {
      within(s.span, n, `section ${s.id}`);
      within(s.headingSpan, n, `heading ${s.id}`);
      assert.ok(!ids.has(s.id), `duplicate id ${s.id}`);
      ids.add(s.id);
      if (parent) assert.ok(s.span.start >= parent.span.start && s.span.end <= parent.span.end, `section ${s.id} outside its parent ${parent.id}`);
      walk(s.children, s);
    }
  };
  walk(m.outline, undefined);
  const taskIds = new Set(m.tasks.map((t) => t.id));
  assert.equal(taskIds.size, m.tasks.length, 'task ids are unique');
  for (const t of m.tasks) {
    within(t.span, n, `task ${t.id}`);
    within(t.headingSpan, n, `task heading ${t.id}`);
    for (const i of t.targetIndices) assert.ok(m.targets[i], `task ${t.id} points at a missing target`);
  }
  for (const t of m.targets) {
    within(t.span, n, 'target');
    within(t.valueSpan, n, 'target value');
    if (t.taskId !== null) assert.ok(taskIds.has(t.taskId), `target points at a missing task ${t.taskId}`);
    // An indicator is a noun phrase: never empty, never one character.
    assert.ok(t.indicator.replace(/\s/g, '').length >= 2, `target without an indicator: «${t.indicator}»`);
  }
  // Every quantity has a verdict with its reason; a target verdict points at its target, whose value it holds.
  for (const q of m.quantities) {
    within(q.span, n, 'quantity');
    assert.ok(q.reason.length > 0, `quantity ${q.text} has no reason`);
    if (q.verdict === 'target') assert.ok(q.targetIndex !== null && m.targets[q.targetIndex], `quantity ${q.text} points at a missing target`);
    else assert.equal(q.targetIndex, null);
  }
  for (let k = 0; k < m.targets.length; k++) assert.ok(m.quantities.some((q) => q.targetIndex === k), `target ${k} has no quantity`);
  for (const c of m.clauses) within(c.span, n, 'clause');
  for (const h of m.highlights) within({ start: h.start, end: h.start + h.length }, n, 'highlight');
  for (const d of a.diagnostics) {
    within(d.span, n, d.code);
    assert.ok(d.message.length > 0);
    for (const r of d.related ?? []) within(r.span, n, `${d.code} related`);
    for (const e of d.fix?.edits ?? []) within(e.span, n, `${d.code} fix`);
  }
  // Work proportional to size: no more tokens than characters (plus the line breaks' pairs).
  const tokens = lexPlan(normalizeText(text)).tokens.length;
  assert.ok(tokens <= n + 1, `${tokens} tokens for ${n} characters`);
}

/**
 * Inlay hints after a task that states no lead or no time of its own: the lead and the time it
 * takes from elsewhere, and from where — `⟨牵头：省工信厅 · 表⟩ ⟨2025年 · 规划期⟩` — so that the
 * reader sees what the plan implies and why no alarm fires there. A task whose own clause or
 * sentence says it gets no hint: the text already shows it.
 */
import { MarkupKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { PlanAnalysis, Task } from '../../core';
import { deadlineWords } from './task-rows';
import { DEADLINE_SOURCE, LEAD_SOURCE } from './task-hover';

/** Where a lead comes from when the task does not say it, in a word. */
export const LEAD_FROM: Partial<Record<Task['leadSource'], string>> = { table: '表', 'plan-rule': '下同', convention: '约定' };

/** Where a time comes from when the task does not say it, in a word. */
export const DEADLINE_FROM: Partial<Record<Task['effectiveDeadline']['source'], string>> = { table: '表', section: '章节', 'plan-period': '规划期' };

/** Agencies named in a hint at most; more are counted. */
const HINT_MAX_LEADS = 2;

export function inlayHints(analysis: PlanAnalysis, range?: Range): InlayHint[] {
  const { lineIndex } = analysis;
  const from = range ? lineIndex.offsetAt(range.start) : 0;
  const to = range ? lineIndex.offsetAt(range.end) : analysis.text.length;
  const out: InlayHint[] = [];
  for (const t of analysis.model.tasks) {
    const lead = leadHint(t);
    const time = deadlineHint(t);
    if (!lead && !time) continue;
    // At the end of the task's heading line: after the heading, or after the paragraph that holds it.
    const at = lineIndex.lineEnd(lineIndex.lineAt(t.headingSpan.end));
    if (at < from || at > to) continue;
    const position = lineIndex.positionAt(at);
    for (const h of [lead, time]) {
      if (h) out.push({ position, label: h.label, paddingLeft: true, tooltip: { kind: MarkupKind.PlainText, value: h.tooltip } });
    }
  }
  return out;
}

function leadHint(t: Task): { label: string; tooltip: string } | null {
  const from = LEAD_FROM[t.leadSource];
  const lead = t.agencies?.lead ?? [];
  if (!from || lead.length === 0) return null;
  const names = lead.slice(0, HINT_MAX_LEADS).join('、') + (lead.length > HINT_MAX_LEADS ? `等${lead.length}家` : '');
  return { label: `⟨牵头：${names} · ${from}⟩`, tooltip: `牵头单位：${lead.join('、')}（来自${LEAD_SOURCE[t.leadSource]}；任务本身未写明）` };
}

function deadlineHint(t: Task): { label: string; tooltip: string } | null {
  const from = DEADLINE_FROM[t.effectiveDeadline.source];
  const words = deadlineWords(t);
  if (!from || words === null) return null;
  return { label: `⟨${words} · ${from}⟩`, tooltip: `时限：${words}（来自${DEADLINE_SOURCE[t.effectiveDeadline.source]}；任务本身未写明）` };
}

/**
 * Format Document: the plan's text tidied without changing a word — heading numbers and labels
 * (headings.ts), punctuation (punctuation.ts), stray spaces (spaces.ts), full stops by the plan's
 * habit (full-stops.ts) — as edits over the text, one per changed line. Pure: the analysis in,
 * edits out; formatting its result again changes nothing.
 */
import { sectionsInOrder } from '../model/sections-in-order';
import { analyzePlan, type AnalyzeOptions, type PlanAnalysis } from '../analyze';
import type { Section } from '../model/types';
import { applyEdits, lineEdits, splitLines, type FormatEdit } from './edits';
import { missingStops, type StopLine } from './full-stops';
import { commaHeadings, labelEdits, type LabelForms } from './headings';
import { punctuateLine } from './punctuation';
import { tidySpaces } from './spaces';

export interface FormatOptions {
  /** 'standard': the GB/T 9704 label forms (一、（一）1.（1）); 'keep': the plan's own. */
  labelForms?: LabelForms;
}


export function formatPlan(analysis: PlanAnalysis, options: FormatOptions = {}): FormatEdit[] {
  const forms = options.labelForms ?? 'standard';
  const original = splitLines(analysis.text);
  if (forms === 'standard') {
    // 二，重点任务 → 二、重点任务 first (same length, same lines), then the plan read again with that
    // chapter in its outline, so that renumbering counts it; the edits are still over the original.
    const commas = commaHeadings(analysis.text, analysis.model, analysis.lineIndex.lineStarts, analysis.lineIndex.lineCount);
    if (commas.length > 0) {
      let fixed = analysis.text;
      for (const at of commas) fixed = fixed.slice(0, at) + '、' + fixed.slice(at + 1);
      return lineEdits(original, formattedLines(analyzePlan(fixed), forms));
    }
  }
  return lineEdits(original, formattedLines(analysis, forms));
}

/** The plan's lines as formatting leaves them. */
function formattedLines(analysis: PlanAnalysis, forms: LabelForms): string[] {
  const { text, model, lineIndex } = analysis;
  const lines = splitLines(text);
  const out = lines.map((l) => l.text);
  /** Where, in each line as rewritten so far, the text after its label starts. */
  const from = lines.map(() => 0);
  /** How far the label edit moved the rest of each line. */
  const shift = lines.map(() => 0);

  const labels = labelEdits(text, model, forms);
  for (const e of labels) {
    const i = lineIndex.lineAt(e.start);
    const l = lines[i];
    const a = e.start - l.start;
    const b = e.end - l.start;
    out[i] = l.text.slice(0, a) + e.text + l.text.slice(b);
    from[i] = a + e.text.length;
    shift[i] = e.text.length - (b - a);
  }
  const sections = sectionsInOrder(model.outline);
  for (const s of sections) {
    const i = s.line;
    if (from[i] === 0) {
      const end = s.labelSpan.end - lines[i].start;
      // In 'keep' mode the label is the plan's own, spaces and brackets included.
      from[i] = forms === 'keep' || s.kind === 'half-paren-arabic' || s.kind === 'circled' || s.kind === 'box' || s.kind === 'annex' ? end : 0;
    }
  }

  const furniture = new Set(model.furniture.map((f) => f.line));
  const kept = lines.map(() => [] as Array<{ start: number; end: number }>);
  for (const c of model.clauses) {
    const first = lineIndex.lineAt(c.span.start);
    const last = lineIndex.lineAt(Math.max(c.span.start, c.span.end - 1));
    for (let i = first; i <= last; i++) {
      const base = lines[i].start - shift[i];
      kept[i].push({ start: Math.max(0, c.span.start - base), end: c.span.end - base });
    }
  }
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '') continue;
    out[i] = punctuateLine(out[i], from[i]);
    // Punctuation keeps the length; spaces may shrink it, so they come last but for full stops.
    out[i] = furniture.has(i) ? trimEnd(out[i]) : tidySpaces(out[i], from[i], kept[i]);
  }

  const headingLines = new Map<number, Section>();
  for (const s of sections) headingLines.set(s.line, s);
  const titleLine = model.titleSpan ? lineIndex.lineAt(model.titleSpan.start) : -1;
  const firstAnnex = sections.find((s) => s.kind === 'annex')?.line ?? Infinity;
  const roles: StopLine[] = out.map((t, i) => {
    const h = headingLines.get(i);
    if (h) return { text: t, role: 'heading', family: h.inlineBody || h.title === '' || h.kind === 'box' || h.kind === 'annex' ? undefined : h.kind };
    const body = t.trim() !== '' && !t.includes('\t') && !furniture.has(i) && i !== titleLine && i < firstAnnex;
    return { text: t, role: body ? 'body' : 'other' };
  });
  for (const i of missingStops(roles)) out[i] = out[i].trimEnd() + '。';
  return out;
}

function trimEnd(line: string): string {
  return line.includes('\t') ? line : line.replace(/[ \u3000\u00a0]+$/, '');
}

/** The formatted text (for the command line and tests). */
export function formatText(text: string, options: FormatOptions & AnalyzeOptions = {}): string {
  return applyEdits(text, formatPlan(analyzePlan(text, options), options));
}

export { applyEdits, type FormatEdit } from './edits';
export type { LabelForms } from './headings';

/**
 * Heading labels as formatting writes them: numbers renumbered in order at every level — each list
 * restarting or running on across parents as the plan does, what the numbering rules' quick fix
 * does for one gap, done for the whole plan — and, unless the plan's own forms are kept, the label
 * forms of GB/T 9704: 一、 （一） 1. （1）.
 *
 * A list that holds a half-written heading (a label with nothing after it) is left as it is: the
 * drafter is in the middle of it.
 */
import { sectionsInOrder } from '../model/sections-in-order';
import type { LabelKind, PlanModel, Section } from '../model/types';
import { NUMBERED, numeral, numeralSpan } from '../rules/numbering';
import { toChineseNumber } from '../model/numerals';
import { labelNumber } from '../model/outline';

export type LabelForms = 'standard' | 'keep';

export interface LabelEdit {
  /** Where the label starts and ends in the original text (a 、 after （一） included when removed). */
  start: number;
  end: number;
  text: string;
}


/** The new number of every numbered heading whose list can be renumbered with certainty. */
export function renumbered(model: PlanModel): Map<Section, number> {
  const sections = sectionsInOrder(model.outline).filter((s) => NUMBERED.has(s.kind) && s.number !== null);
  const lists = new Map<Section | undefined, Map<LabelKind, Section[]>>();
  for (const s of sections) {
    let byKind = lists.get(s.parent);
    if (!byKind) lists.set(s.parent, (byKind = new Map()));
    let list = byKind.get(s.kind);
    if (!list) byKind.set(s.kind, (list = []));
    list.push(s);
  }
  const unsure = new Set<Section[]>();
  for (const byKind of lists.values()) for (const list of byKind.values()) if (list.some(halfWritten)) unsure.add(list);

  const out = new Map<Section, number>();
  const lastOld = new Map<LabelKind, number>();
  const lastNew = new Map<LabelKind, number>();
  const previous = new Map<Section[], number>();
  for (const s of sections) {
    const list = lists.get(s.parent)!.get(s.kind)!;
    const old = s.number!;
    let n: number;
    const prev = previous.get(list);
    if (prev !== undefined) n = prev + 1;
    else {
      const oldRun = lastOld.get(s.kind) ?? 0;
      // Running on across parents (（四） under 二、 after （三） under 一、), as the plan does; a
      // list that starts at 1, or anywhere else without an earlier list to run on from, restarts.
      n = old !== 1 && oldRun > 0 && old > oldRun ? (lastNew.get(s.kind) ?? 0) + 1 : 1;
    }
    if (unsure.has(list)) n = old;
    previous.set(list, n);
    lastOld.set(s.kind, old);
    lastNew.set(s.kind, n);
    out.set(s, n);
  }
  return out;
}

function halfWritten(s: Section): boolean {
  return s.title === '' && !s.inlineBody;
}

/** The label in the GB/T 9704 form, or null for the families the standard does not name. */
function standardLabel(kind: LabelKind, n: number, nextChar: string | undefined): string | null {
  switch (kind) {
    case 'cn':
      return `${toChineseNumber(n)}、`;
    case 'paren-cn':
      return `（${toChineseNumber(n)}）`;
    case 'arabic':
      // 1、2025年前…: as 1.2025 it would read as a decimal, not a heading.
      return nextChar !== undefined && /[0-9０-９]/.test(nextChar) ? null : `${n}.`;
    case 'paren-arabic':
      return `（${n}）`;
    default:
      return null;
  }
}

/** The label edits of the plan: renumbering, and the standard forms unless `forms` is 'keep'. */
export function labelEdits(text: string, model: PlanModel, forms: LabelForms): LabelEdit[] {
  const numbers = renumbered(model);
  const edits: LabelEdit[] = [];
  for (const [s, n] of numbers) {
    const { start, end } = s.labelSpan;
    const original = text.slice(start, end);
    if (forms === 'standard' && !halfWritten(s)) {
      let stop = end;
      // （一）、 → （一）: the standard puts nothing after the closing bracket.
      if (s.kind === 'paren-cn' || s.kind === 'paren-arabic') {
        while (text[stop] === ' ' || text[stop] === '\u3000') stop++;
        // Only before the title's first character (spaces between are stray too): （一）、，… is left
        // for the drafter.
        let after = stop + 1;
        while (text[after] === ' ' || text[after] === '\u3000') after++;
        if (/[、，,.．]/.test(text[stop] ?? '') && /[\u4e00-\u9fffA-Za-z“《]/.test(text[after] ?? '')) stop = after;
        else stop = end;
      }
      const label = standardLabel(s.kind, n, text[stop]);
      if (label !== null) {
        if (label !== text.slice(start, stop)) edits.push({ start, end: stop, text: label });
        continue;
      }
    }
    if (n === s.number) continue;
    const span = numeralSpan(s);
    const relabelled = original.slice(0, span.start - start) + numeral(s, n) + original.slice(span.end - start);
    edits.push({ start, end, text: relabelled });
  }
  return edits.sort((a, b) => a.start - b.start);
}

const COMMA_HEADING = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})[，,](?=[\u4e00-\u9fff])([^。；：]{1,30})(?:[。；：]|$)/;

/**
 * 二，重点任务 between 一、总体要求 and 三、保障措施: a chapter heading written with a comma, which the
 * outline cannot read as one. Only where its number is the one the chapters around it leave for it
 * (the previous 一、-style chapter is one less, or the next one more) and it is short as a heading
 * is: the offsets of the commas that should be 、.
 */
export function commaHeadings(text: string, model: PlanModel, lineStarts: ArrayLike<number>, lineCount: number): number[] {
  const chapters = model.outline.filter((s) => s.kind === 'cn' && s.number !== null);
  if (chapters.length === 0) return [];
  const headingLines = new Set(sectionsInOrder(model.outline).map((s) => s.line));
  const furniture = new Set(model.furniture.map((f) => f.line));
  const out: number[] = [];
  for (let i = 0; i < lineCount; i++) {
    const start = lineStarts[i];
    const c = text.charCodeAt(start);
    // Only lines that start (after an indent) with a Chinese numeral.
    if (!(c === 0x20 || c === 0x09 || c === 0x3000 || (c >= 0x4e00 && c <= 0x9fff))) continue;
    if (headingLines.has(i) || furniture.has(i)) continue;
    const end = i + 1 < lineCount ? lineStarts[i + 1] : text.length;
    const m = COMMA_HEADING.exec(text.slice(start, Math.min(end, start + 60)).replace(/[\r\n]+$/, ''));
    if (!m) continue;
    const n = labelNumber('cn', m[1]);
    const before = chapters.filter((s) => s.line < i).pop();
    const after = chapters.find((s) => s.line > i);
    if (n === null || !((before && before.number === n - 1) || (!before && n === 1) || (after && after.number === n + 1))) continue;
    out.push(start + m[0].indexOf(m[1]) + m[1].length);
  }
  return out;
}

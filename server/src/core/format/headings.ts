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
        // Only before the title's first character: （一）、，… is left for the drafter.
        if (/[、，,.．]/.test(text[stop] ?? '') && /[\u4e00-\u9fffA-Za-z“《]/.test(text[stop + 1] ?? '')) stop++;
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

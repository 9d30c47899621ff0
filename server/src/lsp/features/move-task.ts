/**
 * Move a task up or down (code actions on its heading line): the task and its sibling of the same
 * numbering swap places, bodies and sub-headings with them, while the labels stay where they
 * were — so the two are renumbered and the siblings' sequence is unbroken. One edit over the two
 * sections; what lies between them (a blank line, a box) stays in place.
 */
import { type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { PlanAnalysis, Section } from '../../core';
import { heading, planIndex, toRange } from './plan-index';

export const MOVE_KIND = 'refactor.move';

export interface MoveClient {
  version: number;
  documentChanges: boolean;
}

/** The section whose heading is on `line`, and its previous and next siblings of its kind. */
function neighbours(analysis: PlanAnalysis, line: number): { s: Section; prev?: Section; next?: Section } | null {
  const s = planIndex(analysis).sections.find((x) => x.line === line);
  if (!s || s.kind === 'annex') return null;
  const siblings = (s.parent?.children ?? analysis.model.outline).filter((c) => c.kind === s.kind);
  const i = siblings.indexOf(s);
  return { s, prev: siblings[i - 1], next: siblings[i + 1] };
}

/** The text of `first` … `second` with the two sections swapped and each label left in place. */
export function swapSections(text: string, first: Section, second: Section): { start: number; end: number; text: string } {
  const prefix = (x: Section) => text.slice(x.span.start, x.labelSpan.end);
  const rest = (x: Section) => text.slice(x.labelSpan.end, x.span.end);
  const between = text.slice(first.span.end, second.span.start);
  return { start: first.span.start, end: second.span.end, text: prefix(first) + rest(second) + between + prefix(second) + rest(first) };
}

export function moveTaskActions(analysis: PlanAnalysis, uri: string, range: Range, client: MoveClient): CodeAction[] {
  if (range.start.line !== range.end.line) return [];
  const found = neighbours(analysis, range.start.line);
  if (!found) return [];
  const { s, prev, next } = found;
  const out: CodeAction[] = [];
  const action = (title: string, first: Section, second: Section): CodeAction => {
    const swap = swapSections(analysis.text, first, second);
    const edit: TextEdit = { range: toRange(analysis, swap), newText: swap.text };
    const workspaceEdit: WorkspaceEdit = client.documentChanges
      ? { documentChanges: [{ textDocument: { uri, version: client.version }, edits: [edit] }] }
      : { changes: { [uri]: [edit] } };
    return { title, kind: MOVE_KIND, edit: workspaceEdit };
  };
  if (prev && prev.span.end <= s.span.start) out.push(action(`上移：与“${short(prev)}”交换并重新编号`, prev, s));
  if (next && s.span.end <= next.span.start) out.push(action(`下移：与“${short(next)}”交换并重新编号`, s, next));
  return out;
}

function short(s: Section): string {
  const h = heading(s);
  return h.length > 20 ? h.slice(0, 20) + '…' : h;
}

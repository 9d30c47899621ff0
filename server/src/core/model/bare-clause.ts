/**
 * An agency clause without brackets, on a line of its own after its task — how plans exported
 * from tables or written as lists often give it:
 *
 *   1.大力发展光伏。到2025年，光伏装机达到100万千瓦。
 *   责任单位：市发展改革委、市能源局
 *
 * The line is lexed and parsed again as if bracketed, so the clause reader sees what it sees in
 * （责任单位：…）, and the nodes are moved back to the line's offsets.
 */
import { lexPlan } from '../grammar/lexer';
import { parseTokens } from '../grammar/parser';
import type { BracketNode, Item, QuantityNode, TokNode } from '../grammar/syntax';
import type { LineInfo } from './line-info';

/** Longer than any real clause line; keeps a hostile line from being lexed twice. */
const MAX_CLAUSE_LINE = 2000;

/** The line as a bracketed clause when it opens with a role and a colon (责任单位：…), else null. */
export function bareClauseGroup(line: LineInfo): BracketNode | null {
  const items = line.node.items;
  const role = items[0];
  const rest = items[1];
  if (line.node.label !== null || role?.kind !== 'tok' || role.name !== 'Role') return null;
  if (rest?.kind !== 'tok' || !/^[：:]/.test(rest.image) || line.text.length > MAX_CLAUSE_LINE) return null;
  const parsed = parseTokens(lexPlan(`（${line.text}）`).tokens).lines[0];
  const group = parsed?.items[0];
  if (group?.kind !== 'bracket') return null;
  // The wrapped text starts one character before the line's: offsets shift by textStart - 1.
  const d = line.textStart - 1;
  shiftItems(group.items, d);
  const end = line.textStart + line.text.length;
  const open: TokNode = { ...group.open, start: line.textStart, end: line.textStart, image: '' };
  const close: TokNode | null = group.close && { ...group.close, start: end, end, image: '' };
  return { kind: 'bracket', open, close, items: group.items, start: line.textStart, end };
}

function shiftItems(items: Item[], d: number): void {
  for (const it of items) {
    it.start += d;
    it.end += d;
    if (it.kind === 'measure') {
      for (const c of it.comparators) shiftTok(c, d);
      for (const q of it.quantities) shiftQuantity(q, d);
    } else if (it.kind !== 'tok') {
      shiftTok(it.open, d);
      if (it.close) shiftTok(it.close, d);
      shiftItems(it.items, d);
    }
  }
}

function shiftTok(t: TokNode, d: number): void {
  t.start += d;
  t.end += d;
}

function shiftQuantity(q: QuantityNode, d: number): void {
  q.start += d;
  q.end += d;
  for (const t of [q.value, q.unit, q.to, q.toUnit, q.post]) if (t) shiftTok(t, d);
}

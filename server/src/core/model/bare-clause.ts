/**
 * An agency clause without brackets, on a line of its own after its task — how plans exported
 * from tables or written as lists often give it:
 *
 *   1.大力发展光伏。到2025年，光伏装机达到100万千瓦。
 *   责任单位：市发展改革委、市能源局
 *
 * or after the task's last sentence on its own line (……。责任单位：市发展改革委). The clause is lexed
 * and parsed again as if bracketed, so the clause reader sees what it sees in （责任单位：…), and the
 * nodes are moved back to the line's offsets.
 */
import { lexPlan } from '../grammar/lexer';
import { parseTokens } from '../grammar/parser';
import type { BracketNode, Item, QuantityNode, TokNode } from '../grammar/syntax';
import type { LineInfo } from './line-info';

/** Longer than any real clause line; keeps a hostile line from being lexed twice. */
const MAX_CLAUSE_LINE = 2000;

function isRoleColon(items: Item[], k: number): boolean {
  const role = items[k];
  const rest = items[k + 1];
  return role?.kind === 'tok' && role.name === 'Role' && rest?.kind === 'tok' && /^[：:]/.test(rest.image);
}

/** The line as a bracketed clause when it opens with a role and a colon (责任单位：…), else null. */
export function bareClauseGroup(line: LineInfo): BracketNode | null {
  if (line.node.label !== null || !isRoleColon(line.node.items, 0)) return null;
  return wrap(line, line.textStart);
}

/**
 * A clause without brackets that ends its task's line: 1.大力发展光伏。……。责任单位：市发展改革委.
 * Returns the index of its role word among the line's items, and the clause; null when none.
 */
export function trailingClauseGroup(line: LineInfo): { from: number; group: BracketNode } | null {
  const items = line.node.items;
  for (let k = items.length - 2; k > 0; k--) {
    if (!isRoleColon(items, k)) continue;
    const before = items[k - 1];
    const last = before.kind === 'tok' ? before.image.charCodeAt(before.image.length - 1) : 0;
    if (last !== 0x3002 && last !== 0xff1b) continue; // 。；
    const group = wrap(line, items[k].start);
    return group && { from: k, group };
  }
  return null;
}

/** The text from `start` to the line's end, lexed and parsed again as if bracketed. */
function wrap(line: LineInfo, start: number): BracketNode | null {
  const end = line.textStart + line.text.length;
  if (end - start > MAX_CLAUSE_LINE) return null;
  const parsed = parseTokens(lexPlan(`（${line.text.slice(start - line.textStart)}）`).tokens).lines[0];
  const group = parsed?.items[0];
  if (group?.kind !== 'bracket') return null;
  // The wrapped text starts one character before the clause: offsets shift by start - 1.
  shiftItems(group.items, start - 1);
  const open: TokNode = { ...group.open, start, end: start, image: '' };
  const close: TokNode | null = group.close && { ...group.close, start: end, end, image: '' };
  return { kind: 'bracket', open, close, items: group.items, start, end };
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

/**
 * Completion for a drafter: agency names inside an agency clause (after 责任单位：/牵头单位：, inside
 * （…按职责分工负责）, after 、 in such a list) — this plan's agencies first, then the workspace's,
 * then the `planlens.agencies` list, each with its normalised name and how many tasks it leads;
 * 按职责分工负责 after such a list; years after 到. The context is read from the line before the
 * cursor (what the user is typing is not yet a clause the core can read).
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { PlanAnalysis } from '../../core';
import { agencyKey } from '../../core/compare/agency-key';
import type { PlanDigest } from './plan-digest';
import { planIndex } from './plan-index';
import { matchScore } from './workspace-symbols';

export const COMPLETION_TRIGGERS = ['、', '：', '（', '(', '到'];

export interface CompletionSources {
  /** The workspace's other plans. */
  others?: readonly PlanDigest[];
  /** `planlens.agencies`. */
  configured?: readonly string[];
  /** The client takes the list's default edit range (completionList.itemDefaults: editRange, LSP 3.17). */
  editRangeDefault?: boolean;
}

const ROLE_LABEL = /(?:责任单位|牵头单位|配合单位|参与单位|责任部门|牵头部门|配合部门|参与部门|责任主体|牵头|配合)[：:]/g;
const AGENCY_END = /(?:委员会|委|厅|局|部|办公室|办|政府|中心|院|会|行|处|室|公司|集团|署|所|队|团)$/;
const DUTY = '按职责分工负责';

type Context =
  /** `closes`: a complete name stands before the cursor, so 按职责分工负责 may follow. */
  | { kind: 'agency'; prefix: Range; closes: boolean }
  | { kind: 'year'; prefix: Range }
  | null;

export function completions(analysis: PlanAnalysis, uri: string, position: Position, sources: CompletionSources = {}): CompletionList {
  const offset = analysis.lineIndex.offsetAt(position);
  const lineStart = analysis.lineIndex.offsetAt({ line: position.line, character: 0 });
  const before = analysis.text.slice(lineStart, offset);
  const context = readContext(before, position);
  if (!context) return { isIncomplete: false, items: [] };
  if (context.kind === 'year') return { isIncomplete: false, items: yearItems(analysis, context.prefix) };
  const typed = analysis.text.slice(analysis.lineIndex.offsetAt(context.prefix.start), offset);
  const { items, incomplete } = agencyItems(analysis, uri, sources.editRangeDefault ? null : context.prefix, typed, sources);
  if (context.closes) {
    // 按职责分工负责 closes a list: offered after a complete name, replacing a half-typed 按职….
    const tail = /按[职责分工负]*$/.exec(before);
    const start = tail ? position.character - tail[0].length : position.character;
    items.push({
      label: DUTY,
      kind: CompletionItemKind.Keyword,
      detail: '列出的单位按职责分工负责',
      sortText: '!' + DUTY,
      textEdit: { range: { start: { line: position.line, character: start }, end: position }, newText: DUTY },
    });
  }
  // One range for the whole list where the client takes it: a third of the message.
  return sources.editRangeDefault ? { isIncomplete: incomplete, itemDefaults: { editRange: context.prefix }, items } : { isIncomplete: incomplete, items };
}

/** Where the cursor is: in an agency list (and whether a complete name precedes it), after 到, or elsewhere. */
export function readContext(before: string, position: Position): Context {
  // 到2025年, not 达到18%, 做到, 得到…: the verbs that end in 到 take no year.
  const year = /(?<![达做得受看用提遇感想见])到(\d{0,3})$/.exec(before);
  if (year) return { kind: 'year', prefix: back(position, year[1].length) };

  let list: string | null = null;
  ROLE_LABEL.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = ROLE_LABEL.exec(before); m; m = ROLE_LABEL.exec(before)) last = m;
  if (last) {
    const rest = before.slice(last.index + last[0].length);
    if (!/[。；;（）()]/.test(rest)) list = rest;
  }
  if (list === null) {
    const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
    const close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
    if (open >= 0 && open > close) {
      const inner = before.slice(open + 1);
      if (!/[。；;：:，,]/.test(inner)) list = inner;
    }
  }
  if (list === null) return null;
  const parts = list.split(/[、，,]/);
  const typed = parts[parts.length - 1];
  const done = parts.slice(0, -1);
  // Inside a bracket, the names already listed must read as agencies: （如光伏、风电 is not a clause.
  if (done.some((p) => !AGENCY_END.test(p.replace(/等$/, '')))) return null;
  const closes = AGENCY_END.test(typed.replace(/等?(?:按[职责分工负]*)?$/, ''));
  if (/按[职责分工负]*$/.test(typed) && closes) return { kind: 'agency', prefix: back(position, 0), closes };
  return { kind: 'agency', prefix: back(position, typed.length), closes };
}

function back(position: Position, n: number): Range {
  return { start: { line: position.line, character: Math.max(0, position.character - n) }, end: position };
}

/** At most this many of the workspace's agencies are sent (this plan's and the configured ones always
 * are); past it the list is incomplete and re-asked as the user types. */
export const MAX_WORKSPACE_ITEMS = 100;

function agencyItems(analysis: PlanAnalysis, uri: string, prefix: Range | null, typed: string, sources: CompletionSources): { items: CompletionItem[]; incomplete: boolean } {
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  let incomplete = false;
  let fromWorkspace = 0;
  const add = (name: string, tier: number, lead: number, where: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (typed !== '' && matchScore(name, typed) === 0) return;
    if (tier === 1 && ++fromWorkspace > MAX_WORKSPACE_ITEMS) {
      incomplete = true;
      return;
    }
    out.push({
      label: name,
      kind: CompletionItemKind.Class,
      detail: `${where}·牵头${lead}项`,
      sortText: `${tier}${String(9999 - Math.min(lead, 9999)).padStart(4, '0')}${name}`,
      // The documentation (normalised name) is added on completionItem/resolve.
      ...(prefix ? { textEdit: { range: prefix, newText: name } } : {}),
    });
  };
  for (const a of planIndex(analysis).agencies.values()) add(a.name, 0, a.lead.length, '本方案');
  const workspace = new Map<string, number>();
  for (const d of sources.others ?? []) {
    if (d.uri === uri) continue;
    for (const [name, n] of d.leads) workspace.set(name, (workspace.get(name) ?? 0) + n);
  }
  // The workspace's most frequent leads first, so that a cut list keeps them.
  for (const [name, n] of [...workspace].sort((a, b) => b[1] - a[1])) add(name, 1, n, '工作区');
  for (const name of sources.configured ?? []) add(name, 2, workspace.get(name) ?? 0, '设置');
  return { items: out, incomplete };
}

/** completionItem/resolve: an agency's normalised name and what it leads. */
export function resolveCompletion(item: CompletionItem, markdown: boolean): CompletionItem {
  if (item.kind !== CompletionItemKind.Class) return item;
  const lines = [`${(item.detail ?? '').replace('·', '')}任务`, `归一名称：${agencyKey(item.label)}`];
  item.documentation = markdown ? { kind: MarkupKind.Markdown, value: lines.map((l) => `- ${l}`).join('\n') } : lines.join('\n');
  return item;
}

/** The plan's own years first (its period, its goals' horizons), then the years a plan names. */
function yearItems(analysis: PlanAnalysis, prefix: Range): CompletionItem[] {
  const { period, issued } = analysis.model;
  const own = [period.end, ...period.horizons].filter((y): y is number => y !== null);
  const from = issued?.year ?? period.start ?? period.baseYear ?? 2021;
  const years = [...new Set([...own, ...Array.from({ length: 16 }, (_, i) => from + i), 2030, 2035, 2060])];
  return years.map((y, i) => ({
    label: `${y}年`,
    kind: CompletionItemKind.Constant,
    detail: own.includes(y) ? (y === period.end ? '本方案期限' : '本方案目标年') : undefined,
    sortText: String(i).padStart(3, '0'),
    filterText: String(y),
    textEdit: { range: prefix, newText: `${y}年` },
  }));
}

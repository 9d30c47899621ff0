/**
 * Tasks: a numbered item with no numbered children in the plan's working chapters, or any
 * paragraph that carries an agency clause outside such an item.
 */
import type { AgencyClause, Deadline, Section, Span, Target, Task } from './types';
import type { LineInfo } from './line-info';
import { applyDivisionRows, type DivisionRow } from './division-table';
import { resolveDeadlines } from './effective-deadline';
import { readBodyLead } from './body-lead';
import type { PlanPeriod } from './plan-period';

export interface LocatedClause {
  clause: AgencyClause;
  lineIndex: number;
  /** Implementers inherited (以下均需…落实，不再列出) in force after this clause. */
  inheritedAfter: string[];
  /** A clause carried on by 下同, in force after this clause. */
  carriedAfter: AgencyClause | null;
}

function isNumbered(s: Section): boolean {
  return s.kind !== 'box' && s.kind !== 'annex';
}

function isChapter(s: Section): boolean {
  return s.parent === undefined || s.parent.kind === 'annex';
}

/** The numbered sections that are tasks. */
function numberedTasks(outline: Section[]): Section[] {
  const out: Section[] = [];
  const visitPart = (chapters: Section[]) => {
    // A plan (or annex) whose headings do not nest at all: every heading is a task.
    const flat = chapters.every((c) => !c.children.some(isNumbered));
    const visit = (s: Section) => {
      if (!isNumbered(s)) return;
      const numberedChildren = s.children.filter(isNumbered);
      if (numberedChildren.length === 0) {
        if (s.working && (flat || !isChapter(s))) out.push(s);
      } else {
        for (const c of numberedChildren) visit(c);
      }
    };
    for (const c of chapters) visit(c);
  };
  visitPart(outline.filter((s) => s.kind !== 'annex'));
  for (const annex of outline.filter((s) => s.kind === 'annex')) visitPart(annex.children);
  return out;
}

function contains(outer: Span, at: number): boolean {
  return at >= outer.start && at < Math.max(outer.end, outer.start + 1);
}

/** The task (in a list sorted by start, not overlapping) whose span holds `at`, by binary search. */
function ownerOf(tasks: Task[], at: number): Task | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid].span.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && contains(tasks[found].span, at) ? tasks[found] : undefined;
}

/** The first sentence of a paragraph, without its agency clauses: a paragraph task's title. */
function firstSentence(line: LineInfo, text: string, clauses: AgencyClause[]): { title: string; span: Span } {
  const start = line.node.label ? line.node.label.end : line.textStart;
  let end = line.textStart + line.text.length;
  const m = /[。；！？]/.exec(text.slice(start, end));
  if (m) end = start + m.index;
  let title = text.slice(start, end);
  for (const c of clauses) title = title.replace(text.slice(c.span.start, c.span.end), '');
  title = title.trim();
  if (title.length > 40) {
    title = title.slice(0, 40) + '…';
    end = Math.min(end, start + 40);
  }
  return { title, span: { start: line.textStart, end } };
}

export interface TaskInput {
  text: string;
  lines: LineInfo[];
  outline: Section[];
  sectionOfLine: Array<Section | undefined>;
  clauses: LocatedClause[];
  deadlines: Deadline[];
  targets: Target[];
  /** Rows of task-division tables (重点任务分工表), matched to tasks by title. */
  divisionRows?: DivisionRow[];
  period: PlanPeriod;
  /** Deadlines of each section's heading and lead-in, which govern the tasks under it. */
  sectionDeadlines: Map<Section, Deadline[]>;
  sections: Section[];
}

/** A task with every field in one fixed order (one object shape for all tasks). */
function makeTask(
  id: string, kind: Task['kind'], title: string, span: Span, headingSpan: Span, line: number, sectionId: string, clauses: AgencyClause[],
): Task {
  return {
    id, title, span, headingSpan, line, sectionId, kind,
    deadlines: [], clauses, agencies: null, inheritedImplementers: [],
    effectiveDeadline: { source: 'none', year: null, text: null, span: null }, leadSource: 'none', work: 'standing', targetIndices: [],
  };
}

/** Gives clauses to the numbered tasks that hold them; the others, grouped by line. */
function placeClauses(tasks: Task[], clauses: LocatedClause[]): Map<number, LocatedClause[]> {
  const byLine = new Map<number, LocatedClause[]>();
  for (const lc of clauses) {
    const owner = ownerOf(tasks, lc.clause.span.start);
    if (owner) {
      owner.clauses.push(lc.clause);
      continue;
    }
    let list = byLine.get(lc.lineIndex);
    if (!list) byLine.set(lc.lineIndex, (list = []));
    list.push(lc);
  }
  return byLine;
}

/** Whether a clause ends its paragraph: at the end of its line, or on a line of its own after it. */
function endsParagraph(lc: LocatedClause, lines: LineInfo[]): boolean {
  const line = lines[lc.lineIndex];
  const end = line.textStart + line.text.length;
  return lc.clause.span.start >= end || lc.clause.span.end >= end - 1;
}

/**
 * Run-in items: a numbered heading alone on its line, whose paragraphs each end with a clause of
 * their own (强化XX机制。……（责任单位：…）), holds one task per paragraph, not one for them all. The
 * heading's task is dropped; its clauses then make their paragraphs tasks.
 */
function splitRunIns(tasks: Task[], sections: Map<string, Section>, clauses: LocatedClause[], lines: LineInfo[]): void {
  const paragraphs = new Map<Task, Set<number>>();
  for (const lc of clauses) {
    const owner = ownerOf(tasks, lc.clause.span.start);
    const s = owner && sections.get(owner.id);
    if (!owner || !s || s.inlineBody || lines[lc.lineIndex].line === s.line || !endsParagraph(lc, lines)) continue;
    let set = paragraphs.get(owner);
    if (!set) paragraphs.set(owner, (set = new Set()));
    set.add(lc.lineIndex);
  }
  const split = new Set([...paragraphs].filter(([, set]) => set.size >= 2).map(([t]) => t));
  if (split.size === 0) return;
  const kept = tasks.filter((t) => !split.has(t));
  tasks.length = 0;
  tasks.push(...kept);
}

/** Clauses outside numbered tasks make their paragraph a task. */
function paragraphTasks(input: TaskInput, byLine: Map<number, LocatedClause[]>): Task[] {
  const out: Task[] = [];
  const count = new Map<string, number>();
  for (const [lineIndex, located] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
    const line = input.lines[lineIndex];
    const sectionId = input.sectionOfLine[lineIndex]?.id ?? '0';
    const n = (count.get(sectionId) ?? 0) + 1;
    count.set(sectionId, n);
    const clauses = located.map((l) => l.clause);
    const { title, span: headingSpan } = firstSentence(line, input.text, clauses);
    const span = { start: line.textStart, end: line.textStart + line.text.length };
    out.push(makeTask(`${sectionId}.p${n}`, 'paragraph', title, span, headingSpan, line.line, sectionId, clauses));
  }
  return out;
}

/** A task's deadlines, each wording once (到2025年 may recur in every sentence). */
function attachDeadlines(tasks: Task[], deadlines: Deadline[]): void {
  for (const d of deadlines) {
    const owner = ownerOf(tasks, d.span.start);
    if (owner && !owner.deadlines.some((x) => x.text === d.text)) owner.deadlines.push(d);
  }
  for (const t of tasks) {
    for (const c of t.clauses) {
      // 完成期限：2022年底前 is already a deadline token; 完成期限：根据…安排 is only text.
      if (c.deadlineText && !t.deadlines.some((d) => d.span.start >= c.span.start && d.span.end <= c.span.end)) {
        const y = /((?:19|20)\d{2})年/.exec(c.deadlineText);
        t.deadlines.push({ text: c.deadlineText, year: y ? Number(y[1]) : null, span: c.span });
      }
    }
  }
}

/** Leads of all the task's clauses, then the others that support. */
function mergeAgencies(t: Task): void {
  if (t.clauses.length === 0) return;
  const leads: string[] = [];
  const support: string[] = [];
  for (const c of t.clauses) for (const l of c.lead) if (!leads.includes(l)) leads.push(l);
  for (const c of t.clauses) for (const x of c.support) if (!leads.includes(x) && !support.includes(x)) support.push(x);
  t.agencies = { lead: leads, support, text: t.clauses.map((c) => c.text).join('；') };
}

/** A clause's lead comes from the clause itself, a table row, or the convention the plan states. */
function clauseSource(t: Task, tableClauses: Set<AgencyClause>): Task['leadSource'] {
  const c = t.clauses.find((x) => x.lead.length > 0)!;
  if (tableClauses.has(c)) return 'table';
  return c.convention === 'before-comma' || c.convention === 'first-per-group' ? 'convention' : 'clause';
}

/**
 * A task whose clauses name no lead: the actor of its own sentences (省能源局牵头…), else a clause
 * carried on by 下同.
 */
function readUnclausedLeads(tasks: Task[], input: TaskInput): void {
  let k = 0;
  let carried: AgencyClause | null = null;
  for (const t of tasks) {
    while (k < input.clauses.length && input.clauses[k].clause.span.start < t.span.start) carried = input.clauses[k++].carriedAfter;
    if (t.leadSource !== 'none') continue;
    const body = bodyWithoutClauses(t, input.text);
    const found = readBodyLead(body);
    if (found && found.lead.length > 0) {
      t.agencies = { lead: found.lead, support: found.support.filter((n) => !found.lead.includes(n)), text: '' };
      t.leadSource = 'body';
    } else if (carried && carried.lead.length > 0) {
      t.agencies = { lead: carried.lead, support: carried.support, text: carried.text };
      t.leadSource = 'plan-rule';
    }
  }
}

/** The task's text with its clauses blanked (same length: offsets stay), in one pass. */
function bodyWithoutClauses(t: Task, text: string): string {
  const pieces: string[] = [];
  let at = t.span.start;
  for (const c of [...t.clauses].sort((a, b) => a.span.start - b.span.start)) {
    const from = Math.max(at, c.span.start);
    const to = Math.min(t.span.end, c.span.end);
    if (from >= to) continue;
    pieces.push(text.slice(at, from), '。'.repeat(to - from));
    at = to;
  }
  pieces.push(text.slice(at, t.span.end));
  return pieces.join('');
}

/** "以下均需…落实" holds from the clause that says it to the end of the plan. */
function inheritImplementers(tasks: Task[], clauses: LocatedClause[]): void {
  let k = 0;
  let inherited: string[] = [];
  for (const t of tasks) {
    while (k < clauses.length && clauses[k].clause.span.start < t.span.end) inherited = clauses[k++].inheritedAfter;
    t.inheritedImplementers = inherited;
  }
}

/** Targets belong to the task that holds their value. */
function linkTargets(tasks: Task[], targets: Target[]): void {
  for (let i = 0; i < targets.length; i++) {
    const owner = ownerOf(tasks, targets[i].valueSpan.start);
    if (owner) {
      targets[i].taskId = owner.id;
      owner.targetIndices.push(i);
    }
  }
}

export function buildTasks(input: TaskInput): Task[] {
  const numbered = numberedTasks(input.outline);
  const tasks = numbered.map((s) => makeTask(s.id, 'numbered', s.title, s.span, s.headingSpan, s.line, s.id, []));
  splitRunIns(tasks, new Map(numbered.map((s) => [s.id, s])), input.clauses, input.lines);
  const byLine = placeClauses(tasks, input.clauses);
  tasks.push(...paragraphTasks(input, byLine));
  tasks.sort((a, b) => a.span.start - b.span.start);
  applyDivisionRows(tasks, input.divisionRows ?? []);
  attachDeadlines(tasks, input.deadlines);
  const tableClauses = new Set((input.divisionRows ?? []).map((r) => r.clause));
  for (const t of tasks) {
    mergeAgencies(t);
    if (t.agencies !== null && t.agencies.lead.length > 0) t.leadSource = clauseSource(t, tableClauses);
  }
  inheritImplementers(tasks, input.clauses);
  readUnclausedLeads(tasks, input);
  linkTargets(tasks, input.targets);
  resolveDeadlines(tasks, {
    text: input.text,
    period: input.period,
    sectionDeadlines: input.sectionDeadlines,
    sectionById: new Map(input.sections.map((s) => [s.id, s])),
    tableClauseSpans: new Set((input.divisionRows ?? []).map((r) => r.clause.span.start)),
  });
  return tasks;
}

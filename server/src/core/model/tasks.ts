/**
 * Tasks: a numbered item with no numbered children in the plan's working chapters, or any
 * paragraph that carries an agency clause outside such an item.
 */
import type { AgencyClause, Deadline, Section, Span, Target, Task } from './types';
import type { LineInfo } from './line-info';
import { applyDivisionRows, type DivisionRow } from './division-table';

export interface LocatedClause {
  clause: AgencyClause;
  lineIndex: number;
  /** Implementers inherited (以下均需…落实，不再列出) in force after this clause. */
  inheritedAfter: string[];
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
}

/** A task with every field in one fixed order (one object shape for all tasks). */
function makeTask(
  id: string, kind: Task['kind'], title: string, span: Span, headingSpan: Span, line: number, sectionId: string, clauses: AgencyClause[],
): Task {
  return {
    id, title, span, headingSpan, line, sectionId, kind,
    deadlines: [], clauses, agencies: null, inheritedImplementers: [],
    effectiveDeadline: { source: 'none', year: null, text: null, span: null }, leadSource: 'none', targetIndices: [],
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
  const tasks = numberedTasks(input.outline).map((s) => makeTask(s.id, 'numbered', s.title, s.span, s.headingSpan, s.line, s.id, []));
  const byLine = placeClauses(tasks, input.clauses);
  tasks.push(...paragraphTasks(input, byLine));
  tasks.sort((a, b) => a.span.start - b.span.start);
  applyDivisionRows(tasks, input.divisionRows ?? []);
  attachDeadlines(tasks, input.deadlines);
  for (const t of tasks) {
    mergeAgencies(t);
    if (t.agencies !== null && t.agencies.lead.length > 0) t.leadSource = 'clause';
    const own = t.deadlines[0];
    if (own) t.effectiveDeadline = { source: 'own', year: own.year, text: own.text, span: own.span };
  }
  inheritImplementers(tasks, input.clauses);
  linkTargets(tasks, input.targets);
  return tasks;
}

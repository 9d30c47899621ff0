/**
 * Tasks: a numbered item with no numbered children in the plan's working chapters, or any
 * paragraph that carries an agency clause outside such an item.
 */
import type { AgencyClause, Deadline, Section, Span, Target, Task } from './types';
import type { LineInfo } from './line-info';

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
}

export function buildTasks(input: TaskInput): Task[] {
  const { text, lines, sectionOfLine, clauses, deadlines, targets } = input;
  const tasks: Task[] = [];
  for (const s of numberedTasks(input.outline)) {
    tasks.push({
      id: s.id,
      title: s.title,
      span: s.span,
      headingSpan: s.headingSpan,
      line: s.line,
      sectionId: s.id,
      kind: 'numbered',
      deadlines: [],
      clauses: [],
      agencies: null,
      inheritedImplementers: [],
      targetIndices: [],
    });
  }

  // Clauses outside numbered tasks make their paragraph a task.
  const byLine = new Map<number, LocatedClause[]>();
  for (const lc of clauses) {
    const owner = ownerOf(tasks, lc.clause.span.start);
    if (owner) {
      owner.clauses.push(lc.clause);
      continue;
    }
    const list = byLine.get(lc.lineIndex) ?? [];
    list.push(lc);
    byLine.set(lc.lineIndex, list);
  }
  const paragraphCount = new Map<string, number>();
  for (const [lineIndex, located] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
    const line = lines[lineIndex];
    const section = sectionOfLine[lineIndex];
    const sectionId = section?.id ?? '0';
    const n = (paragraphCount.get(sectionId) ?? 0) + 1;
    paragraphCount.set(sectionId, n);
    const { title, span: headingSpan } = firstSentence(line, text, located.map((l) => l.clause));
    tasks.push({
      id: `${sectionId}.p${n}`,
      title,
      span: { start: line.textStart, end: line.textStart + line.text.length },
      headingSpan,
      line: line.line,
      sectionId,
      kind: 'paragraph',
      deadlines: [],
      clauses: located.map((l) => l.clause),
      agencies: null,
      inheritedImplementers: [],
      targetIndices: [],
    });
  }
  tasks.sort((a, b) => a.span.start - b.span.start);

  // A task's deadlines, each wording once (到2025年 may recur in every sentence).
  for (const d of deadlines) {
    const owner = ownerOf(tasks, d.span.start);
    if (owner && !owner.deadlines.some((x) => x.text === d.text)) owner.deadlines.push(d);
  }
  let clauseIndex = 0;
  let inherited: string[] = [];
  for (const t of tasks) {
    const leads: string[] = [];
    const support: string[] = [];
    for (const c of t.clauses) {
      for (const l of c.lead) if (!leads.includes(l)) leads.push(l);
    }
    for (const c of t.clauses) {
      for (const s of c.support) if (!leads.includes(s) && !support.includes(s)) support.push(s);
    }
    if (t.clauses.length > 0) {
      t.agencies = { lead: leads, support, text: t.clauses.map((c) => c.text).join('；') };
    }
    // "以下均需…落实" holds from the clause that says it to the end of the plan.
    while (clauseIndex < clauses.length && clauses[clauseIndex].clause.span.start < t.span.end) {
      inherited = clauses[clauseIndex].inheritedAfter;
      clauseIndex++;
    }
    t.inheritedImplementers = inherited;
    for (const c of t.clauses) {
      // 完成期限：2022年底前 is already a deadline token; 完成期限：根据…安排 is only text.
      if (c.deadlineText && !t.deadlines.some((d) => d.span.start >= c.span.start && d.span.end <= c.span.end)) {
        const y = /((?:19|20)\d{2})年/.exec(c.deadlineText);
        t.deadlines.push({ text: c.deadlineText, year: y ? Number(y[1]) : null, span: c.span });
      }
    }
  }

  // Targets belong to the innermost task that holds them.
  targets.forEach((target, i) => {
    const owner = ownerOf(tasks, target.valueSpan.start);
    if (owner) {
      target.taskId = owner.id;
      owner.targetIndices.push(i);
    }
  });
  return tasks;
}

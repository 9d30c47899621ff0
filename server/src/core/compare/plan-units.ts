/**
 * What the structure comparison is over: the plan's actions (the children of its working
 * chapters, e.g. 三、重点任务's （一）…（十）) and, inside each action, its tasks.
 */
import type { PlanAnalysis } from '../analyze';
import type { Section, Span, Task } from '../model/types';

export interface PlanUnit {
  id: string;
  title: string;
  /** 0-based line of the heading. */
  line: number;
  /** The unit's text (normalised), agency clauses blanked out: they name who, not what. */
  body: string;
}

function isNumbered(s: Section): boolean {
  return s.kind !== 'box' && s.kind !== 'annex';
}

/**
 * Action-level sections: for each working chapter, its numbered children, or the chapter itself
 * when it has none (组织实施 written as one paragraph). A 第一章 chapter is an action of its own
 * (its 第一节 parts are its tasks); an annex is looked into.
 */
export function actionSections(outline: Section[]): Section[] {
  const out: Section[] = [];
  const visit = (chapters: Section[]) => {
    for (const c of chapters) {
      if (c.kind === 'annex') {
        visit(c.children);
        continue;
      }
      if (!c.working || !isNumbered(c)) continue;
      const children = c.children.filter(isNumbered);
      if (c.kind === 'chapter' || children.length === 0) out.push(c);
      else out.push(...children);
    }
  };
  visit(outline);
  return out;
}

/** The text of `span` with every agency clause inside it blanked (same length, spaces). */
function bodyText(analysis: PlanAnalysis, span: Span, clauses: Span[]): string {
  let text = analysis.normalized.slice(span.start, span.end);
  for (const c of clauses) {
    if (c.end <= span.start || c.start >= span.end) continue;
    const from = Math.max(c.start, span.start) - span.start;
    const to = Math.min(c.end, span.end) - span.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

export function clauseSpans(analysis: PlanAnalysis): Span[] {
  return analysis.model.clauses.map((c) => c.span);
}

export function sectionUnit(analysis: PlanAnalysis, s: Section, clauses: Span[]): PlanUnit {
  return { id: s.id, title: s.title, line: s.line, body: bodyText(analysis, s.span, clauses) };
}

export function taskUnit(analysis: PlanAnalysis, t: Task, clauses: Span[]): PlanUnit {
  return { id: t.id, title: t.title, line: analysis.lineIndex.positionAt(t.headingSpan.start).line, body: bodyText(analysis, t.span, clauses) };
}

/** The tasks inside an action: none when the action is itself a single task. */
export function tasksOf(analysis: PlanAnalysis, action: Section): Task[] {
  const prefix = action.id + '.';
  return analysis.model.tasks.filter((t) => t.id !== action.id && (t.sectionId === action.id || t.id.startsWith(prefix)));
}

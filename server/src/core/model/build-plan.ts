/**
 * From text to plan model: normalise, lex, parse, then read layout, outline, agency clauses,
 * targets and tasks off the syntax tree. Tokens and the syntax tree are dropped on return; the
 * model keeps offsets only.
 */
import { readCrossReferences } from './cross-references';
import { lexPlan } from '../grammar/lexer';
import { parseTokens } from '../grammar/parser';
import type { GroupNode, Item, LineNode, TokNode } from '../grammar/syntax';
import { LineIndex } from '../text/line-index';
import { normalizeText } from '../text/normalize';
import { isAgencyClause, isBareAgencyList, readAgencyClause, type ClauseContext } from './agencies';
import { bareClauseGroup, trailingClauseGroup } from './bare-clause';
import { readDivisionTable, type DivisionRow } from './division-table';
import { DEADLINE_TOKENS, readDeadline } from './deadlines';
import { analyzeLayout } from './furniture';
import type { LineInfo } from './line-info';
import { buildOutline, markWorking, type WorkingChapterOptions } from './outline';
import { isTableRow, TableTargetReader } from './tables';
import { TargetReader } from './targets';
import { resolvePeriod, periodFromTitle, issueYear, issueDate } from './plan-period';
import { planMode } from './plan-mode';
import { buildTasks, type LocatedClause } from './tasks';
import type { AgencyClause, Deadline, Highlight, PlanModel, Section, Span, Target } from './types';

export interface ModelOptions {
  workingChapters?: WorkingChapterOptions;
  /** Short or variant names of agencies mapped to the name to report (省发改委 → 省发展改革委). */
  agencyAliases?: Record<string, string>;
}

/** Bracket facts the rules need and the model does not keep. */
export interface BracketIssue {
  kind: 'unclosed' | 'stray' | 'mismatched';
  open: Span | null;
  close: Span | null;
  /** The character that would close (or open) it. */
  expected: string;
  line: number;
}

export interface BuiltPlan {
  model: PlanModel;
  lineIndex: LineIndex;
  normalized: string;
  /** Sections in document order. */
  sections: Section[];
  bracketIssues: BracketIssue[];
}

const CLAUSE_WORDS = new Set(['Role', 'Duty', 'DutyVerb', 'RoleVerb', 'DeadlineRole']);
const PAIRS: Record<string, string> = { '（': '）', '〔': '〕', '［': '］', '｛': '｝', '〈': '〉', '「': '」', '『': '』', '《': '》' };
const OPENERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

function lineInfos(nodes: LineNode[], normalized: string, index: LineIndex): LineInfo[] {
  const out: LineInfo[] = [];
  let line = 0;
  const starts = index.lineStarts;
  for (const node of nodes) {
    while (line + 1 < starts.length && starts[line + 1] <= node.start) line++;
    const start = starts[line];
    const end = index.lineEnd(line);
    const raw = normalized.slice(start, end);
    // A table row keeps the tabs before its first cell (an empty first cell: the row of a merged
    // category cell); a line only indented with a tab is trimmed as any other.
    const bare = raw.trim();
    const row = bare.includes('\t') && /^[ \u3000]*\t/.test(raw);
    const kept = row ? raw.replace(/^[ \u3000]*/, '') : raw.trimStart();
    const lead = raw.length - kept.length;
    const trimmed = kept.trimEnd();
    out.push({ node, line, start, end, text: trimmed, textStart: start + lead, hasTabs: trimmed.includes('\t') });
  }
  return out;
}

function collectBracketIssues(items: Item[], line: number, issues: BracketIssue[]): void {
  for (const it of items) {
    if (it.kind === 'tok') {
      if (it.name === 'StrayRParen' || it.name === 'RBook') {
        issues.push({ kind: 'stray', open: null, close: { start: it.start, end: it.end }, expected: OPENERS[it.image] ?? '（', line });
      }
      continue;
    }
    if (it.kind !== 'bracket' && it.kind !== 'book') continue;
    const want = PAIRS[it.open.image] ?? '）';
    if (it.close === null) {
      issues.push({ kind: 'unclosed', open: { start: it.open.start, end: it.open.end }, close: null, expected: want, line });
    } else if (it.close.image !== want) {
      issues.push({
        kind: 'mismatched',
        open: { start: it.open.start, end: it.open.end },
        close: { start: it.close.start, end: it.close.end },
        expected: want,
        line,
      });
    }
    collectBracketIssues(it.items, line, issues);
  }
}

/** Lexes and parses; the tokens die on return (a 5 MB plan has 130 000 of them). */
function parse(normalized: string): { lines: LineNode[]; errors: string[] } {
  const lexed = lexPlan(normalized);
  const parsed = parseTokens(lexed.tokens);
  return { lines: parsed.lines, errors: [...lexed.errors.map((e) => e.message), ...parsed.errors] };
}

/** What the per-line pass collects: clauses, deadlines, highlights, bracket issues. */
class LineFacts {
  readonly clauses: LocatedClause[] = [];
  readonly allClauses: AgencyClause[] = [];
  readonly deadlines: Deadline[] = [];
  readonly highlights: Highlight[] = [];
  readonly bracketIssues: BracketIssue[] = [];
  readonly context: ClauseContext = { convention: null, inheritedImplementers: [] };
  lineIndex = 0;

  constructor(
    readonly normalized: string,
    readonly aliases: Record<string, string>,
  ) {}

  highlight(s: Span, kind: Highlight['kind']): void {
    this.highlights.push({ start: s.start, length: s.end - s.start, kind });
  }
}

/** Agency clauses, deadlines, and the words and numbers worth colouring, in a line's items. */
function readLineFacts(items: Item[], inClause: boolean, facts: LineFacts): void {
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'bracket') {
      if (!inClause && (isAgencyClause(it) || isBareAgencyList(it, facts.normalized))) {
        readClause(it, facts);
        readLineFacts(it.items, true, facts);
      } else readLineFacts(it.items, inClause, facts);
    } else if (it.kind === 'measure') {
      for (const c of it.comparators) facts.highlight(c, 'comparator');
      for (const q of it.quantities) facts.highlight(q, 'number');
    } else if (it.kind === 'tok') {
      readToken(it, inClause, facts);
    }
    // Book titles name other documents: their years are not this plan's deadlines.
  }
}

function readClause(group: GroupNode, facts: LineFacts): void {
  const clause = readAgencyClause(group, facts.normalized, facts.context);
  applyAliases(clause, facts.aliases);
  facts.clauses.push({ clause, lineIndex: facts.lineIndex, inheritedAfter: facts.context.inheritedImplementers, carriedAfter: facts.context.carried ?? null });
  facts.allClauses.push(clause);
  for (const n of clause.names) facts.highlight(n.span, 'agency');
}

function readToken(t: TokNode, inClause: boolean, facts: LineFacts): void {
  if (DEADLINE_TOKENS.has(t.name)) {
    const d = readDeadline(t, facts.normalized);
    if (d) {
      facts.deadlines.push(d);
      facts.highlight(t, 'deadline');
    }
  } else if (t.name === 'Baseline') facts.highlight(t, 'baseline');
  else if (t.name === 'Strive' || t.name === 'Binding') facts.highlight(t, 'strength');
  else if (t.name === 'QualitativeTarget' || t.name === 'Multiple') facts.highlight(t, 'comparator');
  else if (inClause && CLAUSE_WORDS.has(t.name)) facts.highlight(t, 'role');
}

export function buildPlan(text: string, options: ModelOptions = {}): BuiltPlan {
  const normalized = normalizeText(text);
  const parsed = parse(normalized);
  const lineIndex = new LineIndex(text);
  const lines = lineInfos(parsed.lines, normalized, lineIndex);

  const layout = analyzeLayout(lines);
  const bodyStart = Math.max(0, layout.titleIndex + 1);
  const { outline, sections, sectionOfLine } = buildOutline(lines, normalized, bodyStart, layout.furnitureIndices);
  markWorking(outline, options.workingChapters);

  const facts = new LineFacts(normalized, options.agencyAliases ?? {});
  const { clauses, allClauses, deadlines, highlights, bracketIssues } = facts;
  const hl = (sp: Span, kind: Highlight['kind']) => facts.highlight(sp, kind);

  const titlePeriod = periodFromTitle(layout.title);
  const reader = new TargetReader({
    period: { baseYear: titlePeriod?.start ?? issueYear(layout.furniture) },
    nonPlanDocument: isNonPlanDocument(layout.title),
    periodEnd: titlePeriod?.end ?? null,
  });
  const quantities = reader.quantities;
  const targets = reader.targets;
  const horizons: number[] = [];
  const sectionDeadlines = new Map<Section, Deadline[]>();

  let tableRows: LineInfo[] = [];
  const tableTargets = new TableTargetReader();
  let tableSection: Section | undefined;
  const divisionRows: DivisionRow[] = [];
  const flushTable = () => {
    for (const row of readDivisionTable(tableRows)) {
      divisionRows.push(row);
      allClauses.push(row.clause);
      for (const n of row.clause.names) hl(n.span, 'agency');
    }
    const before = targets.length;
    tableTargets.read(tableRows, targets);
    for (let k = before; k < targets.length; k++) {
      targets[k].sectionId = tableSection?.id ?? null;
      const t = targets[k];
      quantities.push({ text: normalized.slice(t.valueSpan.start, t.valueSpan.end), span: t.valueSpan, verdict: 'target', reason: '目标：指标表中的一行。', targetIndex: k });
    }
    tableRows = [];
  };

  for (let i = 0; i < lines.length; i++) {
    if (layout.furnitureIndices.has(i)) continue;
    const line = lines[i];
    const inBody = i >= bodyStart;
    if (line.node.label && inBody) hl(line.node.label, 'label');
    collectBracketIssues(line.node.items, line.line, bracketIssues);
    if (!inBody) continue;

    facts.lineIndex = i;
    const deadlinesBefore = deadlines.length;
    const bare = bareClauseGroup(line);
    const trailing = bare ? null : trailingClauseGroup(line);
    // A bare clause is all clause: its own brackets (市发展改革委（牵头）) are not clauses.
    if (trailing) {
      readLineFacts(line.node.items.slice(0, trailing.from), false, facts);
      readLineFacts(line.node.items.slice(trailing.from), true, facts);
      readClause(trailing.group, facts);
    } else readLineFacts(line.node.items, bare !== null, facts);
    if (bare) {
      // The clause is the previous paragraph's (a numbered task takes it by position anyway).
      if (i - 1 >= bodyStart && !layout.furnitureIndices.has(i - 1)) facts.lineIndex = i - 1;
      readClause(bare, facts);
      facts.lineIndex = i;
    }

    if (isGoalSection(sectionOfLine[i])) for (let k = deadlinesBefore; k < deadlines.length; k++) if (deadlines[k].year !== null) horizons.push(deadlines[k].year!);
    noteLeadIn(sectionOfLine[i], deadlines, deadlinesBefore, sectionDeadlines);

    if (isTableRow(line)) {
      if (tableRows.length === 0) tableSection = sectionOfLine[i];
      tableRows.push(line);
      continue;
    }
    if (tableRows.length > 0) flushTable();
    const before = targets.length;
    reader.readLine(line, normalized, sectionOfLine[i]);
    for (let k = before; k < targets.length; k++) targets[k].sectionId = sectionOfLine[i]?.id ?? null;
  }
  flushTable();
  quantities.sort((a, b) => a.span.start - b.span.start);

  const period = resolvePeriod(layout.title, layout.furniture, horizons);
  if (period.end !== null) {
    // A target that states no year falls due with the plan's single period.
    for (const t of targets) {
      if (t.year === null) {
        t.year = period.end;
        t.yearSource = 'plan-period';
      }
    }
  }

  const tasks = buildTasks({ text: normalized, lines, outline, sectionOfLine, clauses, deadlines, targets, divisionRows, period, sectionDeadlines, sections });

  const model: PlanModel = {
    title: layout.title,
    titleSpan: layout.titleSpan,
    furniture: layout.furniture,
    outline,
    tasks,
    targets,
    quantities,
    mode: planMode(layout.title, tasks),
    issued: issueDate(layout.furniture),
    period,
    clauses: allClauses,
    references: readCrossReferences(normalized, sections, lines[bodyStart]?.start ?? 0),
    highlights: highlights.sort((a, b) => a.start - b.start),
    lineCount: lineIndex.lineCount,
    parseErrors: parsed.errors,
  };
  return { model, lineIndex, normalized, sections, bracketIssues };
}

function applyAliases(clause: AgencyClause, aliases: Record<string, string>): void {
  if (Object.keys(aliases).length === 0) return;
  const canon = (n: string) => aliases[n] ?? n;
  for (const n of clause.names) n.name = canon(n.name);
  clause.lead = [...new Set(clause.lead.map(canon))];
  clause.support = [...new Set(clause.support.map(canon))].filter((n) => !clause.lead.includes(n));
  clause.implementers = [...new Set(clause.implementers.map(canon))];
}

/** Notices, guides, methods and regulations: their numbers are parameters, not goals. */
function isNonPlanDocument(title: string | null): boolean {
  if (!title) return false;
  return /(?:指南|办法|条例|细则|标准|规范|规定|导则|方法|目录|公告|申报|征集|名单|通报)(?:（[^）]*）)?(?:的通知)?$/.test(title.trim());
}

/**
 * A line of a section that has sub-headings is its heading or its lead-in (the lines after a
 * sub-heading belong to the sub-heading): the deadlines it states govern the tasks below.
 */
function noteLeadIn(section: Section | undefined, deadlines: Deadline[], from: number, into: Map<Section, Deadline[]>): void {
  if (!section || from === deadlines.length || !section.children.some((c) => c.kind !== 'box')) return;
  let list = into.get(section);
  if (!list) into.set(section, (list = []));
  for (let k = from; k < deadlines.length; k++) list.push(deadlines[k]);
}

/** The plan's goals chapter (主要目标, 总体目标): its deadlines are the plan's horizons. */
function isGoalSection(section: Section | undefined): boolean {
  for (let s = section; s; s = s.parent) {
    if (/指导思想/.test(s.title)) return false;
    if (/目标/.test(s.title)) return true;
  }
  return false;
}

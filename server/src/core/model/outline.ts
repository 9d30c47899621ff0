/**
 * The outline: numbered headings nested by the rank of their numbering family.
 *
 * A heading of rank r closes every open section of rank ≥ r, so 一、 > （一） > 1. > （1）
 * nest whatever numbering a plan starts with, and numbering that restarts per chapter or runs on
 * across chapters nests the same way. A 专栏 box sits inside the current section and is closed by
 * the next numbered heading; an annex (附件2 after the body has begun) is a part of its own, so
 * its sections stay out of the plan's chapters.
 */
import type { TokNode, Item } from '../grammar/syntax';
import type { LabelKind, Section, Span } from './types';
import type { LineInfo } from './line-info';
import { isAgencyClause } from './agencies';
import { isAnnexStart, isTitleShaped } from './furniture';
import { parseChineseNumber } from './numerals';
import { isTableRow } from './tables';

const KIND_BY_TOKEN: Record<string, LabelKind> = {
  ChapterLabel: 'chapter',
  PartLabel: 'part',
  CnLabel: 'cn',
  ParenCnLabel: 'paren-cn',
  ArabicLabel: 'arabic',
  ParenArabicLabel: 'paren-arabic',
  HalfParenArabicLabel: 'half-paren-arabic',
  CircledLabel: 'circled',
  BoxLabel: 'box',
  AnnexLabel: 'annex',
};

export const RANK: Record<LabelKind, number> = {
  annex: -1,
  chapter: 0,
  part: 1,
  cn: 2,
  'paren-cn': 3,
  arabic: 4,
  'paren-arabic': 5,
  // Between 1. and （1）: under either, and never a skip (plans use it for both levels).
  'half-paren-arabic': 4.5,
  circled: 6,
  box: 100,
};

export function labelKind(label: TokNode | null): LabelKind | null {
  return label ? (KIND_BY_TOKEN[label.name] ?? null) : null;
}

/** The number a label carries: （十二） → 12, 3. → 3, ⑤ → 5, 专栏 → null. */
export function labelNumber(kind: LabelKind, label: string): number | null {
  const digits = label.match(/\d+/);
  if (kind === 'circled') return label.charCodeAt(0) - 0x2460 + 1;
  if (digits) return Number(digits[0]);
  const cn = label.match(/[一二三四五六七八九十百零〇两]+/);
  return cn ? parseChineseNumber(cn[0]) : null;
}

/** Where the heading ends: the first 。！？： outside brackets after the label, or the line's end. */
function headingEnd(line: LineInfo): { end: number; inlineBody: boolean } {
  for (const item of line.node.items) {
    if (item.kind !== 'tok' || item.name !== 'Text') continue;
    const m = /[。！？：]/.exec(item.image);
    if (m) {
      const end = item.start + m.index;
      const rest = line.textStart + line.text.length - (end + 1);
      return { end, inlineBody: rest > 0 };
    }
  }
  return { end: line.textStart + line.text.length, inlineBody: false };
}

const PARENT = Symbol('parent');

/**
 * A section as the outline builds it: the parent link is a getter over a symbol-keyed field, so
 * that it is free to set, and invisible to JSON.stringify (no cycle) and to deep equality.
 */
class OutlineSection implements Section {
  children: Section[] = [];
  working = false;
  private readonly [PARENT]: Section | undefined;

  constructor(
    public id: string,
    public level: number,
    public kind: LabelKind,
    public label: string,
    public number: number | null,
    public title: string,
    public inlineBody: boolean,
    public span: Span,
    public labelSpan: Span,
    public headingSpan: Span,
    public line: number,
    parent: Section | undefined,
  ) {
    this[PARENT] = parent;
  }

  get parent(): Section | undefined {
    return this[PARENT];
  }
}

export interface OutlineResult {
  outline: Section[];
  /** Every section in document order. */
  sections: Section[];
  /** For each line index, the innermost section it belongs to (undefined before the first). */
  sectionOfLine: Array<Section | undefined>;
}

/**
 * Where an agency clause begins inside a heading (1.实施节能改造【牵头单位：市工信局】, a heading with
 * no full stop): the title ends there, the clause is the task's, not part of its name.
 */
function clauseBefore(items: Item[], end: number): number | null {
  for (const it of items) {
    if (it.start >= end) return null;
    if (it.kind === 'bracket' && isAgencyClause(it)) return it.start;
  }
  return null;
}

/** 重点任务分工表, 主要指标表: a short unnumbered line without a stop, not a table row. */
function isAnnexTitle(line: LineInfo): boolean {
  return line.node.label === null && !line.hasTabs && line.text.length <= 40 && !/[。；，,]/.test(line.text);
}

/** The heading a labelled line opens: its title and where label and title end. */
function readHeading(lines: LineInfo[], i: number, kind: LabelKind, text: string, furnitureIndices: Set<number>): { title: string; titleEnd: number; inlineBody: boolean } {
  const line = lines[i];
  const label = line.node.label!;
  const heading = headingEnd(line);
  let titleEnd = clauseBefore(line.node.items, heading.end) ?? heading.end;
  let title = text.slice(label.end, titleEnd).trim();
  // An annex marker alone on its line takes the next line as its title.
  const next = lines[i + 1];
  if (kind === 'annex' && title.replace(/^：/, '') === '' && next && (isTitleShaped(next.text) || isAnnexTitle(next))) {
    title = next.text;
    titleEnd = next.textStart + title.length;
    furnitureIndices.add(i + 1);
  }
  return { title: title.replace(/^：/, '').trim(), titleEnd, inlineBody: heading.inlineBody };
}

/** Builds the section tree; a class so that its bookkeeping lives in fields, not closures. */
class OutlineBuilder {
  readonly outline: Section[] = [];
  readonly sections: Section[] = [];
  private readonly stack: Section[] = [];
  private readonly usedIds = new Map<string, number>();
  private lastContentEnd = 0;
  private annexCount = 0;

  constructor(
    private readonly lines: LineInfo[],
    private readonly text: string,
    private readonly furnitureIndices: Set<number>,
  ) {}

  current(): Section | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** A line of body text: the open sections now reach to its end. */
  body(line: LineInfo): void {
    this.lastContentEnd = line.textStart + line.text.length;
  }

  heading(i: number, kind: LabelKind): void {
    const line = this.lines[i];
    const label = line.node.label!;
    this.closeDownTo(kind);
    const parent = this.current();
    const number = labelNumber(kind, label.image);
    const siblings = parent ? parent.children : this.outline;
    const id = this.uniqueId(parent ? `${parent.id}.${this.ownId(kind, number, siblings)}` : this.ownId(kind, number, siblings));
    const { title, titleEnd, inlineBody } = readHeading(this.lines, i, kind, this.text, this.furnitureIndices);
    const headingSpan: Span = { start: label.start, end: Math.max(label.end, titleEnd) };
    const section = new OutlineSection(
      id, this.stack.length + 1, kind, label.image, number, title, inlineBody,
      { start: line.start, end: line.end }, { start: label.start, end: label.end }, headingSpan, line.line, parent,
    );
    siblings.push(section);
    this.sections.push(section);
    this.stack.push(section);
    this.lastContentEnd = Math.max(this.lastContentEnd, headingSpan.end, line.textStart + line.text.length);
  }

  finish(): void {
    while (this.stack.length > 0) this.close(this.stack.pop()!);
  }

  /** A heading closes every open section of its rank or below (an annex closes all). */
  private closeDownTo(kind: LabelKind): void {
    const rank = RANK[kind];
    while (this.stack.length > 0 && (kind === 'annex' || RANK[this.stack[this.stack.length - 1].kind] >= rank)) {
      this.close(this.stack.pop()!);
    }
  }

  private close(s: Section): void {
    s.span.end = Math.max(s.headingSpan.end, this.lastContentEnd);
  }

  private ownId(kind: LabelKind, number: number | null, siblings: Section[]): string {
    if (kind === 'annex') return `A${number ?? ++this.annexCount}`;
    if (kind === 'box') return `box${number ?? siblings.filter((s) => s.kind === 'box').length + 1}`;
    return String(number ?? siblings.length + 1);
  }

  private uniqueId(id: string): string {
    const seen = this.usedIds.get(id) ?? 0;
    this.usedIds.set(id, seen + 1);
    return seen === 0 ? id : `${id}#${seen + 1}`;
  }
}

export function buildOutline(lines: LineInfo[], text: string, bodyStart: number, furnitureIndices: Set<number>): OutlineResult {
  const builder = new OutlineBuilder(lines, text, furnitureIndices);
  const sectionOfLine: Array<Section | undefined> = new Array(lines.length);
  for (let i = bodyStart; i < lines.length; i++) {
    if (furnitureIndices.has(i)) continue;
    const line = lines[i];
    let kind = labelKind(line.node.label);
    if (kind === 'annex' && !isAnnexStart(line)) kind = null;
    // A table row numbered in its first cell (一、全省电力总装机 | 9528.5 | …) is a row, not a heading.
    if (kind !== null && isTableRow(line)) kind = null;
    if (kind !== null) builder.heading(i, kind);
    else builder.body(line);
    sectionOfLine[i] = builder.current();
  }
  builder.finish();
  return { outline: builder.outline, sections: builder.sections, sectionOfLine };
}

/** Chapters that set out the plan rather than assign work. */
export const DEFAULT_NON_WORKING = [
  '总体要求', '总体思路', '指导思想', '基本原则', '工作原则', '主要目标', '总体目标', '工作目标', '发展目标',
  '目标任务', '重要意义', '发展基础', '发展现状', '现状', '面临形势', '形势', '背景', '总体部署', '适用范围',
];

export interface WorkingChapterOptions {
  /** Titles (substrings) of chapters that hold no tasks; defaults to DEFAULT_NON_WORKING. */
  exclude?: string[];
  /** Titles (substrings) of chapters that hold tasks even if `exclude` matches. */
  include?: string[];
}

/** Marks sections in working chapters; a chapter is working unless its title says otherwise. */
export function markWorking(outline: Section[], options: WorkingChapterOptions = {}): void {
  const exclude = options.exclude ?? DEFAULT_NON_WORKING;
  const include = options.include ?? [];
  const isWorking = (title: string) =>
    include.some((p) => p !== '' && title.includes(p)) || !exclude.some((p) => p !== '' && title.startsWith(p));
  const markAll = (s: Section, working: boolean) => {
    s.working = working;
    for (const c of s.children) markAll(c, working);
  };
  for (const top of outline) {
    if (top.kind === 'annex') {
      top.working = true;
      for (const c of top.children) markAll(c, isWorking(c.title));
    } else {
      markAll(top, isWorking(top.title));
    }
  }
}

/** Every item of a line, groups and measures opened up, in order. */
export function* walkItems(items: Item[]): Generator<Item> {
  for (const item of items) {
    yield item;
    if (item.kind === 'bracket' || item.kind === 'book') yield* walkItems(item.items);
  }
}

/**
 * Document furniture: what surrounds a plan without being part of it — a cover notice
 * (关于印发…的通知, addressee, 现将《…》印发给你们, signature and date, （此件公开发布）), a news
 * preamble, law-database metadata, a wire tag — and the plan's own title among them.
 *
 * The rule that carries most of the weight: the plan's title is the last title-shaped line
 * before the first numbered heading; whatever comes before it is furniture, whatever lies between
 * it and the first heading is the plan's own preamble (unless it is a date, a document number …).
 */
import type { FurnitureKind, FurnitureLine, Span } from './types';
import type { LineInfo } from './line-info';

const METADATA = /^(?:发布部门|发布日期|实施日期|时效性|效力级别|法规类别|发文字号|发文机关|失效日期|来源|所属类别|公布日期|施行日期|主题分类|索引号|成文日期|发布机构|主题词|文号)：/;
const NOTICE_TITLE = /(?:^关于.*|印发.*)的?通知$|^.{0,40}关于印发.+的通知/;
const DOC_NUMBER = /^（?[\u4e00-\u9fa5]{1,12}[〔［]\d{4}[〕］]\d{1,4}号）?$/;
const DATE_LINE = /^（?\d{4}年\d{1,2}月\d{1,2}日）?$/;
const PUBLICATION_NOTE = /^（(?:此件[\u4e00-\u9fa5]{2,8}|本文有删减|有删减|略)）$/;
const NOTICE_BODY = /现将.{0,80}印发给你们|特此通知|请认真(?:贯彻|组织)|请结合(?:实际|本地区)|印发给你们|已经.{1,30}同意|^经.{1,20}同意/;
const WIRE_TAG = /^（新华社.{0,30}电）$/;
const ANNEX_MARKER = /^附(?:件|表)\s*[\d一二三四五六七八九十]*\s*(?:：.*)?$/;
const ADDRESSEE = /^(?:各|厅|省|市|县|区|国务院|中央|有关).{0,160}：$/;

/** Nouns a plan's title ends with, optionally followed by a bracketed note such as （试行）. */
const PLAN_TITLE = /(?:方案|规划|计划|意见|措施|办法|纲要|要点|细则|指南|行动|政策|决定|清单|路线图|战略)(?:（[^（）]{1,20}）)*$/;
const TITLE_SUFFIX_LINE = /^（(?:试行|征求意见稿|草案|送审稿|修订稿|讨论稿|\d{4}\s*[—\-~至]\s*\d{4}年?|\d{4}年)）$/;

export interface Layout {
  title: string | null;
  titleSpan: Span | null;
  /** Index (into the lines array) of the title line, or -1. */
  titleIndex: number;
  furniture: FurnitureLine[];
  /** Indices of lines that are furniture. */
  furnitureIndices: Set<number>;
}

/** Furniture lines are short; a long line is body text (and the patterns need not scan it). */
const MAX_FURNITURE_LINE = 400;

function strongKind(text: string): FurnitureKind | null {
  if (text.length > MAX_FURNITURE_LINE) return null;
  if (METADATA.test(text)) return 'metadata';
  if (DOC_NUMBER.test(text)) return 'doc-number';
  if (DATE_LINE.test(text)) return 'date';
  if (PUBLICATION_NOTE.test(text)) return 'publication-note';
  if (WIRE_TAG.test(text)) return 'wire-tag';
  return null;
}

function coverKind(text: string): FurnitureKind | null {
  if (text.length > MAX_FURNITURE_LINE) return null;
  return (
    strongKind(text) ??
    (NOTICE_TITLE.test(text) ? 'notice-title' : null) ??
    (ANNEX_MARKER.test(text) && text.length <= 80 ? 'annex-marker' : null) ??
    (NOTICE_BODY.test(text) ? 'notice-body' : null) ??
    (ADDRESSEE.test(text) ? 'addressee' : null)
  );
}

function stripBook(text: string): string {
  return text.replace(/^《(.*)》$/, '$1');
}

export function isTitleShaped(text: string): boolean {
  if (text.length < 4 || text.length > 100 || /[。；]/.test(text)) return false;
  const t = stripBook(text);
  return PLAN_TITLE.test(t) && !NOTICE_TITLE.test(t);
}

/** Lines whose label opens the plan's body. */
export function isBodyHeading(line: LineInfo): boolean {
  const name = line.node.label?.name;
  return (
    name === 'ChapterLabel' || name === 'CnLabel' || name === 'ParenCnLabel' || name === 'ArabicLabel' || name === 'PartLabel'
  );
}

export function analyzeLayout(lines: LineInfo[]): Layout {
  const furniture: FurnitureLine[] = [];
  const furnitureIndices = new Set<number>();
  const mark = (i: number, kind: FurnitureKind) => {
    if (furnitureIndices.has(i)) return;
    furnitureIndices.add(i);
    const l = lines[i];
    furniture.push({ kind, line: l.line, span: { start: l.textStart, end: l.textStart + l.text.length }, text: l.text });
  };

  // The first numbered heading that is not itself furniture.
  let firstHeading = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (isBodyHeading(lines[i]) && coverKind(lines[i].text) === null) {
      firstHeading = i;
      break;
    }
  }

  // The plan's title: the last title-shaped line before it.
  let titleIndex = -1;
  for (let i = firstHeading - 1; i >= 0; i--) {
    if (lines[i].node.label === null && isTitleShaped(lines[i].text) && coverKind(lines[i].text) === null) {
      titleIndex = i;
      break;
    }
  }

  // Before the title: a cover notice or a news preamble, line by line.
  const hasNotice = lines
    .slice(0, Math.max(0, titleIndex))
    .some((l) => l.text.length <= MAX_FURNITURE_LINE && (NOTICE_TITLE.test(l.text) || NOTICE_BODY.test(l.text)));
  const titleText = titleIndex >= 0 ? stripBook(lines[titleIndex].text) : null;
  for (let i = 0; i < titleIndex; i++) {
    const text = lines[i].text;
    const kind =
      stripBook(text) === titleText
        ? 'title-repeat'
        : (coverKind(text) ?? (isSignatureShaped(text) ? 'signature' : hasNotice ? 'notice-body' : 'news'));
    mark(i, kind);
  }

  // Between the title and the body: the plan's preamble, but for dates, numbers and markers.
  let title: string | null = null;
  let titleSpan: Span | null = null;
  if (titleIndex >= 0) {
    const t = lines[titleIndex];
    title = stripBook(t.text);
    const inner = t.text.startsWith('《') && t.text.endsWith('》') ? 1 : 0;
    titleSpan = { start: t.textStart + inner, end: t.textStart + t.text.length - inner };
    const next = lines[titleIndex + 1];
    if (next && titleIndex + 1 < firstHeading && TITLE_SUFFIX_LINE.test(next.text)) {
      title += next.text;
      titleSpan = { start: titleSpan.start, end: next.textStart + next.text.length };
      furnitureIndices.add(titleIndex + 1); // part of the title, not of the preamble
    }
  }
  for (let i = titleIndex + 1; i < firstHeading; i++) {
    const kind = coverKind(lines[i].text);
    if (kind !== null && kind !== 'notice-title') mark(i, kind);
  }
  // Without a title, a cover notice still reads as one until the first heading.
  if (titleIndex < 0) {
    for (let i = 0; i < firstHeading; i++) {
      const kind = coverKind(lines[i].text);
      if (kind !== null) mark(i, kind);
    }
  }

  // Anywhere: metadata lines, wire tags, publication notes.
  for (let i = firstHeading; i < lines.length; i++) {
    const kind = strongKind(lines[i].text);
    if (kind !== null && kind !== 'date' && lines[i].node.label === null) mark(i, kind);
  }

  // At the end: a signature block closed by a date line.
  let end = lines.length - 1;
  while (end > firstHeading && furnitureIndices.has(end)) end--;
  if (end > firstHeading && DATE_LINE.test(lines[end].text)) {
    mark(end, 'date');
    for (let i = end - 1; i > firstHeading && lines[i].node.label === null && isSignatureShaped(lines[i].text); i--) {
      mark(i, 'signature');
    }
  }

  furniture.sort((a, b) => a.line - b.line);
  return { title, titleSpan, titleIndex, furniture, furnitureIndices };
}

/** An issuer's name on a line of its own: short, no sentence punctuation. */
function isSignatureShaped(text: string): boolean {
  return text.length <= 40 && !/[，。；：、]/.test(text) && !/\d{4}年/.test(text);
}

/** Annex markers inside the body start parts of their own (附件2, 附表1). */
export function isAnnexStart(line: LineInfo): boolean {
  return line.node.label?.name === 'AnnexLabel' && ANNEX_MARKER.test(line.text);
}

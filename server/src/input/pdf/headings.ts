/**
 * The labels a plan's headings and list items begin with, as the core's outline reads them. The
 * layout uses them only to cut: a line that begins with one after a finished sentence starts a
 * paragraph even where the geometry alone would not say so (a heading at the left margin).
 */

const CN = '[一二三四五六七八九十百零〇]+';

const LABELS: RegExp[] = [
  new RegExp(`^${CN}\\s*[、.．]`), // 一、
  new RegExp(`^[（(]\\s*${CN}\\s*[）)]`), // （一）
  /^\d{1,2}\s*[.．、](?!\d)/, // 1.  1、
  /^\d{1,2}\s*[.．](?=(?:19|20)\d{2}(?:年|\s*[-—–~～至]))/, // 2.2019-2020年…: a label, then a year (no number has that decimal)
  /^[（(]\s*\d{1,2}\s*[）)]/, // （1）
  /^\d{1,2}[）)]/, // 1）
  /^[①-⑳]/,
  new RegExp(`^第\\s*(?:${CN}|\\d+)\\s*[章节篇部分条]`), // 第一章
  /^附\s*件\s*\d*/, // 附件1
  /^附\s*表/,
  /^专\s*栏\s*\d*/, // 专栏1
  /^[—–-]{1,2}(?![\d—–-])/, // ——lead-in
];

export function startsWithLabel(text: string): boolean {
  return LABELS.some((re) => re.test(text));
}

/** Ends a sentence or a clause that a new paragraph can follow. */
export function endsSentence(text: string): boolean {
  return /[。；;！!？?：:…]["”’」』）)]*$/.test(text);
}

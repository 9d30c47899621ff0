/**
 * Stray spaces in Chinese text: a space or two between Chinese characters (实 施 方 案, 推进 能源),
 * and spaces at the end of a line. A line's indent is the drafter's; a table row's tabs are cells;
 * spaces inside an agency clause separate agency names (市发改委 市财政局) and are kept, as are the
 * spaces of a cover notice's lines (a joint signature: 国家发展改革委　国家能源局) and a space after an
 * agency's name (中共江西省委 江西省人民政府关于…: joint issuers, as official titles write them).
 */
import { isChinese, isSpace } from './characters';

/** The last character of an agency's name: a space after it may separate joint issuers. */
const AGENCY_END = new Set([...'委府厅局部院室会办处署'].map((c) => c.charCodeAt(0)));
const SPACES = /[ \u3000\u00a0]/;
const TRAILING = /[ \u3000\u00a0]+$/;

/** Spans (in-line offsets) where spaces are kept. */
export type Kept = ReadonlyArray<{ start: number; end: number }>;

export function tidySpaces(line: string, from: number, kept: Kept): string {
  if (line.includes('\t') || !SPACES.test(line)) return line;
  line = line.replace(TRAILING, '');
  let indent = 0;
  while (indent < line.length && isSpace(line.charCodeAt(indent))) indent++;
  const parts: string[] = [];
  let copied = 0;
  for (let i = Math.max(indent, from); i < line.length; i++) {
    if (!isSpace(line.charCodeAt(i))) continue;
    let j = i;
    while (j < line.length && isSpace(line.charCodeAt(j))) j++;
    const before = line.charCodeAt(i - 1);
    const stray = j - i <= 2 && isChinese(before) && isChinese(line.charCodeAt(j)) && !AGENCY_END.has(before) && !kept.some((k) => i >= k.start && i < k.end);
    if (stray) {
      parts.push(line.slice(copied, i));
      copied = j;
    }
    i = j - 1;
  }
  if (copied === 0) return line;
  parts.push(line.slice(copied));
  return parts.join('');
}

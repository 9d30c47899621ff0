/**
 * Stray spaces in Chinese text: a space or two between Chinese characters (实 施 方 案, 推进 能源),
 * and spaces at the end of a line. A line's indent is the drafter's; a table row's tabs are cells;
 * spaces inside an agency clause separate agency names (市发改委 市财政局) and are kept, as are the
 * spaces of a cover notice's lines (a joint signature: 国家发展改革委　国家能源局) and a space after an
 * agency's name (中共江西省委 江西省人民政府关于…: joint issuers, as official titles write them).
 */
import { isChinese, isSpace } from './characters';

/** The last character of an agency's name: a space after it may separate joint issuers. */
const AGENCY_END = /[委府厅局部院室会办处署]$/;

/** Spans (in-line offsets) where spaces are kept. */
export type Kept = ReadonlyArray<{ start: number; end: number }>;

export function tidySpaces(line: string, from: number, kept: Kept): string {
  if (line.includes('\t')) return line;
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1])) end--;
  let indent = 0;
  while (indent < end && isSpace(line[indent])) indent++;
  if (end === 0) return '';
  let out = line.slice(0, Math.max(indent, from));
  for (let i = out.length; i < end; ) {
    if (!isSpace(line[i])) {
      out += line[i++];
      continue;
    }
    let j = i;
    while (j < end && isSpace(line[j])) j++;
    const stray = j - i <= 2 && isChinese(line[i - 1]) && isChinese(line[j]) && !AGENCY_END.test(line[i - 1]) && !kept.some((k) => i >= k.start && i < k.end);
    if (!stray) out += line.slice(i, j);
    i = j;
  }
  return out;
}

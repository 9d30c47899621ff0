/**
 * A table of contents: its entries (一、发展基础……2, with leader dots and a page number, the number
 * sometimes lost) would each read as a heading of the plan, and the plan's outline would hold
 * every chapter twice. It is left out, as the Word reader leaves out Word's, with a warning.
 *
 * Found as a run of lines most of which end on leader dots (an entry too long for its dots, or
 * wrapped, between them), three entries at least, with the 目录 title just above it.
 */
import type { Line } from './lines';

/** Leader dots (four or more, or two ellipses), then perhaps a page number (arabic or roman). */
const LEADER = /(?:[.．·・•]{4,}|[…⋯]{2,})\s*[\dIVXivx]{0,4}$/;
/** A page number alone after the title, the dots missing (第五章……实践区29): only between dotted entries. */
const BARE_ENTRY = /\D\d{1,3}$/;
const TITLE = /^目\s*录$/;

function dotted(line: Line): boolean {
  return LEADER.test(line.text.replace(/\s+/g, ''));
}

/** The lines of the document's tables of contents (each page's body lines, in reading order). */
export function findContents(pages: Line[][]): Set<Line> {
  const lines = pages.flat();
  const out = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    if (!dotted(lines[i])) {
      i++;
      continue;
    }
    // Extend over dotted lines and single undotted ones between them (a wrapped entry, an entry
    // whose dots did not fit).
    let last = i;
    let entries = 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (dotted(lines[j])) {
        last = j;
        entries++;
      } else if (j + 1 < lines.length && dotted(lines[j + 1]) && ([...lines[j].text].length <= 40 || BARE_ENTRY.test(lines[j].text))) {
        continue;
      } else break;
    }
    if (entries >= 3) {
      let first = i;
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (TITLE.test(lines[k].text.trim())) first = k;
      for (let k = first; k <= last; k++) out.add(lines[k]);
    }
    i = last + 1;
  }
  return out;
}

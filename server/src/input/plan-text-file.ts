/**
 * The plan text of a converted file, as a file: `<name>.plan.txt` beside the original (`计划.docx`
 * → `计划.plan.txt`) or in another folder, UTF-8, one paragraph a line, LF, ending in a newline.
 * The command line's convert writes it, the editor's "Open as Plan" opens it, and analyze's folder
 * search skips an original whose plan text is already beside it (the text, perhaps corrected by
 * hand, is the one to analyse).
 */
import * as path from 'node:path';

export const PLAN_TEXT_SUFFIX = '.plan.txt';

export function planTextPath(file: string, outDir?: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  return path.join(outDir ?? path.dirname(file), name + PLAN_TEXT_SUFFIX);
}

/** What the file holds: the text with LF line ends and one final newline (nothing for no text). */
export function planTextContent(text: string): string {
  return text === '' ? '' : text.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
}

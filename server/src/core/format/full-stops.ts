/**
 * A full stop where a paragraph or a heading needs one, by the plan's own habit. A plan whose
 * paragraphs end with 。 (nine in ten or more) gets one at the end of a sentence-shaped paragraph
 * that lacks it; headings alone on their line get one when three in four of their family have it.
 * A plan without a clear habit (a PDF's lines broken mid-sentence) is left alone.
 */
import { isDigit, isHan } from './characters';

export type LineRole = 'body' | 'heading' | 'other';

export interface StopLine {
  text: string;
  role: LineRole;
  /** For a heading alone on its line: its family (cn, paren-cn, …). */
  family?: string;
}

const CLOSED = /[。！？；：…”’）》〕」』!?;:)]$/;
const SENTENCE = /[，、；,;]/;
const BODY_HABIT = 0.9;
const HEADING_HABIT = 0.75;
const MIN_LINES = 5;

/** Ends with a character after which a sentence would take a full stop. */
function open(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return isHan(c) || isDigit(c) || c === 0x25 || c === 0xff05; // % ％
}

function isSentence(text: string): boolean {
  return text.trim().length >= 12 && SENTENCE.test(text);
}

/** The lines (indices) that should end with 。 and do not. */
export function missingStops(lines: readonly StopLine[]): number[] {
  const out: number[] = [];
  const body = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.role === 'body' && isSentence(l.text));
  const openBody = body.filter(({ l }) => open(l.text.trimEnd()));
  const closedBody = body.filter(({ l }) => CLOSED.test(l.text.trimEnd()));
  if (body.length >= MIN_LINES && closedBody.length >= BODY_HABIT * body.length) out.push(...openBody.map(({ i }) => i));

  const families = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.role !== 'heading' || l.family === undefined) return;
    let list = families.get(l.family);
    if (!list) families.set(l.family, (list = []));
    list.push(i);
  });
  for (const list of families.values()) {
    const stopped = list.filter((i) => lines[i].text.trimEnd().endsWith('。')).length;
    if (list.length < MIN_LINES - 1 || stopped < HEADING_HABIT * list.length) continue;
    for (const i of list) if (open(lines[i].text.trimEnd())) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/**
 * How two pieces of one line's text meet: Chinese runs and numbers join with nothing between them
 * (the gap a PDF leaves between 年 and 2025 is typesetting, not a space); two Latin words keep one
 * space when the page shows a gap.
 */

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

export function joinPieces(left: string, right: string, gap: number, size: number): string {
  if (!left) return right;
  if (gap > 0.2 * size && LATIN_END.test(left) && LATIN_START.test(right)) return `${left} ${right}`;
  return left + right;
}

/** Inner runs of white space squeezed: a line's text with the PDF's own spaces kept only between Latin words. */
export function tidySpaces(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/ (?![A-Za-z])|(?<![A-Za-z]) /g, '')
    .trim();
}

/** Two lines of one paragraph: Latin words broken across lines keep a space; Chinese and numbers join directly. */
export function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

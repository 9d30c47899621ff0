/**
 * Punctuation of one line as GB/T 15834 and the plans use it: half-width brackets, commas, colons,
 * semicolons, question and exclamation marks in Chinese text become full-width; quotation marks are
 * paired “…”; a document number's brackets are 〔〕. Digits and Latin keep their marks (18.3%, PM2.5,
 * 1,000, 8:00, http://). A line whose brackets or quotation marks do not pair is left with them as
 * they are: which one is missing is the drafter's to say.
 */
import { isChinese, isDigit, isSpace } from './characters';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

/** The line with its punctuation made full-width from `from` on (what precedes is a label). */
export function punctuateLine(line: string, from: number): string {
  // The label stays as it is, but it is the context of what follows it.
  const start = Array.from(line.slice(0, from)).length;
  const chars = Array.from(line);
  brackets(chars, start);
  documentNumbers(chars, start);
  // Repeated to a fixed point: a mark made full-width makes its neighbour Chinese text too.
  for (let round = 0; round < 4 && marks(chars, start); round++);
  quotes(chars, start);
  return chars.join('');
}

function neighbour(chars: readonly string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!isSpace(chars[j])) return chars[j];
  return undefined;
}

/** ( ) in pairs; a pair in Chinese text (inside, or either side) becomes （ ）. */
function brackets(chars: string[], start: number): void {
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let i = start; i < chars.length; i++) {
    const c = chars[i];
    if (c === '(' || c === '（') stack.push(i);
    else if (c === ')' || c === '）') {
      const open = stack.pop();
      if (open === undefined) return; // a closer with no opener: leave the line's brackets alone
      pairs.push([open, i]);
    }
  }
  if (stack.length > 0) return;
  for (const [open, close] of pairs) {
    if (chars[open] === '（' && chars[close] === '）') continue;
    let chinese = isChinese(neighbour(chars, open, -1)) || isChinese(neighbour(chars, close, 1));
    for (let k = open + 1; !chinese && k < close; k++) chinese = isChinese(chars[k]) && chars[k] !== '（' && chars[k] !== '）';
    if (chinese) {
      chars[open] = '（';
      chars[close] = '）';
    }
  }
}

/** 国发[2021]23号 → 国发〔2021〕23号: a year in square brackets between an issuer and a number. */
function documentNumbers(chars: string[], start: number): void {
  for (let i = Math.max(1, start); i + 6 < chars.length; i++) {
    if (!'[［【'.includes(chars[i]) || !isChinese(chars[i - 1])) continue;
    const year = chars.slice(i + 1, i + 5).join('');
    if (!/^(19|20)\d\d$/.test(year) || !']］】'.includes(chars[i + 5]) || !isDigit(chars[i + 6])) continue;
    let j = i + 6;
    while (isDigit(chars[j])) j++;
    if (chars[j] !== '号') continue;
    chars[i] = '〔';
    chars[i + 5] = '〕';
  }
}

/** A run of digits and Latin next to a mark (18.3%, PM2.5): what is beyond it says whether the text is Chinese. */
const WORD = /^[A-Za-z0-9%.+\-_/]$/;
function beyondWord(chars: readonly string[], i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < chars.length && isSpace(chars[j])) j += step;
  while (j >= 0 && j < chars.length && WORD.test(chars[j])) j += step;
  return chars[j];
}

/**
 * , : ; ? ! in Chinese text → full-width: next to a Chinese character, or between two runs of
 * digits and Latin that stand in Chinese text (达到18.3%;PM2.5浓度). Between digits (1,000, 8:00)
 * and in a web address they stay.
 */
function marks(chars: string[], start: number): boolean {
  let changed = false;
  for (let i = start; i < chars.length; i++) {
    const full = FULL[chars[i]];
    if (full === undefined) continue;
    if (isDigit(chars[i - 1]) && isDigit(chars[i + 1])) continue;
    if (chars[i] === ':' && chars[i + 1] === '/') continue; // http://
    const chinese = isChinese(neighbour(chars, i, -1)) || isChinese(neighbour(chars, i, 1));
    if (chinese || (isChinese(beyondWord(chars, i, -1)) && isChinese(beyondWord(chars, i, 1)))) {
      chars[i] = full;
      changed = true;
    }
  }
  return changed;
}

/** Double quotation marks paired “…” in order, on a line of Chinese text where they pair. */
function quotes(chars: string[], start: number): void {
  const at: number[] = [];
  let chinese = false;
  for (let i = start; i < chars.length; i++) {
    const c = chars[i];
    if (c === '"' || c === '“' || c === '”' || c === '＂') at.push(i);
    else if (!chinese && isChinese(c)) chinese = true;
  }
  if (!chinese || at.length === 0 || at.length % 2 !== 0) return;
  at.forEach((i, k) => (chars[i] = k % 2 === 0 ? '“' : '”'));
}

/**
 * Punctuation of one line as GB/T 15834 and the plans use it: half-width brackets, commas, colons,
 * semicolons, question and exclamation marks in Chinese text become full-width; quotation marks are
 * paired “…”; a document number's brackets are 〔〕. Digits and Latin keep their marks (18.3%, PM2.5,
 * 1,000, 8:00, http://). A line whose brackets or quotation marks do not pair is left with them as
 * they are: which one is missing is the drafter's to say.
 */
import { codes, fromCodes, isChinese, isDigit, isSpace } from './characters';

const C = (s: string) => s.charCodeAt(0);
/** The full-width form of , : ; ? ! (0 for any other unit). */
function fullWidth(u: number): number {
  switch (u) {
    case 0x2c:
      return 0xff0c; // ，
    case 0x3a:
      return 0xff1a; // ：
    case 0x3b:
      return 0xff1b; // ；
    case 0x3f:
      return 0xff1f; // ？
    case 0x21:
      return 0xff01; // ！
    default:
      return 0;
  }
}
const OPEN = C('('), CLOSE = C(')'), FOPEN = C('（'), FCLOSE = C('）');
const LQ = C('“'), RQ = C('”');
const SENTENCE_END = new Set([...'。；！？;!?'].map(C));
const SQUARE_OPEN = new Set([C('['), C('［'), C('【')]);
const SQUARE_CLOSE = new Set([C(']'), C('］'), C('】')]);
const HAO = C('号');

const HAS_BRACKET = /[()]/;
const HAS_SQUARE = /[[［【]/;
const HAS_MARK = /[,:;?!]/;
const HAS_STRAIGHT_QUOTE = /["＂]/;

/** The line with its punctuation made full-width from `from` on (what precedes is a label). */
export function punctuateLine(line: string, from: number): string {
  const rest = from === 0 ? line : line.slice(from);
  const needBrackets = HAS_BRACKET.test(rest);
  const needMarks = HAS_MARK.test(rest);
  const needSquares = HAS_SQUARE.test(rest);
  const needQuotes = HAS_STRAIGHT_QUOTE.test(rest);
  // Most lines of a clean plan need nothing.
  if (!needBrackets && !needMarks && !needSquares && !needQuotes) return line;
  // The label stays as it is, but it is the context of what follows it.
  const c = codes(line);
  let changed = needSquares && documentNumbers(c, from);
  if (needBrackets || needMarks) {
    // Repeated to a fixed point: a mark made full-width makes its neighbour Chinese text too.
    for (let round = 0; round < 6; round++) {
      const b = needBrackets && brackets(c, from);
      const m = needMarks && marks(c, from);
      if (!b && !m) break;
      changed = true;
    }
  }
  if (needQuotes) changed = quotes(c, from) || changed;
  return changed ? fromCodes(c) : line;
}

function neighbour(c: Uint16Array, i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < c.length; j += step) if (!isSpace(c[j])) return c[j];
  return -1;
}

/** ( ) in pairs; a pair in Chinese text (inside, or either side) becomes （ ）. */
function brackets(c: Uint16Array, start: number): boolean {
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  let half = false;
  for (let i = start; i < c.length; i++) {
    const u = c[i];
    if (u === OPEN || u === FOPEN) {
      stack.push(i);
      half ||= u === OPEN;
    } else if (u === CLOSE || u === FCLOSE) {
      const open = stack.pop();
      if (open === undefined) return false; // a closer with no opener: leave the line's brackets alone
      pairs.push([open, i]);
      half ||= u === CLOSE;
    }
  }
  if (stack.length > 0 || !half) return false;
  let changed = false;
  for (const [open, close] of pairs) {
    if (c[open] === FOPEN && c[close] === FCLOSE) continue;
    let chinese = isChinese(neighbour(c, open, -1)) || isChinese(neighbour(c, close, 1));
    for (let k = open + 1; !chinese && k < close; k++) chinese = isChinese(c[k]) && c[k] !== FOPEN && c[k] !== FCLOSE;
    if (chinese) {
      c[open] = FOPEN;
      c[close] = FCLOSE;
      changed = true;
    }
  }
  return changed;
}

/** 国发[2021]23号 → 国发〔2021〕23号: a year in square brackets between an issuer and a number. */
function documentNumbers(c: Uint16Array, start: number): boolean {
  let changed = false;
  for (let i = Math.max(1, start); i + 6 < c.length; i++) {
    if (!SQUARE_OPEN.has(c[i]) || !isChinese(c[i - 1])) continue;
    if (!(isDigit(c[i + 1]) && isDigit(c[i + 2]) && isDigit(c[i + 3]) && isDigit(c[i + 4]))) continue;
    const century = (c[i + 1] - 0x30) * 10 + (c[i + 2] - 0x30);
    if ((century !== 19 && century !== 20) || !SQUARE_CLOSE.has(c[i + 5]) || !isDigit(c[i + 6])) continue;
    let j = i + 6;
    while (isDigit(c[j])) j++;
    if (c[j] !== HAO) continue;
    c[i] = C('〔');
    c[i + 5] = C('〕');
    changed = true;
  }
  return changed;
}

/** A run of digits and Latin next to a mark (18.3%, PM2.5): what is beyond it says whether the text is Chinese. */
function isWordUnit(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || u === 0x25 || u === 0x2e || u === 0x2b || u === 0x2d || u === 0x5f || u === 0x2f;
}
function beyondWord(c: Uint16Array, i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < c.length && isSpace(c[j])) j += step;
  while (j >= 0 && j < c.length && isWordUnit(c[j])) j += step;
  return j >= 0 && j < c.length ? c[j] : -1;
}

/**
 * , : ; ? ! in Chinese text → full-width: next to a Chinese character, or between two runs of
 * digits and Latin that stand in Chinese text (达到18.3%;PM2.5浓度). Between digits (1,000, 8:00)
 * and in a web address they stay.
 */
function marks(c: Uint16Array, start: number): boolean {
  let changed = false;
  for (let i = start; i < c.length; i++) {
    const full = fullWidth(c[i]);
    if (full === 0) continue;
    if (isDigit(c[i - 1]) && isDigit(c[i + 1])) continue;
    if (c[i] === 0x3a && c[i + 1] === 0x2f) continue; // http://
    const chinese = isChinese(neighbour(c, i, -1)) || isChinese(neighbour(c, i, 1));
    if (chinese || (isChinese(beyondWord(c, i, -1)) && isChinese(beyondWord(c, i, 1)))) {
      c[i] = full;
      changed = true;
    }
  }
  return changed;
}

/**
 * Straight double quotation marks made curly and paired “…” in order, on a line of Chinese text
 * where they pair and where the curly marks already stand as opening and closing marks.
 */
function quotes(c: Uint16Array, start: number): boolean {
  const at: number[] = [];
  let chinese = false;
  for (let i = start; i < c.length; i++) {
    const u = c[i];
    if (u === 0x22 || u === LQ || u === RQ || u === 0xff02) at.push(i);
    else if (!chinese && isChinese(u)) chinese = true;
  }
  if (!chinese || at.length === 0 || at.length % 2 !== 0) return false;
  // A curly mark out of its place (”…“) says the pairing is not what the order suggests: unsure.
  if (at.some((i, k) => c[i] === (k % 2 === 0 ? RQ : LQ))) return false;
  // A pair around a sentence's end (“…。…”) may be two stray marks as well as one quotation: unsure.
  for (let k = 0; k < at.length; k += 2) for (let j = at[k] + 1; j < at[k + 1]; j++) if (SENTENCE_END.has(c[j])) return false;
  let changed = false;
  at.forEach((i, k) => {
    const want = k % 2 === 0 ? LQ : RQ;
    if (c[i] !== want) {
      c[i] = want;
      changed = true;
    }
  });
  return changed;
}


/**
 * The matcher of ordinary text runs, the lexer's most frequent token.
 *
 * A run ends at a character that has a token of its own (digits, brackets, punctuation,
 * white space) and before any keyword that splits text (达到, 按职责分工, 到2025年 …). A regular
 * expression could express this only as a negated class with a per-character look-ahead over
 * every keyword, which V8 runs slowly and chevrotain cannot optimise; a loop over char codes
 * with a table of "stop" characters is both fast and exact.
 */

/**
 * Characters that end a run because another token starts with them: white space, digits and
 * brackets always (1); inside brackets also the separators of agency lists (2), which in the
 * body stay inside the run — the model splits clauses and sentences itself, and ten times fewer
 * tokens is what keeps lexing and parsing close to the cost of reading the text.
 */
const SPECIAL = new Uint8Array(0x10000);
for (const c of ' \t\r\n0123456789（）〔〕［］｛｝〈〉「」『』《》') SPECIAL[c.charCodeAt(0)] = 1;
for (const c of '，、；：。！？') SPECIAL[c.charCodeAt(0)] = 2;

/**
 * Per first character, the keyword patterns that can start there (sticky). A flag table says
 * which characters have any: reading a hole of a sparse array walks the prototype chain, and this
 * test runs for every character of every text run.
 */
const HAS_STOP = new Uint8Array(0x10000);
const STOPS = new Map<number, RegExp[]>();

/** Called by each keyword token: a run must not swallow a match of `source`. */
export function registerStopPattern(firstChars: string, source: string): void {
  for (const ch of firstChars) {
    const code = ch.charCodeAt(0);
    if (SPECIAL[code] === 1) continue;
    let list = STOPS.get(code);
    if (!list) STOPS.set(code, (list = []));
    list.push(new RegExp(source, 'y'));
    HAS_STOP[code] = 1;
  }
}

function keywordAt(text: string, i: number, code: number): boolean {
  const patterns = STOPS.get(code)!;
  for (const re of patterns) {
    re.lastIndex = i;
    if (re.test(text)) return true;
  }
  return false;
}

function runMatcher(level: number) {
  return (text: string, offset: number): [string] | null => {
    const n = text.length;
    if (offset >= n) return null;
    const c0 = text.charCodeAt(offset);
    const s0 = SPECIAL[c0];
    if (s0 !== 0 && s0 <= level) return null;
    // A keyword starts here: leave it to its token. This lets the lexer try text runs before
    // the keywords, so that most positions take one attempt instead of a dozen.
    if (HAS_STOP[c0] === 1 && keywordAt(text, offset, c0)) return null;
    let i = offset + 1;
    while (i < n) {
      const code = text.charCodeAt(i);
      const s = SPECIAL[code];
      if (s !== 0 && s <= level) break;
      if (HAS_STOP[code] === 1 && keywordAt(text, i, code)) break;
      i++;
    }
    return [text.slice(offset, i)];
  };
}

/** A run in the body of a paragraph: punctuation stays inside. */
export const bodyTextMatcher = runMatcher(1);
/** A run inside brackets: it also ends at the separators of an agency list. */
export const innerTextMatcher = runMatcher(2);

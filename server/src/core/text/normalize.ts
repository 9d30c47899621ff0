/**
 * Same-length normalisation of plan text.
 *
 * Plans mix half-width and full-width punctuation freely (`(一)` and `（一）`, `,` and `，`,
 * `1.` and `1．`, `20％` and `20%`). The lexer and the model work on a normalised copy in which
 * every such pair collapses to one form, so that the variants cannot change the result.
 *
 * The mapping is one UTF-16 unit to one UTF-16 unit: offsets in the normalised text are offsets
 * in the original, so ranges computed on it are ranges in the user's document.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', '（'], [')', '）'], ['[', '［'], [']', '］'], ['{', '｛'], ['}', '｝'],
  [',', '，'], [':', '：'], [';', '；'], ['!', '！'], ['?', '？'],
  ['．', '.'], ['％', '%'], ['～', '~'], ['－', '-'], ['＋', '+'], ['／', '/'],
  ['＜', '<'], ['＞', '>'], ['＝', '='],
  ['\u3000', ' '], ['\u00a0', ' '], ['\u200b', ' '], ['\ufeff', ' '], ['\u2002', ' '], ['\u2003', ' '],
  ['\u2028', ' '], ['\u2029', ' '], ['\u0085', ' '],
  ['\f', ' '], ['\v', ' '],
  ['﹝', '〔'], ['﹞', '〕'], ['【', '［'], ['】', '］'],
  ['–', '—'], ['―', '—'], ['─', '—'],
  ['＂', '"'], ['＇', "'"],
];

const MAP = new Map<string, string>();
for (const [from, to] of PAIRS) MAP.set(from, to);
// Full-width digits and Latin letters to ASCII.
for (let c = 0xff10; c <= 0xff19; c++) MAP.set(String.fromCharCode(c), String.fromCharCode(c - 0xfee0));
for (let c = 0xff21; c <= 0xff3a; c++) MAP.set(String.fromCharCode(c), String.fromCharCode(c - 0xfee0));
for (let c = 0xff41; c <= 0xff5a; c++) MAP.set(String.fromCharCode(c), String.fromCharCode(c - 0xfee0));
// Other control characters (a PDF dump or a binary file leaves them) read as spaces.
for (let c = 0; c < 0x20; c++) if (c !== 0x0a && c !== 0x0d && c !== 0x09) MAP.set(String.fromCharCode(c), ' ');
MAP.set('\x7f', ' ');

/** The mapping as a table indexed by UTF-16 code unit (identity where nothing changes). */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (const [from, to] of MAP) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Returns a string of the same length as `text` with punctuation and width variants unified.
 * A table lookup per UTF-16 unit over a buffer: several times faster than a regular expression
 * with a replacement callback, which plans full of half-width commas make call thousands of times.
 */
export function normalizeText(text: string): string {
  const buf = Buffer.from(text, 'utf16le');
  const units = new Uint16Array(buf.buffer, buf.byteOffset, buf.length >> 1);
  let changed = false;
  for (let i = 0; i < units.length; i++) {
    const c = units[i];
    const m = TABLE[c];
    if (m !== c) {
      units[i] = m;
      changed = true;
    }
  }
  return changed ? buf.toString('utf16le') : text;
}

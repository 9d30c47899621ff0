/**
 * A list counter in one of Word's number formats (w:numFmt), as Word shows it: chineseCounting
 * gives 一 … 十, 十一, 二十 (then digit by digit past 99: 一〇〇), chineseCountingThousand spells
 * 百/千/万 (一百〇一), ideographTraditional the heavenly stems 甲乙丙丁, decimalEnclosedCircle ①, and
 * so on. A format Word knows and this file does not comes out in decimal, which every plan reader
 * still understands.
 */

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Counters past this are shown in decimal: nothing real gets there, and some formats repeat letters. */
const MAX_SPELLED = 99_999;

export function formatNumber(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) n = 0;
  n = Math.trunc(n);
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3220 + n - 1) : String(n);
    case 'upperLetter':
    case 'lowerLetter':
      return letters(n, numFmt === 'upperLetter');
    case 'upperRoman':
    case 'lowerRoman':
      return numFmt === 'upperRoman' ? roman(n) : roman(n).toLowerCase();
    case 'chineseCounting':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      return n >= 1 && n < 100 ? grouped(n, DIGITS, '十百千万', false) : digitByDigit(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return n >= 1 && n <= MAX_SPELLED ? grouped(n, DIGITS, '十百千万', false) : String(n);
    case 'chineseLegalSimplified':
      return n >= 1 && n <= MAX_SPELLED ? grouped(n, LEGAL_DIGITS, '拾佰仟萬', true) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return digitByDigit(n);
    case 'ideographTraditional':
      return n >= 1 ? STEMS[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? BRANCHES[(n - 1) % 12] : String(n);
    default:
      return String(n);
  }
}

function digitByDigit(n: number): string {
  return n < 0 ? String(n) : String(n).replace(/[0-9]/g, (d) => DIGITS[Number(d)]);
}

/**
 * 百/千/万 spelled out, internal zeros as one zero digit (一百〇一, 一千〇一十); a leading 一 before
 * 十 dropped (十一, not 一十一) unless `keepOne` (legal numerals: 壹拾壹).
 */
function grouped(n: number, digits: string, units: string, keepOne: boolean): string {
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    const head = grouped(high, digits, units, keepOne) + units[3];
    if (low === 0) return head;
    return head + (low < 1000 ? digits[0] : '') + grouped(low, digits, units, true);
  }
  const places = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const unitOf = [units[2], units[1], units[0], ''];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = places[i];
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += digits[0];
    pendingZero = false;
    const dropOne = d === 1 && i === 2 && out === '' && !keepOne;
    out += (dropOne ? '' : digits[d]) + unitOf[i];
  }
  return out;
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** A, B … Z, AA, BB …: Word repeats the letter rather than counting like spreadsheet columns. */
function letters(n: number, upper: boolean): string {
  if (n < 1 || n > MAX_SPELLED) return String(n);
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 8));
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/**
 * Bytes of a plan file to text. Plans come as UTF-8 (with or without BOM), UTF-16 with a BOM
 * (saved from Word or Notepad), or GBK/GB18030 (older government sites). The order matters: a
 * BOM is certain; valid UTF-8 is almost certain (GBK text is practically never valid UTF-8);
 * only then is the encoding guessed, and for Chinese plans the guess defaults to GB18030, a
 * superset of GBK and GB2312, because detectors confuse short GBK texts with Japanese or Korean.
 *
 * Text from OCR programs may hold a few stray NUL or control characters: they are removed and
 * counted, not a reason to refuse the file (looks-binary.ts draws the line).
 */
import type * as Chardet from 'chardet';
import type * as Iconv from 'iconv-lite';
import { looksBinary, MAX_CONTROL_SHARE, utf16WithoutBom } from './looks-binary';
import type { InputFailure } from './types';

// Loaded on first use: most plans are UTF-8, and a one-file run should not pay for the tables.
const iconv = (): typeof Iconv => require('iconv-lite') as typeof Iconv;
const chardet = (): typeof Chardet => require('chardet') as typeof Chardet;

export interface DecodedText {
  text: string;
  encoding: string;
  /** Invalid UTF-8 sequences replaced by U+FFFD. */
  invalidSequences?: number;
  /** Stray NUL and control characters removed (OCR output). */
  controlCharacters?: number;
}

export const NOT_TEXT = '不是文本文件 / not a text file';
const notText = (): InputFailure => ({ error: NOT_TEXT, code: 'not-text' });

/** Enough for the detector to be sure; running it over 50 MB would take seconds. */
const DETECT_SAMPLE_BYTES = 64 * 1024;

/** C0 controls but tab, line feed, vertical tab, form feed, carriage return and escape. */
const STRAY_CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

export function decodePlanBytes(bytes: Uint8Array): DecodedText | InputFailure {
  try {
    const decoded = decode(bytes);
    return 'error' in decoded ? decoded : withoutStrayControls(decoded);
  } catch (e) {
    // Decoders should not throw on any input, but a crash here would stop the whole batch.
    return { error: `无法解码 / cannot decode: ${(e as Error).message}`, code: 'not-text' };
  }
}

/**
 * Removes stray control characters and counts them; too many of them (a UTF-32 file read as
 * UTF-16, a binary with a lucky prefix) and the file is not text after all.
 */
function withoutStrayControls(d: DecodedText): DecodedText | InputFailure {
  // test() first: the common case, no control character at all, costs one native scan.
  STRAY_CONTROL.lastIndex = 0;
  if (!STRAY_CONTROL.test(d.text)) return d;
  let count = 0;
  const text = d.text.replace(STRAY_CONTROL, () => {
    count++;
    return '';
  });
  // Counted against characters: a Chinese character is two or three bytes, so 2 % of the bytes can
  // be 5 % of the characters.
  if (count > d.text.length * MAX_CONTROL_SHARE * 3) return notText();
  return { ...d, text, controlCharacters: count };
}

function decode(bytes: Uint8Array): DecodedText | InputFailure {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    // The decoder drops the BOM itself.
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16 === 'utf-16le') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: utf16 };
    if (utf16 === 'utf-16be') return { text: utf16be(bytes), encoding: utf16 };
  }
  if (looksBinary(bytes)) return notText();
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The default decoder drops a leading BOM, which is not part of the plan.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8: a legacy encoding, unless the BOM says otherwise (then a damaged UTF-8 file).
  }
  if (bom) {
    const { text, invalidSequences } = damagedUtf8(bytes);
    return { text, encoding: 'utf-8-bom', invalidSequences };
  }
  // A UTF-8 plan with a few broken characters (a truncated copy, a bad paste) must not be read
  // as GB18030 mojibake: a legacy file decoded as UTF-8 is mostly replacement characters, a
  // damaged UTF-8 file is mostly good multi-byte characters.
  const lenient = damagedUtf8(bytes);
  if (lenient.invalidSequences * DAMAGED_UTF8_RATIO <= lenient.multiByte) {
    return { text: lenient.text, encoding: 'utf-8', invalidSequences: lenient.invalidSequences };
  }
  const encoding = guessLegacyEncoding(bytes);
  return { text: decodeAs(bytes, encoding), encoding };
}

/** Bytes in a named encoding (iconv-lite's names: gb18030, big5, utf-16le …). */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

// TextDecoder knows utf-16be only in builds with full ICU; iconv-lite always does.
const utf16be = (bytes: Uint8Array) => decodeAs(bytes, 'utf-16be');

/** Good multi-byte characters per broken sequence above which a file is damaged UTF-8. */
const DAMAGED_UTF8_RATIO = 50;

function damagedUtf8(bytes: Uint8Array) {
  const text = new TextDecoder('utf-8').decode(bytes);
  let invalidSequences = 0;
  let multiByte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalidSequences++;
    else if (c >= 0x80) multiByte++;
  }
  return { text, invalidSequences, multiByte };
}

function guessLegacyEncoding(bytes: Uint8Array): string {
  const top = chardet().analyse(bytes.subarray(0, DETECT_SAMPLE_BYTES))[0]?.name;
  if (top === 'Big5') return 'big5';
  if (top === 'UTF-16LE') return 'utf-16le';
  if (top === 'UTF-16BE') return 'utf-16be';
  return 'gb18030';
}

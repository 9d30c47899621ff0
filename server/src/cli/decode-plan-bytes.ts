/**
 * Bytes of a plan file to text. Plans come as UTF-8 (with or without BOM), UTF-16 with a BOM
 * (saved from Word or Notepad), or GBK/GB18030 (older government sites). The order matters: a
 * BOM is certain; valid UTF-8 is almost certain (GBK text is practically never valid UTF-8);
 * only then is the encoding guessed, and for Chinese plans the guess defaults to GB18030, a
 * superset of GBK and GB2312, because detectors confuse short GBK texts with Japanese or Korean.
 */
import type * as Chardet from 'chardet';
import type * as Iconv from 'iconv-lite';
import { looksBinary } from './looks-binary';

// Loaded on first use: most plans are UTF-8, and a one-file run should not pay for the tables.
const iconv = (): typeof Iconv => require('iconv-lite') as typeof Iconv;
const chardet = (): typeof Chardet => require('chardet') as typeof Chardet;

export type Decoded = { text: string; encoding: string; /** Invalid UTF-8 sequences replaced by U+FFFD. */ invalidSequences?: number } | { error: string };

export const NOT_TEXT = '不是文本文件 / not a text file';

/** Enough for the detector to be sure; running it over 50 MB would take seconds. */
const DETECT_SAMPLE_BYTES = 64 * 1024;

export function decodePlanBytes(bytes: Uint8Array): Decoded {
  try {
    const decoded = decode(bytes);
    // A UTF-16 file whose text holds NULs (a UTF-32 file, a binary with a lucky prefix).
    if ('text' in decoded && decoded.text.includes('\0')) return { error: NOT_TEXT };
    return decoded;
  } catch (e) {
    // Decoders should not throw on any input, but a crash here would stop the whole batch.
    return { error: `无法解码 / cannot decode: ${(e as Error).message}` };
  }
}

function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    // The decoder drops the BOM itself.
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // TextDecoder knows utf-16be only in builds with full ICU; iconv-lite always does.
    return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), 'utf-16be'), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return { error: NOT_TEXT };
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
  return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding), encoding };
}

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

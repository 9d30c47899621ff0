/**
 * Whether bytes (with no UTF-16 byte order mark) are something other than text, by the share of
 * C0 control bytes (NUL included) they hold. Compressed or random data has about one byte in ten
 * in that range and executables more; text made by an OCR program may carry a few stray NULs or
 * control bytes among thousands of characters, and is still text (the decoder removes and counts
 * them). Multi-byte Chinese encodings use only bytes ≥ 0x40 after a lead byte, so real plans never
 * come near the threshold whatever their encoding.
 */
const SAMPLE_BYTES = 64 * 1024;
/**
 * Far above stray OCR bytes (a real extraction of a plan, test/fixtures/national/36.txt, has 0.6 %
 * of its bytes NUL), far below binary data (about 10 %).
 */
export const MAX_CONTROL_SHARE = 0.02;

/** Tab, line feed, vertical tab, form feed, carriage return and escape (colour codes) are text. */
export function isControlByte(b: number): boolean {
  return b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i])) control++;
  if (control > n * MAX_CONTROL_SHARE) return true;
  // Past the sample only NULs are counted, natively (indexOf is fast even over 50 MB): a text
  // header in front of a binary body is a binary.
  const rest = bytes.length - n;
  if (rest <= 0) return false;
  const limit = rest * MAX_CONTROL_SHARE;
  let nul = 0;
  for (let i = bytes.indexOf(0, n); i !== -1; i = bytes.indexOf(0, i + 1)) if (++nul > limit) return true;
  return false;
}

/**
 * UTF-16 without a byte order mark: read two ways (little- and big-endian), the one that gives a
 * Chinese text — ASCII (whose high byte is NUL), ideographs, CJK and full-width punctuation, with
 * ideographs in one character of ten at least — is the encoding. Binary data and text in a
 * single-byte encoding give neither. Null when the bytes do not look so.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  const pairs = n / 2;
  for (const [encoding, high] of [['utf-16le', 1], ['utf-16be', 0]] as const) {
    let ascii = 0;
    let ideographs = 0;
    let other = 0;
    for (let i = 0; i < n; i += 2) {
      const code = (bytes[i + high] << 8) | bytes[i + 1 - high];
      if (code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code < 0x7f)) ascii++;
      else if (code >= 0x4e00 && code <= 0x9fff) ideographs++;
      else if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2000 && code <= 0x27bf) || code === 0xb7 || code === 0xd7) other++;
    }
    if (ascii + ideographs + other >= pairs * 0.95 && ideographs >= pairs / 10 && ascii >= pairs / 100) return encoding;
  }
  return null;
}

/**
 * Whether bytes (with no UTF-16 byte order mark) are something other than text, by the share of
 * C0 control bytes (NUL included) they hold. Compressed or random data has about one byte in ten
 * in that range and executables more; text made by an OCR program may carry a few stray NULs or
 * control bytes among thousands of characters, and is still text (the decoder removes and counts
 * them). Multi-byte Chinese encodings use only bytes ≥ 0x40 after a lead byte, so real plans never
 * come near the threshold whatever their encoding.
 */
const SAMPLE_BYTES = 64 * 1024;
/** Far above stray OCR bytes (well under 0.1 %), far below binary data (about 10 %). */
export const MAX_CONTROL_SHARE = 0.01;

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
 * UTF-16 without a byte order mark, told by where its NULs fall: the high byte of every ASCII
 * character (digits, line breaks) is NUL, at odd offsets in little-endian and even ones in
 * big-endian; binary data has NULs at both. Null when the bytes do not look so.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = bytes.indexOf(0); i !== -1 && i < n; i = bytes.indexOf(0, i + 1)) {
    if (i & 1) odd++;
    else even++;
  }
  const nul = even + odd;
  // A character in 50 must be ASCII; CJK characters whose low byte is 0 (一 is U+4E00) add a few
  // NULs at the other parity.
  if (nul < n / 100) return null;
  if (odd >= nul * 0.9) return 'utf-16le';
  if (even >= nul * 0.9) return 'utf-16be';
  return null;
}

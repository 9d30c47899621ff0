/**
 * Whether bytes (with no UTF-16 byte order mark) are something other than text: a NUL byte, which
 * neither UTF-8 nor GB18030 text contains, or more than a few C0 control bytes near the start.
 * Multi-byte Chinese encodings use only bytes ≥ 0x40 after a lead byte, so real plans never come
 * near the threshold whatever their encoding.
 */
const SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.05;

export function looksBinary(bytes: Uint8Array): boolean {
  // indexOf is native and fast even over 50 MB; a NUL anywhere means a binary format.
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, line feed, vertical tab, form feed, carriage return and escape (colour codes) are text.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  return control > n * MAX_CONTROL_SHARE;
}

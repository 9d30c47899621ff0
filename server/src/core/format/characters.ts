/**
 * What counts as Chinese text for formatting: a half-width mark next to it becomes full-width, a
 * space between two of them is stray. Digits and Latin letters are never Chinese text, so 18.3%,
 * PM2.5, CO2, 1,000 and 8:00 keep their half-width marks. Over UTF-16 code units: formatting runs
 * on typed arrays, not strings of one character (a 5 MB plan would make millions of them).
 */

/** A Han character (the basic block and extension A, and the compatibility block). */
export function isHan(u: number): boolean {
  return (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff);
}

/** Full-width punctuation of Chinese text: ，。、；：？！（）《》〔〕“”‘’…— and the ideographic marks. */
export function isCjkPunct(u: number): boolean {
  if (u >= 0x3001 && u <= 0x303f) return true; // 、。〈〉《》「」『』【】〔〕
  if (u === 0x2018 || u === 0x2019 || u === 0x201c || u === 0x201d || u === 0x2026 || u === 0x2014) return true;
  // Full-width forms: ！（），：；？ and the like — not full-width digits and letters.
  return (u >= 0xff01 && u <= 0xff0f) || (u >= 0xff1a && u <= 0xff20) || (u >= 0xff3b && u <= 0xff40) || (u >= 0xff5b && u <= 0xff65);
}

export function isChinese(u: number): boolean {
  return isHan(u) || isCjkPunct(u);
}

/** Spaces a formatter may remove: the ASCII space, the ideographic space, the no-break space. */
export function isSpace(u: number): boolean {
  return u === 0x20 || u === 0x3000 || u === 0xa0;
}

export function isDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

export function codes(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function fromCodes(c: Uint16Array, start = 0, end = c.length): string {
  const b = Buffer.from(c.buffer, c.byteOffset + start * 2, (end - start) * 2);
  return b.toString('utf16le');
}

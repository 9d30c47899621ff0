/**
 * What counts as Chinese text for formatting: a half-width mark next to it becomes full-width, a
 * space between two of them is stray. Digits and Latin letters are never Chinese text, so 18.3%,
 * PM2.5, CO2, 1,000 and 8:00 keep their half-width marks.
 */

/** A Han character (the basic block and extension A, and the compatibility block). */
export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  return (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff);
}

/** Full-width punctuation of Chinese text: ，。、；：？！（）《》〔〕“”‘’… and the ideographic marks. */
export function isCjkPunct(c: string | undefined): boolean {
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  if (u >= 0x3001 && u <= 0x303f) return true; // 、。〈〉《》「」『』【】〔〕
  if (u === 0x2018 || u === 0x2019 || u === 0x201c || u === 0x201d || u === 0x2026 || u === 0x2014) return true; // ‘’“”…—
  // Full-width forms: ！（），：；？ and the like — not full-width digits and letters.
  return u >= 0xff01 && u <= 0xff0f ? true : u >= 0xff1a && u <= 0xff20 ? true : u >= 0xff3b && u <= 0xff40 ? true : u >= 0xff5b && u <= 0xff65;
}

export function isChinese(c: string | undefined): boolean {
  return isHan(c) || isCjkPunct(c);
}

/** Spaces a formatter may remove: the ASCII space, the ideographic space, the no-break space. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u3000' || c === '\u00a0';
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * What the reader needs of a document's paragraph styles: the numbering a style brings (Word's
 * numbered headings — 标题 1 giving 一、, 标题 2 giving （一） — hold their numbering in the style,
 * not in the paragraph) and whether it centres (a centred title broken over lines is one line of
 * text). Both are inherited along w:basedOn.
 */
import { child, childrenNamed, isOn, parseXml, val, type XmlElement } from './xml-tree';

export interface StyleNumbering {
  numId: string;
  /** Absent when the style leaves the level to the numbering's own w:pStyle link. */
  ilvl?: number;
}

interface RawStyle {
  basedOn?: string;
  numbering?: StyleNumbering | null;
  centred?: boolean;
  hidden?: boolean;
}

export class Styles {
  private readonly raw = new Map<string, RawStyle>();
  private defaultParagraph: string | undefined;

  constructor(bytes?: Uint8Array) {
    if (!bytes) return;
    const root = parseXml(bytes);
    for (const styles of childrenNamed(root, 'w:styles')) {
      for (const s of childrenNamed(styles, 'w:style')) {
        const id = s.attrs['w:styleId'];
        if (!id) continue;
        if (s.attrs['w:type'] === 'paragraph' && /^(?:1|true|on)$/i.test(s.attrs['w:default'] ?? '')) this.defaultParagraph = id;
        const pPr = child(s, 'w:pPr');
        this.raw.set(id, {
          basedOn: val(s, 'w:basedOn'),
          numbering: numberingOf(pPr),
          centred: justification(pPr),
          hidden: isOn(child(s, 'w:rPr'), 'w:vanish') ? true : undefined,
        });
      }
    }
  }

  /** The paragraph style in force: the one named, else the document's default paragraph style. */
  paragraphStyle(id: string | undefined): string | undefined {
    return id && this.raw.has(id) ? id : this.defaultParagraph;
  }

  numbering(id: string | undefined): StyleNumbering | null {
    return this.inherited(id, (s) => s.numbering) ?? null;
  }

  centred(id: string | undefined): boolean {
    return this.inherited(id, (s) => s.centred) ?? false;
  }

  /** A character style's hidden text (w:vanish), for runs that use one. */
  hidden(id: string | undefined): boolean {
    return this.inherited(id, (s) => s.hidden) ?? false;
  }

  /** The first value defined along the w:basedOn chain (cycles cut). */
  private inherited<T>(id: string | undefined, get: (s: RawStyle) => T | undefined): T | undefined {
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const s = this.raw.get(cur);
      if (!s) return undefined;
      const v = get(s);
      if (v !== undefined) return v;
      cur = s.basedOn;
    }
    return undefined;
  }
}

/**
 * A w:numPr as found in a paragraph's or a style's properties: undefined when there is none,
 * null when it switches numbering off (numId 0), else the instance and maybe the level.
 */
export function numberingOf(pPr: XmlElement | undefined): StyleNumbering | null | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = val(numPr, 'w:numId');
  const ilvl = val(numPr, 'w:ilvl');
  if (numId === undefined) return ilvl === undefined ? undefined : { numId: '', ilvl: Number(ilvl) || 0 };
  if (numId === '0') return null;
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) || 0 };
}

export function justification(pPr: XmlElement | undefined): boolean | undefined {
  const jc = val(pPr, 'w:jc');
  return jc === undefined ? undefined : jc === 'center';
}

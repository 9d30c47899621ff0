/**
 * Word's automatic numbering, rendered as the text Word shows. A numbered heading in Word holds
 * only its title; its 一、 or （一） lives in numbering.xml: an abstract definition with up to nine
 * levels (start value, number format, a pattern such as "%1、" or "（%1）", when to restart), and
 * numbering instances (w:num) that point at a definition and may override a level's start.
 *
 * Counting follows Word: instances of one definition share its counters, unless an instance
 * overrides a start value, in which case it counts on its own from there (a list restarted at 1);
 * using a level restarts the levels below it (or as w:lvlRestart says); a level never used yet
 * shows its start value in a pattern such as "%1.%2".
 */
import { formatNumber } from './number-format';
import type { StyleNumbering, Styles } from './styles';
import { child, childrenNamed, elements, isOn, parseXml, val, type XmlElement } from './xml-tree';

const LEVELS = 9;

interface Level {
  start: number;
  numFmt?: string;
  /** The pattern, e.g. "%1、"; undefined shows nothing. */
  text?: string;
  /** 1-based level whose use restarts this one; 0 never; undefined any higher level. */
  restart?: number;
  /** Show every counter in decimal (legal numbering: 1.1 under 一). */
  legal: boolean;
  /** What follows the label: a tab (the default), a space or nothing. */
  suffix: string;
  pStyle?: string;
}

interface Instance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Label {
  text: string;
  suffix: string;
}

export class Numbering {
  private readonly abstracts = new Map<string, { levels: Array<Level | undefined>; styleLink?: string }>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(
    bytes: Uint8Array | undefined,
    private readonly styles: Styles,
  ) {
    if (!bytes) return;
    for (const numbering of childrenNamed(parseXml(bytes), 'w:numbering')) {
      for (const a of childrenNamed(numbering, 'w:abstractNum')) {
        const levels: Array<Level | undefined> = [];
        for (const l of childrenNamed(a, 'w:lvl')) {
          const i = Number(l.attrs['w:ilvl']);
          if (Number.isInteger(i) && i >= 0 && i < LEVELS) levels[i] = readLevel(l);
        }
        this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', { levels, styleLink: val(a, 'w:numStyleLink') });
      }
      for (const n of childrenNamed(numbering, 'w:num')) {
        const inst: Instance = { abstractId: val(n, 'w:abstractNumId') ?? '', starts: new Map(), levels: new Map() };
        for (const o of childrenNamed(n, 'w:lvlOverride')) {
          const i = Number(o.attrs['w:ilvl']);
          if (!Number.isInteger(i) || i < 0 || i >= LEVELS) continue;
          const start = val(o, 'w:startOverride');
          if (start !== undefined) inst.starts.set(i, Number(start) || 0);
          const lvl = child(o, 'w:lvl');
          if (lvl) inst.levels.set(i, readLevel(lvl));
        }
        this.instances.set(n.attrs['w:numId'] ?? '', inst);
      }
    }
  }

  /**
   * The label of a numbered paragraph, counting it: its own w:numPr (`direct`; null switches
   * numbering off), else its style's. Null when the paragraph is not numbered.
   */
  next(direct: StyleNumbering | null | undefined, styleId: string | undefined): Label | null {
    if (direct === null) return null;
    const fromStyle = this.styles.numbering(styleId);
    const numId = direct?.numId || fromStyle?.numId;
    if (!numId) return null;
    const inst = this.instances.get(numId);
    if (!inst) return null;
    const abstractId = this.resolveAbstract(inst.abstractId);
    const abs = this.abstracts.get(abstractId);
    if (!abs) return null;
    const levelOf = (i: number): Level | undefined => inst.levels.get(i) ?? abs.levels[i];
    const ilvl = direct?.ilvl ?? fromStyle?.ilvl ?? abs.levels.findIndex((l) => l?.pStyle !== undefined && l.pStyle === styleId);
    const level = Math.max(0, Math.min(LEVELS - 1, ilvl));
    const def = levelOf(level);
    if (!def) return null;
    const startOf = (i: number) => inst.starts.get(i) ?? levelOf(i)?.start ?? 1;

    // An instance that overrides a start counts on its own; the others share the definition's counters.
    const key = inst.starts.size > 0 || inst.levels.size > 0 ? `num:${numId}` : `abstract:${abstractId}`;
    let values = this.counters.get(key);
    if (!values) this.counters.set(key, (values = []));
    values[level] = values[level] === undefined ? startOf(level) : values[level]! + 1;
    for (let deeper = level + 1; deeper < LEVELS; deeper++) {
      const r = levelOf(deeper)?.restart;
      if (r === undefined || (r > 0 && level < r)) values[deeper] = undefined;
    }
    // A bullet's pattern is the bullet itself, often a Symbol-font character: not a label a plan reads.
    if (def.text === undefined || def.numFmt === 'bullet') return { text: '', suffix: def.suffix };
    const text = def.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const fmt = def.legal ? 'decimal' : levelOf(i)?.numFmt;
      return formatNumber(values![i] ?? startOf(i), fmt);
    });
    return { text, suffix: def.suffix };
  }

  /** A definition that only links to a numbering style stands for the definition that style uses. */
  private resolveAbstract(id: string): string {
    for (let hops = 0; hops < 4; hops++) {
      const link = this.abstracts.get(id)?.styleLink;
      if (!link) return id;
      const numId = this.styles.numbering(link)?.numId;
      const target = numId ? this.instances.get(numId)?.abstractId : undefined;
      if (!target || target === id) return id;
      id = target;
    }
    return id;
  }
}

function readLevel(l: XmlElement): Level {
  // Word 2010's custom formats sit in mc:AlternateContent with a standard format as the fallback.
  const alternate = child(l, 'mc:AlternateContent');
  const fallback = child(alternate, 'mc:Fallback');
  const lvlText = child(l, 'w:lvlText');
  const restart = val(l, 'w:lvlRestart');
  return {
    start: Number(val(l, 'w:start') ?? 1) || 0,
    numFmt: val(l, 'w:numFmt') ?? val(fallback, 'w:numFmt') ?? (alternate ? elements(alternate).map((c) => val(c, 'w:numFmt')).find(Boolean) : undefined),
    text: lvlText ? (lvlText.attrs['w:val'] ?? '') : undefined,
    restart: restart === undefined ? undefined : Number(restart) || 0,
    legal: isOn(l, 'w:isLgl'),
    suffix: val(l, 'w:suff') ?? 'tab',
    pStyle: val(l, 'w:pStyle'),
  };
}

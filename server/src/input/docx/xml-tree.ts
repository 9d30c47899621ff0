/**
 * A Word part's XML as a small element tree, parsed with saxes (a strict, non-validating XML 1.0
 * parser in pure JavaScript). Untrusted input: saxes never fetches anything and knows only the
 * five predefined entities and character references, so an external entity (XXE) or an entity
 * expansion ("billion laughs") cannot be resolved; and since the Open Packaging Conventions forbid
 * DTDs in a package's parts, a part with a DOCTYPE is refused outright rather than read around it.
 *
 * Element names are given with the prefix of their namespace as Word writes it (w:p, m:t, mc:…),
 * whatever prefix the file used, and the transitional and strict namespaces of ISO 29500 map to the
 * same prefix, so the reader has one name per element to test.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class DtdRefused extends Error {
  constructor() {
    super('DOCTYPE in a package part');
  }
}

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
};

function qualified(uri: string, prefix: string, local: string): string {
  const p = PREFIXES[uri] ?? prefix;
  return p ? `${p}:${local}` : local;
}

/** Text is kept only where it is content (w:t, m:t, w:delText, w:instrText …): not the indentation between elements. */
const keepsText = (name: string) => name.endsWith(':t') || name === 't' || name.endsWith('Text');

export function parseXml(bytes: Uint8Array): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('doctype', () => {
    throw new DtdRefused();
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      // Namespace declarations are not attributes of the document.
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[qualified(a.uri, a.prefix, a.local)] = a.value;
    }
    const el: XmlElement = { name: qualified(tag.uri, tag.prefix, tag.local), attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (keepsText(top.name)) top.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(decodeXml(bytes)).close();
  return root;
}

/** The part's text: UTF-8 unless a byte order mark says UTF-16 (the two encodings packages allow). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

// Small helpers over the tree, named as the reader uses them.

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? elements(el).filter((c) => c.name === name) : [];
}

/** The w:val attribute of a child element (the shape of most Word properties). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** A Word on/off property: present and not val="0"/"false"/"off". */
export function isOn(el: XmlElement | undefined, name: string): boolean {
  const c = child(el, name);
  if (!c) return false;
  const v = c.attrs['w:val'];
  return v === undefined || !/^(?:0|false|off)$/i.test(v);
}

export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** The first element in document order that `test` accepts, at any depth. */
export function find(el: XmlElement, test: (e: XmlElement) => boolean): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (test(c)) return c;
    const found = find(c, test);
    if (found) return found;
  }
  return undefined;
}

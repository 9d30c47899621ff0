/**
 * The few things the HTML reader asks of parse5's tree: what an element is, its attributes, its
 * children, and which elements never show text (scripts, styles, hidden parts of the page).
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;

export function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

export function isText(n: Node): n is TextNode {
  return n.nodeName === '#text';
}

export function children(n: Node): Node[] {
  return 'childNodes' in n ? (n.childNodes as Node[]) : [];
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Elements whose content is never text on the page: scripts, styles, embedded and form controls. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'map', 'head', 'title', 'select', 'option', 'button',
  'input', 'textarea', 'img', 'picture', 'source', 'link', 'meta', 'base',
]);

/** Not shown: never-text elements, and elements hidden by attribute or inline style. */
export function isHidden(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Elements that start a new line of text; everything else flows inline. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export const isBlock = (el: Element) => BLOCKS.has(el.tagName);

/** The first element in document order that `test` accepts. */
export function findElement(root: Node, test: (el: Element) => boolean): Element | undefined {
  for (const c of children(root)) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const found = findElement(c, test);
    if (found) return found;
  }
  return undefined;
}

export function contains(ancestor: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = (n as Element).parentNode as Node | null) if (n === ancestor) return true;
  return false;
}

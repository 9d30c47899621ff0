/**
 * The article of a saved government page, without the navigation, breadcrumbs, share buttons,
 * related links and footer around it. By a general rule, never by one site's class names:
 *
 * 1. Every block of running text scores by its sentence punctuation (，。；、) and length, when
 *    less than half of it is link text (navigation, lists of links and footers score little or
 *    nothing), headings and lines of page furniture not at all. The article's body is the deepest
 *    block holding most (80 %) of the page's score — "the block holding most of the text" — and
 *    siblings of it that score a fair share of its own (an annex in a box of its own) come with it.
 * 2. The title is the heading-like line before the body that best matches the page's <title>
 *    (pages put the site's name there too), else, with no <title>, the nearest <h1>/<h2> before
 *    the body; a document number (国发〔2021〕23号) between title and body is kept.
 * 3. Inside, blocks that are mostly links (share bars, related links, pagination) and short
 *    lines of page furniture (发布时间、来源、字号、打印、关闭 …) are left out.
 */
import { attr, children, contains, isBlock, isElement, isHidden, isText, type Element, type Node } from './dom';

interface Stats {
  /** Visible characters in the subtree (no white space), and those inside links. */
  chars: number;
  linkChars: number;
  /** Text of the element's own line (not inside a nested block). */
  ownChars: number;
  ownLinkChars: number;
  ownPunctuation: number;
  score: number;
}

const SENTENCE_PUNCTUATION = /[，。；、：？！,;]/g;
const DOCUMENT_NUMBER = /〔\d{4}〕\s*\d+\s*号|\[\d{4}\]\s*\d+\s*号|［\d{4}］\s*\d+\s*号/;
/** Labels of page furniture: the article's info bar and tools, the breadcrumbs, the site's footer. */
const FURNITURE_LABELS =
  /发布时间|发布日期|成文日期|来源[:：]|信息来源|作者[:：]|浏览次数|阅读次数|访问量|点击数|点击率|字号|打印本页|打印|关闭窗口|关闭|分享到|分享|收藏|责任编辑|【大|大\s*中\s*小|当前位置|您现在的位置|主办单位|承办单位|主办[:：]|承办[:：]|网站标识码|ICP备|公网安备|版权所有|网站地图|联系我们/g;
const TITLE_HINT = /title|biaoti|^bt$|headline/i;

export interface Article {
  /** The title line, when it sits outside the body. */
  title?: string;
  /** Lines between title and body worth keeping (a document number), as elements. */
  between: Element[];
  /** The body's elements, in document order. */
  body: Element[];
  /** True when no article stood out and the whole page is read. */
  wholePage: boolean;
  /** Whether an element inside the article is page furniture to leave out. */
  isFurniture(el: Element): boolean;
}

export function findArticle(documentNode: Node, body: Element, pageTitle: string): Article {
  const stats = new Map<Element, Stats>();
  measure(body, body, false, stats);
  score(stats);
  const isFurniture = (el: Element) => furniture(el, stats);
  const total = stats.get(body)?.score ?? 0;
  if (total < MIN_ARTICLE_SCORE) return { body: [body], between: [], wholePage: true, isFurniture };

  // Down from <body>, into the child block that still holds most of the page's running text: past
  // the page's frame, its column, its article box, down to the box of the text. Into a single
  // paragraph only when it is nearly all of it (an article laid out with <br>).
  let best = body;
  for (;;) {
    const next = blockChildren(best).find((c) => (stats.get(c)?.score ?? 0) >= total * (blockChildren(c).length > 0 ? MOST : NEARLY_ALL));
    if (!next) break;
    best = next;
  }
  const parts = withSiblings(best, stats);
  const title = findTitle(documentNode, parts[0], pageTitle, stats);
  const between = title?.element ? linesBetween(documentNode, title.element, parts[0], stats) : [];
  return { title: title?.text, between, body: parts, wholePage: false, isFurniture };
}

/** Below this, no article stands out (an error page, a list of links): the page is read whole. */
const MIN_ARTICLE_SCORE = 5;
/** The share of the page's running text a block holds to be taken for the article's box. */
const MOST = 0.8;
const NEARLY_ALL = 0.9;

/** The nearest block elements below `el` (through inline elements such as <font> or <span>). */
function blockChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(el)) {
    if (!isElement(c) || isHidden(c)) continue;
    if (isBlock(c)) out.push(c);
    else out.push(...blockChildren(c));
  }
  return out;
}

function linkDensity(s: Stats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/** Counts text bottom-up; `block` is the nearest block ancestor, which owns the text's line. */
function measure(node: Node, block: Element, inLink: boolean, stats: Map<Element, Stats>): [number, number] {
  if (isText(node)) {
    const visible = node.value.replace(/\s+/g, '');
    const s = statsOf(block, stats);
    s.ownChars += visible.length;
    if (inLink) s.ownLinkChars += visible.length;
    s.ownPunctuation += visible.match(SENTENCE_PUNCTUATION)?.length ?? 0;
    return [visible.length, inLink ? visible.length : 0];
  }
  if (!isElement(node) && node.nodeName !== '#document') return [0, 0];
  if (isElement(node) && isHidden(node)) return [0, 0];
  const el = isElement(node) ? node : undefined;
  const owner = el && isBlock(el) ? el : block;
  const link = inLink || (el?.tagName === 'a' && attr(el, 'href') !== undefined);
  let chars = 0;
  let linkChars = 0;
  for (const c of children(node)) {
    const [a, b] = measure(c, owner, link, stats);
    chars += a;
    linkChars += b;
  }
  if (el && isBlock(el)) {
    const s = statsOf(el, stats);
    s.chars = chars;
    s.linkChars = linkChars;
  }
  return [chars, linkChars];
}

function statsOf(el: Element, stats: Map<Element, Stats>): Stats {
  let s = stats.get(el);
  if (!s) stats.set(el, (s = { chars: 0, linkChars: 0, ownChars: 0, ownLinkChars: 0, ownPunctuation: 0, score: 0 }));
  return s;
}

/**
 * A block's running text scores for it and every block around it: each block's score is its
 * subtree's. Headings and lines of page furniture are not running text.
 */
function score(stats: Map<Element, Stats>): void {
  for (const [el, s] of [...stats]) {
    if (s.ownChars < 10 || s.ownLinkChars > s.ownChars / 2 || /^h[1-6]$/.test(el.tagName) || furnitureText(visibleText(el), s.chars)) continue;
    const points = 1 + s.ownPunctuation + Math.min(3, Math.floor(s.ownChars / 100));
    for (let b: Element | undefined = el; b; b = blockParent(b)) statsOf(b, stats).score += points;
  }
}

function blockParent(el: Element): Element | undefined {
  for (let p = el.parentNode as Node | null; p; p = (p as Element).parentNode as Node | null) if (isElement(p) && isBlock(p)) return p;
  return undefined;
}

/** The body, with siblings that score a good share of it (the body split over boxes), in document order. */
function withSiblings(best: Element, stats: Map<Element, Stats>): Element[] {
  const parent = best.parentNode as Node | null;
  if (!parent || !isElement(parent)) return [best];
  const threshold = Math.max(MIN_ARTICLE_SCORE, (stats.get(best)?.score ?? 0) * 0.1);
  return blockChildren(parent).filter((c) => {
    if (c === best) return true;
    const s = stats.get(c);
    return s !== undefined && s.score >= threshold && linkDensity(s) < 0.3;
  });
}

/** Page furniture inside the article: a block that is mostly links, or a short line of page labels. */
function furniture(el: Element, stats: Map<Element, Stats>): boolean {
  if (el.tagName === 'nav' || el.tagName === 'aside') return true;
  const s = stats.get(el);
  if (!s || s.chars === 0) return false;
  const text = visibleText(el);
  // 附件 lines name the plan's annexes, which are usually links to the files.
  if (s.linkChars >= s.chars / 2 && !/^\s*附件/.test(text)) return true;
  return furnitureText(text, s.chars);
}

/** A short line with two labels of page furniture or more (发布时间 … 来源 …, 主办单位 … ICP备 …). */
function furnitureText(text: string, chars: number): boolean {
  return chars < 120 && (text.match(FURNITURE_LABELS)?.length ?? 0) >= 2;
}

function visibleText(n: Node): string {
  if (isText(n)) return n.value;
  if (isElement(n) && isHidden(n)) return '';
  return children(n).map(visibleText).join('');
}

const normalise = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The title: the heading-like element before the body that best matches <title>, else the nearest h1/h2. */
function findTitle(documentNode: Node, body: Element, pageTitle: string, stats: Map<Element, Stats>): { text: string; element?: Element } | undefined {
  const wanted = normalise(pageTitle);
  let best: { element: Element; score: number } | undefined;
  let lastHeading: Element | undefined;
  let passed = false;
  const walk = (n: Node): void => {
    if (passed) return;
    if (n === body) {
      passed = true;
      return;
    }
    if (!isElement(n) && n.nodeName !== '#document') return;
    if (isElement(n)) {
      if (isHidden(n)) return;
      const headingTag = /^h[1-3]$/.test(n.tagName);
      const hinted = TITLE_HINT.test(`${attr(n, 'class') ?? ''} ${attr(n, 'id') ?? ''}`);
      if (headingTag || hinted || isBlock(n)) {
        const text = normalise(visibleText(n));
        const s = stats.get(n);
        const ownLine = !s || s.ownChars >= text.length * 0.8;
        if (text.length >= 4 && text.length <= 120 && ownLine && (!s || s.linkChars < s.chars / 2)) {
          if (headingTag && /^h[12]$/.test(n.tagName)) lastHeading = n;
          const match = wanted ? commonRun(text, wanted) / text.length : 0;
          const points = match + (headingTag ? 0.2 : 0) + (hinted ? 0.1 : 0);
          if (match >= 0.6 && (!best || points >= best.score)) best = { element: n, score: points };
        }
      }
    }
    for (const c of children(n)) walk(c);
  };
  walk(documentNode);
  // Without a <title> to match, the nearest top heading; with one, a heading that does not match it
  // is the site's name or a section's, not the article's.
  const element = best?.element ?? (wanted ? undefined : lastHeading);
  if (element) return { text: visibleText(element), element };
  // No title on the page itself: the part of <title> before the site's name, if the body lacks it.
  const fromTitle = pageTitle.split(/\s*(?:_|\||--|—|-\s)\s*/)[0]?.trim() ?? '';
  if (fromTitle.length >= 6 && !normalise(visibleText(body)).slice(0, 400).includes(normalise(fromTitle))) return { text: fromTitle };
  return undefined;
}

/** Length of the longest common run of characters: the page title holds the heading plus the site's name. */
function commonRun(a: string, b: string): number {
  if (a.length > 200 || b.length > 400) return a === b ? a.length : 0;
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = up;
    }
  }
  return best;
}

/** Blocks between the title and the body that carry a document number (国发〔2021〕23号). */
function linesBetween(documentNode: Node, title: Element, body: Element, stats: Map<Element, Stats>): Element[] {
  const out: Element[] = [];
  let state: 'before' | 'between' | 'done' = 'before';
  const walk = (n: Node): void => {
    if (state === 'done') return;
    if (n === body) {
      state = 'done';
      return;
    }
    if (!isElement(n)) {
      if (n.nodeName === '#document') for (const c of children(n)) walk(c);
      return;
    }
    if (n === title) {
      state = 'between';
      return;
    }
    if (isHidden(n)) return;
    if (state === 'between' && isBlock(n) && !contains(n, body)) {
      const s = stats.get(n);
      const text = visibleText(n);
      if (s && s.ownChars > 0 && s.ownChars <= 60 && DOCUMENT_NUMBER.test(text)) {
        out.push(n);
        return;
      }
    }
    for (const c of children(n)) walk(c);
  };
  walk(documentNode);
  return out;
}

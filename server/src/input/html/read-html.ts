/**
 * A government web page saved from the browser to plan text: decoded by its meta charset
 * (html-charset.ts), parsed by parse5 — the WHATWG parsing algorithm browsers use, so that the
 * unclosed tags and stray markup of real pages give the tree a browser would — the article found
 * (article-body.ts) and laid out as lines (html-text.ts).
 *
 * Nothing is run or fetched: scripts, styles and embedded frames are dropped unread, images and
 * links are never loaded (parse5 only builds a tree).
 */
import { parse } from 'parse5';
import type { ReadResult } from '../types';
import { findArticle } from './article-body';
import { children, findElement, isElement, type Element, type Node } from './dom';
import { decodePage } from './html-charset';
import { cleanLine, renderLines } from './html-text';

export function readHtml(bytes: Uint8Array): ReadResult {
  const page = decodePage(bytes);
  const document = parse(page.text) as unknown as Node;
  const body = findElement(document, (el) => el.tagName === 'body');
  if (!body) return { text: '', format: 'html', encoding: page.encoding, warnings: ['网页中没有正文 / the page has no body'] };
  const titleElement = findElement(document, (el) => el.tagName === 'title');
  const pageTitle = titleElement ? cleanLine(textOf(titleElement)) : '';
  const article = findArticle(document, body, pageTitle);

  const skip = (el: Element) => article.isFurniture(el);
  const lines = renderLines(article.body, skip);
  const head = [...(article.title ? [cleanLine(article.title)] : []), ...renderLines(article.between, skip)].filter((l) => l !== '' && l !== lines[0]);
  const warnings: string[] = [];
  if (article.wholePage) warnings.push('未找到正文区域，已读取整页 / no article found: the whole page was read');
  const all = [...head, ...lines];
  if (all.length === 0) warnings.push('网页中没有文字 / no text on the page');
  return { text: all.join('\n'), format: 'html', encoding: page.encoding, warnings };
}

function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as { value: string }).value;
  return children(n)
    .map((c) => (isElement(c) || c.nodeName === '#text' ? textOf(c) : ''))
    .join('');
}

/**
 * The text of a saved web page. Government sites serve UTF-8 and, the older ones, GBK or GB2312;
 * the page says which in a meta tag (<meta charset="gbk"> or the http-equiv Content-Type form),
 * as browsers read it: a byte order mark first, then the meta tag in the page's first kilobytes.
 * A page that names a legacy encoding but is valid UTF-8 with Chinese in it was re-saved by an
 * editor that kept the old tag: GBK text is practically never valid UTF-8, so UTF-8 wins. With no
 * tag, the page is decoded as a text plan would be (decode-plan-bytes.ts).
 */
import { decodeAs, decodePlanBytes } from '../decode-plan-bytes';

/** Browsers look for the meta tag in the first 1024 bytes; saved pages put comments before it. */
const META_WINDOW = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

export interface DecodedPage {
  text: string;
  encoding: string;
}

export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_WINDOW)).toString('latin1');
  const declared = META_CHARSET.exec(head)?.[1];
  const encoding = declared ? encodingFor(declared) : undefined;
  if (encoding === 'utf-8' || (encoding && validUtf8WithChinese(bytes))) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (encoding) return { text: decodeAs(bytes, encoding), encoding };
  const guessed = decodePlanBytes(bytes);
  if ('error' in guessed) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: guessed.text, encoding: guessed.encoding };
}

/**
 * A charset label to an iconv-lite encoding. GB2312 and GBK pages are decoded as GB18030, their
 * superset (as the WHATWG encoding standard does): pages labelled GB2312 use GBK characters.
 */
function encodingFor(label: string): string | undefined {
  const l = label.toLowerCase();
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(?:gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|csgb2312|chinese|iso-ir-58|gb_2312-80)$/.test(l)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|cn-big5|x-x-big5|csbig5)$/.test(l)) return 'big5';
  const iconv = require('iconv-lite') as typeof import('iconv-lite');
  return iconv.encodingExists(l) ? l : undefined;
}

function validUtf8WithChinese(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

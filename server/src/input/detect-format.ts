/**
 * Which reader a file goes to. The bytes decide first (a PDF saved as .txt is still a PDF, a
 * renamed text file is still text); the file name only breaks ties the bytes leave open: HTML,
 * which has no signature, and a zip, which may or may not be a Word document.
 */

export type DetectedFormat =
  | 'text'
  | 'pdf'
  /** A zip archive: a Word document if it holds word/document.xml (the reader checks). */
  | 'zip'
  /** An OLE2 compound file: a legacy Word .doc, a WPS .wps, or another old Office file. */
  | 'ole2'
  | 'html';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The PDF specification allows junk before the header; readers look in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;
/** Where a page's markup must begin to be taken for HTML without an .html name. */
const HTML_SNIFF_BYTES = 1024;

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;
const MARKUP_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/i;

export function detectFormat(bytes: Uint8Array, nameHint = ''): DetectedFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  if (hasPdfHeader(bytes)) return 'pdf';
  if (looksLikeHtml(bytes) || (HTML_EXTENSIONS.test(nameHint) && hasMarkup(bytes))) return 'html';
  return 'text';
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  if (startsWith(bytes, PDF)) return true;
  const window = bytes.subarray(0, PDF_HEADER_WINDOW);
  for (let i = window.indexOf(0x25); i !== -1; i = window.indexOf(0x25, i + 1)) if (startsWith(window, PDF, i)) return true;
  return false;
}

/** A file named .html that holds no tag in its first kilobytes is a text file misnamed. */
function hasMarkup(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4 * HTML_SNIFF_BYTES);
  const lt = head.indexOf(0x3c);
  return lt !== -1 && head.indexOf(0x3e, lt) !== -1;
}

/** A page saved under another name: its first kilobyte opens with a doctype or an html/head/body tag. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  // Only worth decoding when the first non-blank byte is '<' (or a BOM is): plans never start so.
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0d))) i++;
  if (bytes[i] !== 0x3c) return false;
  // latin1 keeps every byte a character: enough to read ASCII markup in any ASCII-based encoding.
  return MARKUP_START.test(Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(HTML_SNIFF_BYTES, bytes.length - i)).toString('latin1'));
}

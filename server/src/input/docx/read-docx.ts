/**
 * A Word .docx (or .docm, .dotx: the same package) to plan text. The zip is opened within bounds
 * (zip-parts.ts), the parts found through their relationships (package-parts.ts), each parsed
 * with DTDs refused (xml-tree.ts), and the body read paragraph by paragraph (document-text.ts)
 * with automatic numbering rendered as text (numbering.ts).
 *
 * Nothing in the file is run or fetched: macros (vbaProject.bin) are never read, only said to be
 * there; linked images, templates and hyperlinks are never followed.
 */
import * as posix from 'node:path/posix';
import type { InputFailure, ReadResult } from '../types';
import { DocumentWalker, type NoteBodies } from './document-text';
import { Numbering } from './numbering';
import { findParts } from './package-parts';
import { Styles } from './styles';
import { child, childrenNamed, DtdRefused, parseXml } from './xml-tree';
import { damagedZip, readZipParts } from './zip-parts';

const XML_PART = /\.(?:xml|rels)$/i;
const MACROS = /(?:^|\/)vbaProject\.bin$/i;

export function readDocx(bytes: Uint8Array): ReadResult {
  const zip = readZipParts(bytes, (name) => XML_PART.test(name));
  if ('error' in zip) return zip;
  // Part names are case-insensitive in a package; relationships may spell them otherwise than the zip.
  const byLowerName = new Map([...zip.parts].map(([name, data]) => [name.toLowerCase(), data]));
  const read = (name: string) => byLowerName.get(posix.normalize(name).toLowerCase());
  try {
    const parts = findParts(read);
    const document = read(parts.document);
    if (!document) return notWord(zip.entries.length);
    const styles = new Styles(optional(read, parts.styles));
    const numbering = new Numbering(optional(read, parts.numbering), styles);
    const notes: NoteBodies = { footnotes: noteBodies(read, parts.footnotes, 'w:footnote'), endnotes: noteBodies(read, parts.endnotes, 'w:endnote') };
    const body = child(child(parseXml(document), 'w:document'), 'w:body');
    if (!body) return { error: 'Word 文件没有正文 / the Word file has no body', code: 'damaged' };
    const text = new DocumentWalker(styles, numbering, notes).read(body);

    const warnings: string[] = [];
    if (zip.entries.some((e) => MACROS.test(e.name))) warnings.push('文件含有宏，未运行 / the file holds macros: not run');
    if (text.trackedChanges) warnings.push('修订已按“全部接受”读取 / tracked changes read as accepted');
    if (text.tableOfContents) warnings.push('目录已略去 / table of contents left out');
    if (text.lines.length === 0) warnings.push('文档中没有文字 / no text in the document');
    return { text: text.lines.join('\n'), format: 'docx', warnings };
  } catch (e) {
    if (e instanceof DtdRefused) {
      return { error: 'Word 文件含有 DTD 声明（Word 从不写入，可能是恶意文件），已拒绝 / DTD in a Word part: refused', code: 'damaged' };
    }
    return { error: `Word 文件已损坏（${(e as Error).message.split('\n')[0]}）/ damaged Word file`, code: 'damaged' };
  }
}

/** A zip that is not a Word document: an .xlsx, a .pptx, an .odt, any archive. */
function notWord(entries: number): InputFailure {
  if (entries === 0) return damagedZip('空压缩包 / empty zip');
  return { error: '这是压缩包，但不是 Word 文档（缺少 word/document.xml）/ a zip archive, not a Word document', code: 'unsupported' };
}

function optional(read: (name: string) => Uint8Array | undefined, name: string | undefined): Uint8Array | undefined {
  return name === undefined ? undefined : read(name);
}

/** Footnote or endnote bodies by id; the separators Word keeps among them are not notes. */
function noteBodies(read: (name: string) => Uint8Array | undefined, name: string | undefined, tag: string): NoteBodies['footnotes'] {
  const out: NoteBodies['footnotes'] = new Map();
  const bytes = optional(read, name);
  if (!bytes) return out;
  for (const container of childrenNamed(parseXml(bytes), `${tag}s`)) {
    for (const note of childrenNamed(container, tag)) {
      const type = note.attrs['w:type'];
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      out.set(note.attrs['w:id'] ?? '', note);
    }
  }
  return out;
}

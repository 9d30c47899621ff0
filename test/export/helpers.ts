/** Reading back what the export wrote: the parts of the .docx as XML text, and its paragraphs. */
import { strFromU8, unzipSync } from 'fflate';
import { analyzePlan } from '../../server/src/core';
import { exportDocx } from '../../server/src/export/export-docx';

export type Parts = Record<string, string>;

export function parts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

export async function exported(text: string, titleFont?: string): Promise<Buffer> {
  const r = await exportDocx(analyzePlan(text), { titleFont });
  if ('error' in r) throw new Error(r.error);
  return r.bytes;
}

/** One style's XML, by its id. */
export function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

export interface WordParagraph {
  style: string | null;
  text: string;
  pageBreakBefore: boolean;
}

/** The body's paragraphs outside tables, with their style and text. */
export function paragraphs(document: string): WordParagraph[] {
  const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const xml = m[1] ?? m[2];
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
      text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      pageBreakBefore: /<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="(?:true|1|on)"\/>/.test(xml),
    };
  });
}

/** Lines as a reader compares them: spaces collapsed (Word lays them out), blank lines dropped. */
export function comparable(text: string): string[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((l) => l.replace(/[\s\u3000]+/g, ' ').trim())
    .filter((l) => l !== '');
}

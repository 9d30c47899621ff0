/**
 * Where a Word package keeps what the reader needs: the main document is the target of the
 * package's officeDocument relationship, and its own relationships name the styles, numbering,
 * footnotes and endnotes parts. Word always uses word/document.xml and friends, other writers do
 * not always; the conventional names are the fallback when a relationship is missing.
 *
 * External targets (hyperlinks, linked images, remote templates) are never followed: only parts
 * inside the zip are ever read.
 */
import * as posix from 'node:path/posix';
import { childrenNamed, parseXml } from './xml-tree';

export interface PartNames {
  document: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  endnotes?: string;
}

type Read = (name: string) => Uint8Array | undefined;

interface Relationship {
  type: string;
  target: string;
}

function relationships(bytes: Uint8Array | undefined, base: string): Relationship[] {
  if (!bytes) return [];
  const root = parseXml(bytes);
  const out: Relationship[] = [];
  for (const rels of childrenNamed(root, 'rel:Relationships')) {
    for (const r of childrenNamed(rels, 'rel:Relationship')) {
      if (r.attrs.TargetMode === 'External' || !r.attrs.Target || !r.attrs.Type) continue;
      out.push({ type: r.attrs.Type, target: resolve(base, r.attrs.Target) });
    }
  }
  return out;
}

/** A relationship's target as a zip entry name: relative to the source part's folder, or from the root. */
function resolve(base: string, target: string): string {
  const decoded = safeDecode(target);
  return (decoded.startsWith('/') ? posix.normalize(decoded) : posix.join(base, decoded)).replace(/^\/+/, '');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const byType = (rels: Relationship[], kind: string) => rels.find((r) => r.type.endsWith(`/${kind}`))?.target;

/** Parts to read first: the relationships, which say where everything else is. */
export const RELATIONSHIP_PARTS = /(?:^|\/)_rels\/[^/]*\.rels$/i;

export function findParts(read: Read): PartNames {
  const document = byType(relationships(read('_rels/.rels'), ''), 'officeDocument') ?? 'word/document.xml';
  const folder = posix.dirname(document);
  const rels = relationships(read(posix.join(folder, '_rels', `${posix.basename(document)}.rels`)), folder);
  const at = (kind: string, fallback: string) => byType(rels, kind) ?? (read(posix.join(folder, fallback)) ? posix.join(folder, fallback) : undefined);
  return {
    document,
    styles: at('styles', 'styles.xml'),
    numbering: at('numbering', 'numbering.xml'),
    footnotes: at('footnotes', 'footnotes.xml'),
    endnotes: at('endnotes', 'endnotes.xml'),
  };
}

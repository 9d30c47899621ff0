/**
 * The parts of a Word file's zip that the reader needs, decompressed within bounds. A .docx is
 * untrusted input: a few kilobytes of zip can declare gigabytes of XML (a zip bomb), or hundreds of
 * thousands of entries. Sizes are checked from the zip's central directory before anything is
 * inflated, and each part is inflated into a buffer of its declared size (fflate stops there), so
 * a part that lies about its size is cut short — and then fails as XML — rather than grow.
 *
 * fflate: pure JavaScript, no dependencies, bundles into the extension; engines: any Node.
 */
import { unzipSync } from 'fflate';
import type { InputFailure } from '../types';

/** A Word document has a few dozen entries; one with many images a few hundred. */
export const MAX_ENTRIES = 10_000;
/** One XML part: a 1 000-page document's body is about 10 MB. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** The parts read, together. */
export const MAX_READ_BYTES = 128 * 1024 * 1024;
/** Everything the zip declares, read or not: past this it is a bomb, whatever it holds. */
export const MAX_DECLARED_BYTES = 1024 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** Declared uncompressed size. */
  size: number;
}

export interface ZipParts {
  entries: ZipEntry[];
  /** Parts by name, as decompressed bytes. */
  parts: Map<string, Uint8Array>;
}

const megabytes = (n: number) => Math.round(n / 1024 / 1024);

export function zipBomb(what: string): InputFailure {
  return { error: `压缩包展开后过大（${what}），疑似“压缩炸弹”，已拒绝 / zip would expand too far (${what}): refused`, code: 'zip-bomb' };
}

class Refused extends Error {
  constructor(readonly failure: InputFailure) {
    super(failure.error);
  }
}

/** The entries of the zip, and the parts for which `wanted` says yes; or why the zip is refused. */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): ZipParts | InputFailure {
  const entries: ZipEntry[] = [];
  let declared = 0;
  let toRead = 0;
  try {
    // One pass over the central directory decides, entry by entry, before any inflating.
    const parts = unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, size: file.originalSize });
        if (entries.length > MAX_ENTRIES) throw new Refused(zipBomb(`超过 ${MAX_ENTRIES} 个条目 / over ${MAX_ENTRIES} entries`));
        declared += file.originalSize;
        if (declared > MAX_DECLARED_BYTES) throw new Refused(zipBomb(`共 ${megabytes(declared)} MB 以上 / over ${megabytes(declared)} MB`));
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new Refused(zipBomb(`${file.name} ${megabytes(file.originalSize)} MB`));
        toRead += file.originalSize;
        if (toRead > MAX_READ_BYTES) throw new Refused(zipBomb(`文档部件共 ${megabytes(toRead)} MB / parts total ${megabytes(toRead)} MB`));
        // Neither stored nor deflated (deflate64, LZMA …): Word never writes those.
        if (file.compression !== 0 && file.compression !== 8) throw new Refused(damagedZip(`${file.name}: compression ${file.compression}`));
        return true;
      },
    });
    return { entries, parts: new Map(Object.entries(parts)) };
  } catch (e) {
    if (e instanceof Refused) return e.failure;
    return damagedZip((e as Error).message);
  }
}

export function damagedZip(detail: string): InputFailure {
  return { error: `Word 文件已损坏，无法解压（${detail}）/ damaged Word file: cannot unzip`, code: 'damaged' };
}

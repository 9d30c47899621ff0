/**
 * Bytes of any file a plan comes in — text, PDF, Word, a saved web page — to plan text, one
 * paragraph a line. The format is told by the bytes (detect-format.ts), the readers are loaded only
 * when a file needs them (a batch of text files never loads the zip, XML or HTML parsers), and
 * nothing here throws: one bad file must not stop a batch of hundreds.
 */
import { decodePlanBytes } from './decode-plan-bytes';
import { detectFormat } from './detect-format';
import type { ReadResult } from './types';

export interface ReadOptions {
  /** PDF: time allowed for one file. */
  timeoutMs?: number;
  /** PDF: pages read at most. */
  maxPages?: number;
  /**
   * LibreOffice for legacy .doc/.wps files: its path, or null never to use it; by default the
   * `soffice` (or `libreoffice`) found on the PATH, if any.
   */
  soffice?: string | null;
}

export async function readPlanBytes(bytes: Uint8Array, nameHint = '', options: ReadOptions = {}): Promise<ReadResult> {
  try {
    switch (detectFormat(bytes, nameHint)) {
      case 'pdf': {
        const { readPdf } = await import('./pdf/read-pdf');
        return await readPdf(bytes, { timeoutMs: options.timeoutMs, maxPages: options.maxPages });
      }
      case 'zip': {
        const { readDocx } = await import('./docx/read-docx');
        return readDocx(bytes);
      }
      case 'ole2': {
        const { readLegacyWord } = await import('./legacy-word');
        return await readLegacyWord(bytes, nameHint, options.soffice);
      }
      case 'html': {
        const { readHtml } = await import('./html/read-html');
        return readHtml(bytes);
      }
      default:
        return readText(bytes, nameHint);
    }
  } catch (e) {
    // The readers return their failures; this is for a bug in one of them on some input.
    return { error: `读取失败 / cannot read: ${(e as Error).message}`, code: 'damaged' };
  }
}

/** What a name promises that the bytes did not keep: a user who named a file .pdf should hear so. */
const CLAIMED_FORMAT: Array<[RegExp, string]> = [
  [/\.pdf$/i, 'PDF'],
  [/\.(?:docx|docm|dotx)$/i, 'Word'],
];

export function readText(bytes: Uint8Array, nameHint = ''): ReadResult {
  const decoded = decodePlanBytes(bytes);
  const claimed = CLAIMED_FORMAT.find(([re]) => re.test(nameHint))?.[1];
  // An empty or binary file named .pdf or .docx is a broken file of that kind, not an empty plan.
  if (claimed && ('error' in decoded || bytes.length === 0)) return { error: `不是有效的 ${claimed} 文件 / not a valid ${claimed} file`, code: 'damaged' };
  if ('error' in decoded) return decoded;
  const warnings: string[] = [];
  if (claimed) warnings.push(`文件名是 ${claimed} 文件，内容却是文本，已按文本读取 / named as a ${claimed} file but holds text: read as text`);
  if (decoded.controlCharacters) {
    warnings.push(`已删除 ${decoded.controlCharacters} 个控制字符（多为文字识别残留）/ ${decoded.controlCharacters} stray control characters removed`);
  }
  return { format: 'text', ...decoded, warnings };
}

/**
 * Legacy Word (.doc) and WPS (.wps) files: OLE2 compound files in binary formats that no
 * well-kept JavaScript library reads. With LibreOffice installed (`soffice` or `libreoffice` on
 * the PATH) the file is converted to .docx by it, headless, in a private temporary folder with a
 * throw-away profile, and read as a .docx; without it, the user is told to save the file as
 * .docx — which Word and WPS both do in two clicks.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReadResult } from './types';

export const SAVE_AS_DOCX = '旧版 Word/WPS 文件（.doc/.wps）：请另存为 .docx 后再读取 / legacy .doc/.wps file: save it as .docx';
const CONVERT_TIMEOUT_MS = 120_000;

export async function readLegacyWord(bytes: Uint8Array, nameHint: string, soffice?: string | null): Promise<ReadResult> {
  const exe = soffice === undefined ? findOnPath(['soffice', 'libreoffice']) : soffice;
  if (!exe) return { error: SAVE_AS_DOCX, code: 'legacy-word' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-doc-'));
  try {
    const ext = /\.(?:doc|wps|dot|wpt)$/i.exec(nameHint)?.[0].toLowerCase() ?? '.doc';
    const input = path.join(dir, `input${ext}`);
    fs.writeFileSync(input, bytes);
    const failure = await run(exe, [
      '--headless', '--norestore', '--nolockcheck', '--nodefault', '--nologo',
      // A profile of its own: never the user's, and no clash with a LibreOffice already open.
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--convert-to', 'docx', '--outdir', dir, input,
    ]);
    const output = path.join(dir, 'input.docx');
    if (!fs.existsSync(output)) return { error: `${SAVE_AS_DOCX}（LibreOffice 转换失败：${failure ?? '没有输出'}）`, code: 'legacy-word' };
    const { readDocx } = await import('./docx/read-docx');
    const read = readDocx(fs.readFileSync(output));
    if ('error' in read) return read;
    return { ...read, warnings: ['已用 LibreOffice 转换为 .docx 后读取 / converted to .docx with LibreOffice', ...read.warnings] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the converter; resolves with why it failed, or undefined. */
function run(exe: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(exe, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => {
      resolve(error ? (error.killed ? '超时 / timed out' : String(stderr || error.message).trim().split('\n')[0]) : undefined);
    });
  });
}

/** The first of `names` that is an executable file in a folder of the PATH. */
export function findOnPath(names: string[], pathVariable = process.env.PATH ?? ''): string | undefined {
  const suffixes = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  for (const dir of pathVariable.split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      for (const suffix of suffixes) {
        const candidate = path.join(dir, name + suffix);
        try {
          fs.accessSync(candidate, fs.constants.X_OK);
          if (fs.statSync(candidate).isFile()) return candidate;
        } catch {
          // Not here.
        }
      }
    }
  }
  return undefined;
}

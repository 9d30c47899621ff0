/**
 * The command line's inputs to a list of files: a file is taken as named (whatever its
 * extension), a folder is searched for plan files, anything else that looks like a glob is
 * expanded. A name that is none of these is kept, so that it is reported as missing in its place
 * in the batch. Folders and globs come out sorted, so that runs are repeatable; a file reached
 * twice is analysed once.
 *
 * What a folder holds for each command: `analyze` takes plan text (*.txt, *.plan) and the formats
 * the input layer converts (*.pdf, *.docx, *.docm, *.html, *.htm), but not an original whose
 * `<name>.plan.txt` sits beside it — that text, perhaps corrected by hand, is the plan to analyse,
 * and analysing both would count the plan twice. `convert` takes the convertible formats only.
 * Legacy .doc and .wps files are read only when named (they need LibreOffice).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { planTextPath } from '../input';
import { displayPath } from './display-path';
import type { PlanFile } from './plan-file';
import type * as Tinyglobby from 'tinyglobby';

// require, not import: esbuild would pick tinyglobby's ESM build, whose fdir dependency calls
// createRequire(import.meta.url), undefined in a CommonJS bundle. Loaded on first use: most runs
// name files.
const tinyglobby = (): typeof Tinyglobby => require('tinyglobby') as typeof Tinyglobby;

const DOCUMENTS = ['**/*.pdf', '**/*.docx', '**/*.docm', '**/*.html', '**/*.htm'];
const DOCUMENT_NAME = /\.(?:pdf|docx|docm|html?)$/i;
/** *.plan.txt is covered by *.txt. */
const PATTERNS = { analyze: ['**/*.txt', '**/*.plan', ...DOCUMENTS], convert: DOCUMENTS, format: ['**/*.txt', '**/*.plan'] };
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export type SearchFor = keyof typeof PATTERNS;

export interface FoundFiles {
  files: PlanFile[];
  /** Folders and patterns that matched no file. */
  unmatched: string[];
}

export async function findPlanFiles(inputs: readonly string[], cwd = process.cwd(), searchFor: SearchFor = 'analyze'): Promise<FoundFiles> {
  const files: PlanFile[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ file: absolute, shownAs: displayPath(absolute, cwd) });
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = statOrNull(absolute);
    let matched: string[];
    if (stat?.isDirectory()) {
      matched = await tinyglobby().glob(PATTERNS[searchFor], { cwd: absolute, absolute: true, onlyFiles: true, ignore: IGNORE, caseSensitiveMatch: false });
    } else if (stat || !tinyglobby().isDynamicPattern(input)) {
      add(absolute);
      continue;
    } else {
      matched = await tinyglobby().glob(input, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, expandDirectories: false });
    }
    if (matched.length === 0) unmatched.push(input);
    const found = matched.map((m) => path.resolve(m));
    const kept = searchFor === 'analyze' ? found.filter((f) => !convertedBeside(f)) : found;
    for (const m of kept.sort(byCodeUnit)) add(m);
  }
  return { files, unmatched };
}

/** A PDF, Word file or page whose plan text (`<name>.plan.txt`) sits beside it. */
function convertedBeside(file: string): boolean {
  return DOCUMENT_NAME.test(file) && statOrNull(planTextPath(file))?.isFile() === true;
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** Not localeCompare: the order must not depend on the machine's locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

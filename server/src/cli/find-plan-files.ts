/**
 * The command line's inputs to a list of files: a file is taken as named (whatever its
 * extension), a folder is searched for plan files, anything else that looks like a glob is
 * expanded. A name that is none of these is kept, so that it is reported as missing in its place
 * in the batch. Folders and globs come out sorted, so that runs are repeatable; a file reached
 * twice is analysed once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath } from './display-path';
import type { PlanFile } from './plan-file';
import type * as Tinyglobby from 'tinyglobby';

// require, not import: esbuild would pick tinyglobby's ESM build, whose fdir dependency calls
// createRequire(import.meta.url), undefined in a CommonJS bundle. Loaded on first use: most runs
// name files.
const tinyglobby = (): typeof Tinyglobby => require('tinyglobby') as typeof Tinyglobby;

/** *.plan.txt is covered by *.txt. */
const PLAN_PATTERNS = ['**/*.txt', '**/*.plan'];
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface FoundFiles {
  files: PlanFile[];
  /** Folders and patterns that matched no file. */
  unmatched: string[];
}

export async function findPlanFiles(inputs: readonly string[], cwd = process.cwd()): Promise<FoundFiles> {
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
      matched = await tinyglobby().glob(PLAN_PATTERNS, { cwd: absolute, absolute: true, onlyFiles: true, ignore: IGNORE });
    } else if (stat || !tinyglobby().isDynamicPattern(input)) {
      add(absolute);
      continue;
    } else {
      matched = await tinyglobby().glob(input, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, expandDirectories: false });
    }
    if (matched.length === 0) unmatched.push(input);
    for (const m of matched.map((m) => path.resolve(m)).sort(byCodeUnit)) add(m);
  }
  return { files, unmatched };
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

/**
 * The script workers are started from. Bundled, every module's `__filename` is the bundle
 * (dist/planlens.js), whose entry (cli/main.ts) turns into a worker when `workerData` says so —
 * for the command line and for the language server alike, which runs from the same bundle.
 * Compiled by tsc into out/ (the tests), the entry is cli/main.js beside this folder.
 */
import * as path from 'node:path';

export function entryFile(): string {
  return path.basename(__filename) === 'entry-file.js' ? path.join(__dirname, '..', 'cli', 'main.js') : __filename;
}

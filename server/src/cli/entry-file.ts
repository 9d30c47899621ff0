/**
 * The script workers are started from. Bundled, every module's `__filename` is the bundle
 * (dist/planlens.js), whose main.ts turns into a worker when `workerData` says so; compiled by tsc
 * into out/, the entry is main.js beside this file.
 */
import * as path from 'node:path';

export function entryFile(): string {
  return path.basename(__filename) === 'entry-file.js' ? path.join(__dirname, 'main.js') : __filename;
}

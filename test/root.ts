import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, found from the test file's folder (out/test/… when compiled, or test/…). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

/**
 * The version in package.json, read at run time: importing the JSON would make tsc copy
 * package.json into out/, where it would pass for the repository root. It sits above the front
 * ends (command line, language server), which both report it, so that neither imports the other.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached !== undefined) return cached;
  cached = '0.0.0';
  // dist/planlens.js sits one level below the root, out/server/src/ three: walk up.
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'planlens' && pkg.version) return (cached = pkg.version);
    } catch {
      // No package.json here, or not ours: keep walking.
    }
    if (path.dirname(dir) === dir) return cached;
  }
}

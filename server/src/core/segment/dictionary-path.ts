/**
 * Where the shipped policy dictionary is. The code runs from out/server/src/core/segment/ (tsc),
 * from dist/ (the bundle) or from an installed extension: the dictionary is looked for in
 * `server/dict/` of every directory from the running file upwards.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const POLICY_DICTIONARY = 'policy.dict.utf8';

/** The dictionary's absolute path, or null when no `server/dict/policy.dict.utf8` is above `from`. */
export function findPolicyDictionary(from: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'server', 'dict', POLICY_DICTIONARY);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

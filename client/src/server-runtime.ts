/**
 * Which Node runs the language server.
 *
 * nodejieba is a native addon, built for the Node that ran `npm install`. Desktop VS Code runs
 * extensions on Electron's Node, whose ABI differs, so there the addon cannot load; a plain Node
 * on the PATH usually can. The server must run where the addon loads, so: the configured
 * `planlens.server.nodePath` if any; else, under Electron, the first `node` on the PATH that
 * loads the addon (checked once, when the first plan opens, in a few tens of milliseconds);
 * else the extension host's own runtime — where the server still works and says once that
 * segmentation is off.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RuntimeChoice {
  /** A Node executable, or undefined for the extension host's own. */
  runtime: string | undefined;
  /** Why, for the output channel. */
  reason: string;
}

function nodesOnPath(): string[] {
  const names = process.platform === 'win32' ? ['node.exe'] : ['node'];
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  return dirs.flatMap((d) => names.map((n) => path.join(d, n))).filter((p) => fs.existsSync(p));
}

/**
 * Whether `node` loads the server's native addons (found in the extension's own node_modules):
 * nodejieba's, required, and better-sqlite3's (the plan index) when the extension ships it — a
 * Node that loads one but not the other would leave the index without its database.
 */
function loadsAddon(node: string, extensionPath: string): boolean {
  const binary = (pkg: string, file: string) => path.join(extensionPath, 'node_modules', pkg, 'build', 'Release', file);
  const jieba = binary('nodejieba', 'nodejieba.node');
  if (!fs.existsSync(jieba)) return false;
  const binaries = [jieba, binary('better-sqlite3', 'better_sqlite3.node')].filter((b) => fs.existsSync(b));
  try {
    execFileSync(node, ['-e', binaries.map((b) => `require(${JSON.stringify(b)})`).join(';')], { timeout: 5000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function chooseServerRuntime(extensionPath: string, configured: string | undefined): RuntimeChoice {
  if (configured && configured.trim() !== '') {
    return { runtime: configured.trim(), reason: `planlens.server.nodePath: ${configured.trim()}` };
  }
  if (!process.versions.electron) {
    return { runtime: undefined, reason: `the extension host’s Node ${process.version}` };
  }
  for (const node of nodesOnPath()) {
    if (loadsAddon(node, extensionPath)) return { runtime: node, reason: `${node} (loads nodejieba and better-sqlite3; Electron’s Node does not)` };
  }
  return { runtime: undefined, reason: 'Electron’s Node: no Node on the PATH loads nodejieba and better-sqlite3; segmentation and the plan index will be off' };
}

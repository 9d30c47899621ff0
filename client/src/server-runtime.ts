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

/** Whether `node` loads nodejieba's binary (found from the extension's own node_modules). */
function loadsAddon(node: string, extensionPath: string): boolean {
  const binary = path.join(extensionPath, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node');
  if (!fs.existsSync(binary)) return false;
  try {
    execFileSync(node, ['-e', `require(${JSON.stringify(binary)})`], { timeout: 5000, stdio: 'ignore' });
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
    if (loadsAddon(node, extensionPath)) return { runtime: node, reason: `${node} (loads nodejieba; Electron’s Node does not)` };
  }
  return { runtime: undefined, reason: 'Electron’s Node: no Node on the PATH loads nodejieba, segmentation will be off' };
}

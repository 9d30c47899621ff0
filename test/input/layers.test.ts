/**
 * The map of the house (server/src): the input layer and the core import no front end; the
 * language server imports no part of the command line (it used to borrow its decoder and version);
 * the command line reaches the language server only to start it (`planlens lsp`); the client
 * imports nothing of the server but the protocol's plain names and shapes and the plan-file rules
 * it shares with the workspace index — no format, no analysis.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../root';

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Where each relative import of a file points, as a path from the repository root. */
function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'(\.[^']+)'/g)].map((m) => m[1]);
  return specs.map((s) => path.join(path.dirname(file), s).split(path.sep).join('/'));
}

function crossings(from: string, to: string[]): string[] {
  return sources(from).flatMap((f) => imports(f).filter((i) => to.some((t) => i.startsWith(t))).map((i) => `${f} → ${i}`));
}

describe('layers', () => {
  it('input/ and core/ import no front end, and the core no input', () => {
    assert.deepEqual(crossings('server/src/input', ['server/src/cli', 'server/src/lsp', 'server/src/core', 'client']), []);
    assert.deepEqual(crossings('server/src/core', ['server/src/cli', 'server/src/lsp', 'server/src/input', 'client']), []);
  });

  it('the language server imports nothing of the command line', () => {
    assert.deepEqual(crossings('server/src/lsp', ['server/src/cli', 'client']), []);
  });

  it('the command line reaches the language server only to start it', () => {
    assert.deepEqual(crossings('server/src/cli', ['server/src/lsp', 'client']), ['server/src/cli/commands/lsp.ts → server/src/lsp/server']);
  });

  it('the client imports of the server only the protocol and the plan-file rules: no input layer, no core', () => {
    const server = sources('client/src').flatMap((f) => imports(f).filter((i) => i.startsWith('server/')));
    assert.deepEqual([...new Set(server)].sort(), ['server/src/lsp/plan-files', 'server/src/lsp/protocol']);
  });
});

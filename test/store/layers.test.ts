/**
 * The index's place in the house: the store (database, query, report) and the batch layer (file
 * search, worker pool) sit below the front ends and import none of them; the client never opens
 * the database (it asks the language server).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../root';

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function importsOf(dir: string): string[] {
  return sources(dir).flatMap((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'([^']+)'/g)].map((m) =>
      m[1].startsWith('.') ? path.join(path.dirname(file), m[1]).split(path.sep).join('/') : m[1],
    );
  });
}

describe('layers of the index', () => {
  it('store/ and batch/ import no front end', () => {
    for (const dir of ['server/src/store', 'server/src/batch']) {
      const up = importsOf(dir).filter((i) => ['server/src/cli', 'server/src/lsp', 'client'].some((f) => i.startsWith(f)));
      assert.deepEqual(up, [], dir);
    }
  });

  it('the client imports neither the store nor the SQLite binding', () => {
    const imports = importsOf('client/src');
    assert.deepEqual(imports.filter((i) => i.startsWith('server/src/store') || i === 'better-sqlite3' || i === 'exceljs'), []);
  });
});

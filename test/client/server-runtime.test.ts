import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chooseServerRuntime } from '../../client/src/server-runtime';
import { ROOT } from '../core/helpers';

describe('which Node runs the language server', () => {
  const hadElectron = Object.prototype.hasOwnProperty.call(process.versions, 'electron');
  const setElectron = (on: boolean) => {
    if (on) Object.defineProperty(process.versions, 'electron', { value: '35.0.0', configurable: true, enumerable: true });
    else if (!hadElectron) delete (process.versions as Record<string, string>).electron;
  };
  afterEach(() => setElectron(false));

  it('uses the configured node when there is one', () => {
    assert.equal(chooseServerRuntime(ROOT, '/opt/node/bin/node').runtime, '/opt/node/bin/node');
  });

  it('keeps the extension host’s own Node outside Electron (code-server, test hosts)', () => {
    assert.equal(chooseServerRuntime(ROOT, '').runtime, undefined);
  });

  it('under Electron, picks the first node on the PATH that loads nodejieba', () => {
    setElectron(true);
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-node-'));
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const oldPath = process.env.PATH;
    process.env.PATH = bin;
    try {
      assert.equal(chooseServerRuntime(ROOT, undefined).runtime, path.join(bin, 'node'));
      // An extension folder without the addon: no node qualifies, Electron's own runs the server.
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'planlens-ext-'));
      assert.equal(chooseServerRuntime(empty, undefined).runtime, undefined);
    } finally {
      process.env.PATH = oldPath;
    }
  });
});

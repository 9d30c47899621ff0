/**
 * The extension-host side of the integration tests: @vscode/test-electron's runTests (through
 * scripts/editor/code-server-launcher.mjs) loads this module in a real VS Code's extension host
 * and calls run(). Mocha runs the *.itest.js files beside it, in name order (the activation test
 * first: it proves the extension starts by itself on the seed). Named .itest so that `npm test`'s
 * mocha, which cannot load the `vscode` module, never picks them up.
 */
import type MochaType from 'mocha';
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';

// The extension host forwards console.log's arguments to the workbench unformatted, and mocha's
// reporters print with format strings ("%s) %s:"). The host makes console.log an accessor whose
// setter does not change what the getter returns, so redefine the property: format, then hand the
// one string to the host's forwarder. Before mocha is loaded, since it keeps a reference.
for (const level of ['log', 'info', 'warn', 'error'] as const) {
  const forward = console[level].bind(console);
  Object.defineProperty(console, level, {
    value: (...args: unknown[]) => forward(util.format(...args)),
    writable: true,
    configurable: true,
  });
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof MochaType = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  const grep = process.env.PLANLENS_ITEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.itest.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats!;
      // The closing line that CI reads, whatever the reporter printed.
      console.log(`integration: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}

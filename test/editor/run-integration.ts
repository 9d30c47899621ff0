/**
 * Runs the integration tests (test/editor/integration/*.itest.ts, compiled into out/) in a real
 * VS Code's extension host with @vscode/test-electron's runTests, unchanged. VS Code cannot be
 * downloaded here, so vscodeExecutablePath is scripts/editor/code-server-launcher.mjs: it runs the
 * same flow in code-server (VS Code 1.100.3) and headless Chromium, and relays the exit code.
 *
 * The workspace is a fresh folder holding only the seed, as a .txt: the tests make the other
 * files they need, so that nothing but opening the seed can start the extension.
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = '000_8df2462643963b13.txt';

async function main(): Promise<number> {
  const cache = process.env.PLANLENS_EDITOR_CACHE || path.join(os.homedir(), '.cache', 'planlens-editor');
  fs.mkdirSync(path.join(cache, 'runs'), { recursive: true });
  const scratch = fs.mkdtempSync(path.join(cache, 'runs', 'integration-'));
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace);
  fs.copyFileSync(path.join(ROOT, 'seeds', SEED), path.join(workspace, SEED));
  try {
    await runTests({
      vscodeExecutablePath: path.join(ROOT, 'scripts', 'editor', 'code-server-launcher.mjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'integration', 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(scratch, 'user-data')}`, `--extensions-dir=${path.join(scratch, 'extensions')}`],
    });
    return 0;
  } catch (e) {
    console.error(`integration: ${e instanceof Error ? e.message : e}`);
    return 1;
  } finally {
    if (!process.env.PLANLENS_EDITOR_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
    else console.log(`integration: kept ${scratch}`);
  }
}

main().then((code) => process.exit(code));

// Runs test/editor/nvim/check.lua in headless Neovim (Debian's, 0.7) against
// `node bin/planlens.js lsp --stdio` on a copy of the seed. Exit code: Neovim's (0 = all passed).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const nvim = process.env.PLANLENS_NVIM || '/usr/bin/nvim';
if (!existsSync(nvim)) {
  console.error(`neovim: ${nvim} not found (scripts/editor/setup.sh installs it)`);
  process.exit(3);
}
const dir = mkdtempSync(join(tmpdir(), 'planlens-nvim-'));
const plan = join(dir, 'plan.txt');
copyFileSync(join(root, 'seeds', '000_8df2462643963b13.txt'), plan);
const t0 = Date.now();
const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'test/editor/nvim/check.lua')}`, plan], {
  cwd: dir,
  env: { ...process.env, PLANLENS_NODE: process.execPath, PLANLENS_BIN: join(root, 'bin', 'planlens.js') },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const kill = setTimeout(() => {
  console.error('neovim: no answer within 60 s');
  child.kill('SIGKILL');
}, 60000);
child.on('exit', (code, signal) => {
  clearTimeout(kill);
  rmSync(dir, { recursive: true, force: true });
  console.log(`neovim: exit ${code ?? signal} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(code ?? 1);
});

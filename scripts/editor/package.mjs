// `npm run package`: builds the bundles, then packs the .vsix with @vscode/vsce and checks it.
//
// Why these vsce options:
// - `--dependencies`: vsce asks npm (`npm list --production`) for the production dependencies and
//   offers their files to .vscodeignore, which keeps only nodejieba's runtime files (index.js, the
//   native binary built by `npm install`, the dictionaries). With `--no-dependencies` vsce skips
//   node_modules/ entirely and the .vsix could not load nodejieba. Everything else the extension
//   and the server need is bundled into dist/ by esbuild.
// - `--no-rewrite-relative-links`: the README's screenshot is shipped inside the package
//   (docs/screenshot-*.png) and shown from there; there is no public repository to rewrite to.
// - `--allow-missing-repository` only while package.json has no repository field.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { listVsix, checkVsix, summarize } from './vsix-contents.mjs';

const t0 = Date.now();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.argv[2] || `${pkg.name}-${pkg.version}.vsix`;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const main = pkg.main.replace(/^\.\//, '');
if (!existsSync(main)) {
  console.error(`package: ${main} (package.json "main") was not built: is client/src/extension.ts there?`);
  process.exit(1);
}

const args = ['package', '--dependencies', '--no-rewrite-relative-links', '--out', out];
if (!pkg.repository) args.push('--allow-missing-repository');
const vsce = spawnSync(process.execPath, ['node_modules/@vscode/vsce/vsce', ...args], {
  stdio: 'inherit',
  env: { ...process.env, npm_config_loglevel: 'error' },
});
if (vsce.status !== 0) process.exit(vsce.status ?? 1);

const entries = await listVsix(out);
console.log(summarize(out, entries));
const problems = checkVsix(entries, pkg);
for (const p of problems) console.error(`package: ${p}`);
console.log(`package: ${problems.length ? 'FAILED' : 'ok'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(problems.length ? 1 : 0);

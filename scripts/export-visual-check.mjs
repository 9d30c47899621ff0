#!/usr/bin/env node
// The visual check of Export to Word (run by .ci/run after npm test; ~15 s, too slow for npm test):
// the seed formatted (planlens format) and exported (planlens export --docx) with the bundled
// command line, converted to PDF by LibreOffice, and the first
// two pages drawn as PNGs (pdftoppm) into test-artifacts/export/. It checks what the PDF says of
// the layout (A4 pages, more than one page) and leaves the pictures for a person to look at;
// `--update-docs` also replaces docs/screenshot-export-first-page.png, the README's picture.
//
// Where LibreOffice or poppler-utils are missing (and cannot be installed: not root, no network),
// the check is skipped with a loud banner and exit code 0, as the editor tests do.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test-artifacts', 'export');
const SEED = path.join(ROOT, 'seeds', '000_8df2462643963b13.txt');
const updateDocs = process.argv.includes('--update-docs');

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
function skip(why) {
  const line = '!'.repeat(78);
  console.log(`\n${line}\n!! SKIPPED: the visual check of Export to Word — ${why}\n!! Install libreoffice-writer-nogui and poppler-utils (Debian) to run it.\n${line}\n`);
  process.exit(0);
}

if ((!has('soffice') || !has('pdftoppm')) && process.getuid?.() === 0) {
  console.log('export visual check: installing libreoffice-writer-nogui and poppler-utils (apt-get)…');
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'libreoffice-writer-nogui', 'poppler-utils'], { stdio: 'ignore' }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    install();
  }
}
if (!has('soffice')) skip('LibreOffice (soffice) is not installed');
if (!has('pdftoppm') || !has('pdfinfo')) skip('poppler-utils (pdftoppm, pdfinfo) is not installed');
if (!existsSync(path.join(ROOT, 'dist', 'planlens.js'))) {
  console.error('export visual check: dist/planlens.js is missing: run `npm run build` first');
  process.exit(2);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const plan = path.join(OUT, 'seed.plan.txt');
const docx = path.join(OUT, 'seed.docx');
const started = Date.now();
copyFileSync(SEED, plan);
const planlens = (...args) => execFileSync(process.execPath, [path.join(ROOT, 'bin', 'planlens.js'), ...args], { stdio: 'inherit' });
planlens('format', '-q', plan);
planlens('export', plan, '--docx', '-o', docx);
// A private profile: a user's LibreOffice settings (or a running instance) change nothing here.
const profile = `file://${path.join(OUT, 'lo-profile')}`;
const convert = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { encoding: 'utf8', timeout: 120_000 });
const pdf = path.join(OUT, 'seed.pdf');
if (!existsSync(pdf)) {
  console.error(`export visual check: LibreOffice made no PDF (exit ${convert.status}):\n${convert.stdout}${convert.stderr}`);
  process.exit(1);
}
rmSync(path.join(OUT, 'lo-profile'), { recursive: true, force: true });
const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
const size = /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '';
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, path.join(OUT, 'page')]);
const pngs = readdirSync(OUT).filter((f) => f.endsWith('.png')).sort();
const problems = [];
if (!/\bA4\b/.test(size)) problems.push(`the page is not A4: ${size}`);
if (pages < 2) problems.push(`${pages} page(s): the seed fills more than one`);
if (pngs.length !== 2) problems.push(`${pngs.length} pictures, not 2`);
console.log(`export visual check: ${pages} pages, ${size}; ${pngs.join(', ')} in ${path.relative(ROOT, OUT)}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (updateDocs && pngs.length > 0) {
  copyFileSync(path.join(OUT, pngs[0]), path.join(ROOT, 'docs', 'screenshot-export-first-page.png'));
  console.log('export visual check: docs/screenshot-export-first-page.png updated');
}
if (problems.length) {
  console.error(`export visual check FAILED: ${problems.join('; ')}`);
  process.exit(1);
}

// Bundles what ships: the command line and language server (one file, so that the server starts
// without resolving hundreds of modules: chevrotain's import drops from ~300 ms to ~20 ms), and
// the VS Code client. nodejieba is a native addon that assigns globals, better-sqlite3 a native
// addon too: neither is ever bundled.
//
// The PDF reader's worker thread is a bundle of its own (dist/pdf-worker.js: pdf.js, its parser
// module and the layout code), loaded only when a PDF is read. pdf.js needs data files at run time
// — the CMaps of Chinese fonts and the standard fonts' data — copied here into dist/pdfjs/, which
// the .vsix ships (.vscodeignore) and the worker finds beside itself.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['nodejieba', 'better-sqlite3', 'vscode'],
};

// exceljs (the report's workbook) is a bundle of its own, dist/exceljs.js, loaded only when a
// workbook is written: inside dist/planlens.js it doubled the file every `planlens` command and the
// language server parse at start (2.6 → 5.5 MB, ~+100 ms to start).
const EXCELJS = { external: [...common.external, 'exceljs', 'docx'] };
// docx (Export to Word) likewise: dist/docx.js, loaded only when a .docx is written (~1 MB).

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/planlens.js', options: EXCELJS },
  { in: 'client/src/extension.ts', out: 'dist/client/extension.js' },
  // The analysis stages one by one, and the PDF reader's, for `npm run bench` (not shipped).
  { in: 'server/src/core/stages.ts', out: 'dist/bench/core-stages.js' },
  { in: 'server/src/input/pdf/bench-stages.ts', out: 'dist/bench/pdf-stages.js' },
  { in: 'server/src/export/bench-stages.ts', out: 'dist/bench/format-export-stages.js' },
  // pdf.js is an ES module using import.meta only to reach @napi-rs/canvas (drawing, never needed
  // for text): in the CommonJS bundle that lookup fails quietly, as intended.
  {
    in: 'server/src/input/pdf/pdf-worker.ts',
    out: 'dist/pdf-worker.js',
    options: { logOverride: { 'empty-import-meta': 'silent', 'require-resolve-not-external': 'silent' } },
  },
];

mkdirSync('dist', { recursive: true });
await Promise.all([
  ...entries.filter((e) => existsSync(e.in)).map((e) => build({ ...common, ...e.options, entryPoints: [e.in], outfile: e.out })),
  build({ ...common, stdin: { contents: "module.exports = require('exceljs');", resolveDir: '.', loader: 'js' }, outfile: 'dist/exceljs.js' }),
  build({ ...common, stdin: { contents: "module.exports = require('docx');", resolveDir: '.', loader: 'js' }, outfile: 'dist/docx.js' }),
]);

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
for (const sub of ['cmaps', 'standard_fonts']) {
  cpSync(path.join(pdfjsDir, sub), path.join('dist', 'pdfjs', sub), { recursive: true });
}
// pdf.js is bundled into dist/pdf-worker.js: its licence (Apache-2.0) ships beside its data.
cpSync(path.join(pdfjsDir, 'LICENSE'), path.join('dist', 'pdfjs', 'LICENSE'));

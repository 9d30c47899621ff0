// Reads a .vsix (a zip) and checks that it holds what the extension needs at run time and
// nothing a user should not download: used by `npm run package` and by the editor tests.
import yauzl from 'yauzl';
import { readFileSync, statSync } from 'node:fs';

export function listVsix(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = [];
      zip.on('entry', (e) => {
        entries.push({ name: e.fileName, size: e.uncompressedSize, compressed: e.compressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Problems with the contents, as sentences; empty when the package is right. */
export function checkVsix(entries, pkg) {
  const names = new Set(entries.map((e) => e.name));
  const problems = [];
  const main = `extension/${pkg.main.replace(/^\.\//, '')}`;
  const required = [
    'extension/package.json',
    main,
    'extension/readme.md',
    'extension/changelog.md',
    'extension/LICENSE.txt',
    `extension/${pkg.icon}`,
    'extension/node_modules/nodejieba/package.json',
    'extension/node_modules/nodejieba/index.js',
    'extension/node_modules/nodejieba/build/Release/nodejieba.node',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/hmm_model.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/user.dict.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/idf.utf8',
    'extension/node_modules/nodejieba/submodules/cppjieba/dict/stop_words.utf8',
    'extension/node_modules/better-sqlite3/package.json',
    'extension/node_modules/better-sqlite3/lib/index.js',
    'extension/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    'extension/node_modules/bindings/bindings.js',
    'extension/node_modules/file-uri-to-path/index.js',
    // The PDF reader: its worker (pdf.js bundled in), the CMaps Chinese fonts need, the standard fonts' data.
    'extension/dist/pdf-worker.js',
    'extension/dist/pdfjs/LICENSE',
    'extension/dist/pdfjs/cmaps/UniGB-UCS2-H.bcmap',
    'extension/dist/pdfjs/cmaps/GBK-EUC-H.bcmap',
    'extension/dist/pdfjs/cmaps/Adobe-GB1-UCS2.bcmap',
    'extension/dist/pdfjs/standard_fonts/FoxitSerif.pfb',
    'extension/dist/pdfjs/standard_fonts/LiberationSans-Regular.ttf',
  ];
  for (const r of required) {
    if (!names.has(r) && !names.has(r.toLowerCase())) problems.push(`missing ${r}`);
  }
  // The tests run VS Code 1.100.3 (code-server 4.100.3): claim exactly that line, no older one.
  const engine = pkg.engines?.vscode ?? '';
  if (!/^\^1\.100\.\d+$/.test(engine) || Number(engine.split('.')[2]) > 3) {
    problems.push(`engines.vscode is "${engine}", but the editor tests run VS Code 1.100.3: use "^1.100.0"`);
  }
  const devDeps = Object.keys(pkg.devDependencies || {});
  for (const { name } of entries) {
    const p = name.replace(/^extension\//, '');
    if (/\.ts$/.test(p) && !/\.d\.ts$/.test(p)) problems.push(`source file shipped: ${p}`);
    if (/\.map$/.test(p)) problems.push(`source map shipped: ${p}`);
    if (/^(test|seeds|scratch|out|client\/src|server\/src|scripts|\.ci)\//.test(p)) problems.push(`development file shipped: ${p}`);
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p);
    // The native addons and what better-sqlite3 needs to find its binary.
    if (m && !['nodejieba', 'better-sqlite3', 'bindings', 'file-uri-to-path'].includes(m[1])) problems.push(`dependency shipped that is not needed at run time: ${m[1]} (${p})`);
    if (m && devDeps.includes(m[1])) problems.push(`dev dependency shipped: ${m[1]}`);
    if (/^node_modules\/nodejieba\/node_modules\//.test(p)) problems.push(`nodejieba's install-time dependencies shipped: ${p}`);
  }
  // Each syntax and configuration file the manifest names must be inside.
  const contributes = pkg.contributes || {};
  for (const g of contributes.grammars || []) {
    const f = `extension/${g.path.replace(/^\.\//, '')}`;
    if (!names.has(f)) problems.push(`grammar named in package.json missing: ${f}`);
  }
  for (const l of contributes.languages || []) {
    if (l.configuration) {
      const f = `extension/${l.configuration.replace(/^\.\//, '')}`;
      if (!names.has(f)) problems.push(`language configuration named in package.json missing: ${f}`);
    }
  }
  return [...new Set(problems)];
}

/** A short human summary: size, files, and the biggest groups. */
export function summarize(file, entries) {
  const size = statSync(file).size;
  const groups = new Map();
  for (const e of entries) {
    const p = e.name.replace(/^extension\//, '');
    const key = p.startsWith('node_modules/nodejieba/submodules/') ? 'nodejieba dictionaries'
      : p.startsWith('node_modules/nodejieba/') ? 'nodejieba (index.js, native binary)'
      : p.startsWith('dist/pdfjs/') ? 'dist/pdfjs (CMaps, standard fonts)'
      : p.startsWith('dist/') ? 'dist (bundled extension, server, CLI)'
      : p.startsWith('server/dict/') ? 'server/dict (policy dictionary)'
      : p.startsWith('syntaxes/') ? 'syntaxes'
      : e.name.startsWith('extension/') ? 'manifest, docs, icon' : 'vsix metadata';
    const g = groups.get(key) || { files: 0, bytes: 0 };
    g.files++;
    g.bytes += e.size;
    groups.set(key, g);
  }
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const lines = [`${file}: ${mb(size)} compressed, ${entries.length} files`];
  for (const [k, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    lines.push(`  ${k.padEnd(40)} ${String(g.files).padStart(4)} files ${mb(g.bytes).padStart(10)} unpacked`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = await listVsix(file);
  console.log(summarize(file, entries));
  if (process.argv.includes('--list')) for (const e of entries) console.log(`  ${e.name} ${e.size}`);
  const problems = checkVsix(entries, pkg);
  for (const p of problems) console.error(`vsix: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
